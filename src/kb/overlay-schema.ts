/**
 * Schemas of overlay files: actor knowledge imported from other dictionaries (such as
 * TABARI/PETRARCH, by `readout kb import`) and loaded on top of our data with `--kb DIR`.
 * Imported codes are taken as they are: they need not fit the patterns of our own files
 * (PSEREBHMS, IMGMOSALQ, or a fictional three-letter country).
 */
import { z } from 'zod';
import { eventRulesSchema } from './rules-schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const header = {
  version: z.string().regex(/^[a-z-]+\.v\d+$/),
  about: z.string().optional(),
  /** The file the overlay was converted from. */
  source: z.string().optional(),
};

/**
 * Named actors. One entry per code period: an actor whose code changed over time has one
 * entry per period, with the same name and aliases; an entry without dates is the default.
 * A null code marks a name that is known but not coded (in that period).
 */
export const actorsOverlaySchema = z.object({
  ...header,
  kind: z.literal('actors-overlay'),
  actors: z.array(z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** "ELR/GAL": a collective actor standing for several, each coded in its own events. */
    code: z.string().regex(/^[A-Z0-9]+(\/[A-Z0-9]+)*$/).nullable(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.enum(['country', 'organization', 'person']),
  })),
});

/** Role and group words ("police", "foreign minister") with the sector code they add to an actor's. */
export const agentsOverlaySchema = z.object({
  ...header,
  kind: z.literal('agents-overlay'),
  agents: z.array(z.object({
    words: z.array(z.string().min(1)).min(1),
    code: z.string().regex(/^[A-Z0-9]+$/),
    /** "suffix": ITH + COP = ITHCOP; "prefix" (NGO + ...) is kept but not used by the actors stage. */
    position: z.enum(['suffix', 'prefix']),
  })),
});

/** Phrases that mark a sentence (or a whole story) as not to be coded: sports, chronologies. */
export const discardsOverlaySchema = z.object({
  ...header,
  kind: z.literal('discards-overlay'),
  discards: z.array(z.object({
    text: z.string().min(1),
    scope: z.enum(['story', 'sentence']),
    /** Whole words only; otherwise the text is a stem ("typhoon" matches "typhoons"). */
    exact: z.boolean(),
  })),
});

/** Any file an overlay folder may hold, by its `kind`. */
export const overlayFileSchema = z.discriminatedUnion('kind', [actorsOverlaySchema, agentsOverlaySchema, discardsOverlaySchema, eventRulesSchema]);

export type ActorsOverlay = z.infer<typeof actorsOverlaySchema>;
export type OverlayActor = ActorsOverlay['actors'][number];
export type AgentsOverlay = z.infer<typeof agentsOverlaySchema>;
export type DiscardsOverlay = z.infer<typeof discardsOverlaySchema>;
export type Discard = DiscardsOverlay['discards'][number];
export type OverlayFile = z.infer<typeof overlayFileSchema>;
/** An overlay file as written (fields with defaults may be left out). */
export type OverlayFileInput = z.input<typeof overlayFileSchema>;
/** The overlays the knowledge base compiles into its gazetteer. */
export type KbOverlay = ActorsOverlay | AgentsOverlay;

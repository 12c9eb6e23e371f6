/** Schemas of the rule files under data/rules/. */
import { z } from 'zod';

const header = { version: z.string().regex(/^[a-z-]+\.v\d+$/), about: z.string().optional() };
const words = z.array(z.string().min(1)).min(1);

export const boilerplateSchema = z.object({
  ...header,
  kind: z.literal('boilerplate'),
  patterns: z.array(z.object({
    id: z.string().min(1),
    where: z.enum(['any', 'edge']),
    pattern: z.string().refine((p) => { try { new RegExp(p, 'iu'); return true; } catch { return false; } }, 'invalid regular expression'),
  })),
});

export const eventRulesSchema = z.object({
  ...header,
  kind: z.literal('event-rules'),
  intents: z.record(z.string().regex(/^\d{2}$/), z.string().regex(/^\d{3,4}$/)).default({}),
  complementTargets: z.array(z.string().regex(/^\d{2}$/)).default([]),
  rules: z.array(z.object({
    id: z.string().regex(/^[a-z0-9.-]+$/),
    cameo: z.string().regex(/^\d{3,4}$/),
    match: z.string().min(1),
    source: z.enum(['subject', 'possessor']),
    target: z.enum(['after', 'none']),
    noTarget: z.boolean().optional(),
    requireObjectActor: z.boolean().optional(),
    objectKinds: z.array(z.string()).optional(),
    objectWords: z.array(z.string()).optional(),
    future: z.boolean().optional(),
    mutual: z.boolean().optional(),
    eventAnaphor: z.object({ nouns: z.array(z.string()), roots: z.array(z.string().regex(/^\d{2}$/)) }).optional(),
    /** Where an imported rule came from: the dictionary file, line and pattern as written. */
    origin: z.string().optional(),
  })),
});

export const quoteRulesSchema = z.object({
  ...header,
  kind: z.literal('quote-rules'),
  verbs: words,
  indirectVerbs: words,
  according: words,
  reportNouns: words,
  intentVerbs: words,
});

export const stanceRulesSchema = z.object({
  ...header,
  kind: z.literal('stance-rules'),
  cues: z.array(z.object({ id: z.string(), polarity: z.enum(['support', 'oppose']), words })),
  lightNouns: words,
  dropAfter: words,
  reversals: words,
  evaluations: z.object({ oppose: words, support: words }),
});

const polar = z.object({ support: words, oppose: words });

/** data/lexicons/sentiment.json: predicates by which one actor shows an attitude toward another. */
export const sentimentLexiconSchema = z.object({
  ...header,
  kind: z.literal('sentiment-lexicon'),
  negation: z.enum(['flip', 'drop']),
  receiveVerbs: words,
  hypothetical: words,
  negatingVerbs: words,
  aimVerbs: words,
  actorHeads: words,
  targetPrepositions: words,
  verbs: polar,
  nouns: polar,
  agents: polar,
  adjectives: polar,
  evaluative: polar,
});

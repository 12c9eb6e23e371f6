/**
 * Schemas of the versioned data files under data/. Every file carries a `version` and a
 * `kind`; loading validates it so a broken file fails at start-up with its path and field.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const strings = z.array(z.string().min(1));
const header = { version: z.string().regex(/^[a-z-]+\.v\d+$/), about: z.string().optional() };

export const countriesSchema = z.object({
  ...header,
  kind: z.literal('countries'),
  countries: z.array(z.object({
    code: z.string().regex(/^[A-Z]{3}$/),
    iso2: z.string().optional(),
    name: z.string().min(1),
    official: z.string().optional(),
    aliases: strings,
    adjectives: strings,
    demonyms: strings,
    capitals: strings,
    contextual: strings.default([]),
    formerNames: strings.optional(),
    historical: z.boolean().default(false),
    from: isoDate.nullable().optional(),
    to: isoDate.nullable().optional(),
  }).passthrough()),
});

export const igosSchema = z.object({
  ...header,
  kind: z.literal('igos'),
  igos: z.array(z.object({
    id: z.string().min(1),
    code: z.string().regex(/^(IGO|NGO)[A-Z]{3}$/),
    name: z.string().min(1),
    aliases: strings,
    parent: z.string().nullable().optional(),
    kind: z.enum(['igo', 'ngo']).default('igo'),
  }).passthrough()),
});

export const mediaSchema = z.object({
  ...header,
  kind: z.literal('media'),
  media: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    code: z.string().regex(/^[A-Z]{3}MED$/),
    country: z.string().regex(/^[A-Z]{3}$/),
    aliases: strings,
    contextual: strings.optional(),
    state: z.boolean(),
    kind: z.string(),
  }).passthrough()),
});

export const rolesSchema = z.object({
  ...header,
  kind: z.literal('roles'),
  sectors: z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), label: z.string() }).passthrough()),
  roles: z.array(z.object({
    id: z.string().min(1),
    sector: z.string().regex(/^[A-Z]{3}$/),
    rank: z.number().int().min(1).max(9).default(5),
    titles: strings,
  }).passthrough()),
  groups: z.array(z.object({ sector: z.string().regex(/^[A-Z]{3}$/), words: strings }).passthrough()),
  organs: z.array(z.object({ sector: z.string().regex(/^[A-Z]{3}$/), words: strings }).passthrough()),
});

export const peopleSchema = z.object({
  ...header,
  kind: z.literal('people'),
  people: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    gender: z.enum(['m', 'f']).nullable().optional(),
    country: z.string().regex(/^[A-Z]{3}$/).nullable(),
    roles: z.array(z.object({
      role: z.string().min(1),
      country: z.string().regex(/^[A-Z]{3}$/).nullable().optional(),
      org: z.string().regex(/^(IGO|NGO)[A-Z]{3}$/).nullable().optional(),
      from: isoDate.nullable(),
      to: isoDate.nullable(),
    }).passthrough()),
  }).passthrough()),
});

export const groupsSchema = z.object({
  ...header,
  kind: z.literal('groups'),
  groups: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: strings,
    country: z.string().regex(/^[A-Z]{3}$/).nullable(),
    sector: z.string().regex(/^[A-Z]{3}$/),
    kind: z.string(),
    contextual: strings.optional(),
    /** The code before a date, for a group whose country came into being later (SPLM before South Sudan). */
    before: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), country: z.string().regex(/^[A-Z]{3}$/), sector: z.string().regex(/^[A-Z]{3}$/) }).optional(),
  }).passthrough()),
});

export const placesSchema = z.object({
  ...header,
  kind: z.literal('places'),
  places: z.array(z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    country: z.string().regex(/^[A-Z]{3}$/).nullable(),
    kind: z.string(),
    disputed: z.boolean().optional(),
    contextual: z.boolean().optional(),
  }).passthrough()),
});

export const namesSchema = z.object({
  ...header,
  kind: z.literal('names'),
  givenNames: strings,
  ambiguousGivenNames: strings,
  orgHeads: strings,
  sportsHeads: strings,
  placeHeads: strings,
  personTitles: strings,
  nameParticles: strings,
  /** Nouns after a place name that make it a sports side: "Surrey captain". */
  teamCues: strings.default([]),
  /** Words before a place name that make it a sports side: "first division side Nice", "title hopefuls Derbyshire". */
  teamNouns: strings.default([]),
  /** Last words of names of events, competitions and agreements: "Hong Kong Open", "Korean War". */
  eventHeads: strings.default([]),
  /** Given names that mark a person as male or female, for pronoun agreement: "Luke", "Mary". */
  maleGivenNames: strings.default([]),
  femaleGivenNames: strings.default([]),
  demonymSuffixRe: z.string().refine((p) => { try { new RegExp(p, 'u'); return true; } catch { return false; } }, 'invalid regular expression'),
}).passthrough();

export const knownNamesSchema = z.object({
  ...header,
  kind: z.literal('known-names'),
  organizations: strings,
  places: strings,
  other: strings,
}).passthrough();

export const cameoSchema = z.object({
  ...header,
  kind: z.literal('cameo'),
  plover: z.array(z.object({ name: z.string(), quad: z.number(), aliases: z.array(z.string()).default([]) }).passthrough()),
  codes: z.array(z.object({
    code: z.string().regex(/^\d{2,4}$/),
    label: z.string(),
    goldstein: z.number().min(-10).max(10),
    quad: z.number().int().min(1).max(4),
    parent: z.string().nullable(),
    plover: z.string().nullable(),
  }).passthrough()),
});

export type CountriesFile = z.infer<typeof countriesSchema>;
export type Country = CountriesFile['countries'][number];
export type IgosFile = z.infer<typeof igosSchema>;
export type Igo = IgosFile['igos'][number];
export type MediaFile = z.infer<typeof mediaSchema>;
export type Outlet = MediaFile['media'][number];
export type RolesFile = z.infer<typeof rolesSchema>;
export type Role = RolesFile['roles'][number];
export type PeopleFile = z.infer<typeof peopleSchema>;
export type Person = PeopleFile['people'][number];
export type PersonRole = Person['roles'][number];
export type GroupsFile = z.infer<typeof groupsSchema>;
export type Faction = GroupsFile['groups'][number];
export type PlacesFile = z.infer<typeof placesSchema>;
export type CameoFile = z.infer<typeof cameoSchema>;
export type CameoCode = CameoFile['codes'][number];

/** Schemas of the rule files under data/rules/. */
import { z } from 'zod';

const header = { version: z.string().regex(/^[a-z-]+\.v\d+$/), about: z.string().optional() };
const words = z.array(z.string().min(1)).min(1);
/** A CAMEO code, or a code of an imported user code list ("174K", "1717"). */
const eventCode = z.string().regex(/^\d{2,4}[A-Za-z]?$/);

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
  /**
   * Codes of an imported dictionary that our CAMEO ontology lacks (a user code list): events
   * with them carry no PLOVER type and are flagged as user-coded. Our own ontology wins a clash.
   */
  codes: z.array(z.object({ code: eventCode, label: z.string() })).optional(),
  conditionalThreat: z.string().regex(/^\d{3,4}$/).default('139'),
  domesticTargets: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^[A-Z]{0,3}$/).nullable()).default({}),
  rules: z.array(z.object({
    id: z.string().regex(/^[a-z0-9.-]+$/),
    cameo: eventCode,
    /** The code of the reverse event (target to source) the same words state: "met" is 031 one way, 032 the other. */
    reciprocal: eventCode.optional(),
    match: z.string().min(1),
    /** subject; possessor of a noun trigger; "after": the first actor after the match ("received money from X"). */
    source: z.enum(['subject', 'possessor', 'after']),
    /** "after": the first actor after the match; "subject": the verb's subject ("X was shot dead by Y"). */
    target: z.enum(['after', 'none', 'subject']),
    noTarget: z.boolean().optional(),
    requireObjectActor: z.boolean().optional(),
    objectKinds: z.array(z.string()).optional(),
    objectWords: z.array(z.string()).optional(),
    future: z.boolean().optional(),
    mutual: z.boolean().optional(),
    complementModal: z.array(z.string()).optional(),
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
  phrasalVerbs: words.optional(),
  beliefVerbs: words.optional(),
  mediumNouns: words.optional(),
  nominalCues: words.optional(),
  attitudeAdjectives: words.optional(),
  lightNouns: words.optional(),
  clauseVerbs: words.optional(),
  clauseReportVerbs: words.optional(),
  labels: words.optional(),
  issueVerbs: words.optional(),
  impersonalAdjectives: words.optional(),
  sayingVerbs: words.optional(),
  objectVerbs: words.optional(),
  responseVerbs: words.optional(),
  catenativeVerbs: words.optional(),
  catenativeGerundVerbs: words.optional(),
  documentNouns: words.optional(),
  criticismNouns: words.optional(),
});

export const stanceRulesSchema = z.object({
  ...header,
  kind: z.literal('stance-rules'),
  cues: z.array(z.object({ id: z.string(), polarity: z.enum(['support', 'oppose']), words })),
  lightNouns: words,
  dropAfter: words,
  reversals: words,
  evaluations: z.object({ oppose: words, support: words }),
  nonIssueHeads: words.optional(),
  conditionals: words.optional(),
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
  judgeVerbs: words,
  actorHeads: words,
  targetPrepositions: words,
  verbs: polar,
  nouns: polar,
  agents: polar,
  adjectives: polar,
  evaluative: polar,
  victimNouns: words.optional(),
  experiencerVerbs: polar.optional(),
  demandVerbs: words.optional(),
  exitPhrases: words.optional(),
  exitNouns: words.optional(),
});

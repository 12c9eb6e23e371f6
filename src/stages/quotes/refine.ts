/**
 * The last pass over the quotes found: cue boundaries as attribution annotation draws them, then
 * the cues that on a closer look report no words. Each step is a small module of its own.
 */
import type { Quote } from '../../doc/types.js';
import { withTrailingAdverbs, withoutClauseOpeners } from './adverbs.js';
import { withIssuingVerb } from './issued.js';
import { withGovernedPreposition } from './governed.js';
import { withLightObject, withSayingNounBeforeReport } from './light-objects.js';
import { withoutMediumBeforeReport, withoutTimeAsParticle } from './adjuncts.js';
import { withoutMannerGerunds } from './gerunds.js';
import { withoutNaming } from './naming.js';
import { withoutPlainDeliberation } from './deliberation.js';
import { withoutSpeechActivity } from './activity.js';
import { withoutPlainFindings } from './findings.js';
import type { QuoteContext } from './speakers.js';

/** Cue boundary steps, in order: words before the verb, then after it. */
const ADJUST = [withoutClauseOpeners, withTrailingAdverbs, withIssuingVerb, withGovernedPreposition, withLightObject, withoutMediumBeforeReport, withoutTimeAsParticle, withSayingNounBeforeReport];
/** Steps that drop quotes whose cue reports nothing. */
const DROP = [withoutMannerGerunds, withoutNaming, withoutPlainDeliberation, withoutSpeechActivity, withoutPlainFindings];

/** Adjusts cue spans and drops quotes whose cue reports nothing, in that order. */
export function refineCues(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  let out = quotes;
  for (const step of [...ADJUST, ...DROP]) out = step(ctx, out);
  return out;
}

/**
 * A report that closes its sentence: "<X could embrace …>, Sen. Smith told the Post on Thursday."
 * The closing cue attributes the whole clause before it, whatever cue opened that clause.
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build } from './build.js';
import type { Cue, QuoteContext } from './speakers.js';

/** A closing cue; `trailing` when an addressee or a time follows it ("told the Post on Thursday"). */
export type Closing = Cue & { trailing?: boolean };

/** Tokens of addressee, time or place a closing cue may carry: "told the Post on Thursday". */
const TAIL = 8;

/**
 * The cue at `k` when it closes the content ending at `end`: it runs to the end, or names its
 * speaker last (", said a source"), or is followed only by a short tail before the full stop.
 */
export function closingCue(ctx: QuoteContext, k: number, end: number, hi: number): Closing | null {
  const t = ctx.doc.tokens!;
  const cue = ctx.cueAt(k, hi);
  if (!cue || cue.according) return null;
  if (cue.tokEnd >= end - 1 || cue.speaker.end >= t.end[end - 1]) return cue;
  if (cue.speaker.start > cue.cue.start || !cue.verb || !ctx.rules.indirect.has(cue.verb)) return null;
  // Only "tell" takes its addressee here ("told the Post"); other verbs a time or a place
  // ("announced Monday", "said in a statement"), not an object: "…, he does not defend it".
  if (cue.verb !== 'tell' && t.pos[cue.tokEnd] !== POS.ADP && ctx.timeAfter(cue.tokEnd) === cue.tokEnd && t.pos[cue.tokEnd] !== POS.PUNCT) return null;
  let tail = cue.tokEnd;
  while (tail < end && t.pos[tail] !== POS.PUNCT && t.pos[tail] !== POS.VERB && t.pos[tail] !== POS.AUX && ctx.lemma(tail) !== 'that' && tail - cue.tokEnd < TAIL) tail++;
  return tail >= end && (end >= hi || /^[.!?]$/.test(tokenText(ctx.doc, end))) ? { ...cue, trailing: true } : null;
}

/** Words opening an adverbial clause (the tagger may read them as prepositions). */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'when', 'if', 'unless', 'because', 'since', 'as', 'once', 'until', 'after', 'before']);

/**
 * "A campaign operative decided to …, a source said": an unnamed source reports the whole clause,
 * its own cue included, and so does a named speaker who is not an outlet ("…, Graham told the
 * Post", "…, according to a campaign aide"). An outlet ("…, according to Xinhua") relays its
 * principal's words, which `via` already records.
 */
export function nestedReport(ctx: QuoteContext, relay: Closing, from: number, end: number, inDirect: (o: number) => boolean): Quote | null {
  const t = ctx.doc.tokens!;
  // A named relay right at the end ("…, a ministry official said", "…, according to the ministry")
  // passes on its principal's words; one that goes on to its audience reports the clause itself.
  const named = relay.speaker.mention !== null;
  if ((named && (ctx.isMedia(relay.speaker) || relay.according || !(relay as Closing).trailing)) || inDirect(t.start[from])) return null;
  // "Although Trump has admitted …, he does not defend it": an adverbial clause, not what was said.
  if (t.pos[from] === POS.SCONJ || SUBORDINATORS.has(ctx.lemma(from))) return null;
  return build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, relay, null, null, 'quotes.indirect.nested');
}

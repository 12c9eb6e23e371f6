/**
 * "what it called “a clear threat”", "what Turnbull called North Korea's “reckless” acts": a free
 * relative that names something in the speaker's words is part of the writer's own sentence,
 * not a report of what was said; the words stay quoted, the naming is no attribution of its own.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

/** Drops quotes whose cue is "call" inside a free relative: "what X called …". */
export function withoutFreeRelativeNaming(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !isFreeRelativeNaming(ctx, q));
}

function isFreeRelativeNaming(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (!q.cue || !q.source || q.source.end > q.cue.start) return false;
  const verb = tokenAt(doc, q.cue.end - 1);
  if (ctx.lemma(verb) !== 'call' || t.pos[verb] !== POS.VERB) return false;
  const before = tokenAt(doc, q.source.start) - 1;
  return before >= 0 && t.lower[before] === 'what' && t.sent[before] === t.sent[verb];
}

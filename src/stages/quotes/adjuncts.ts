/**
 * Adjuncts between a cue verb and the reported clause. "announced in a statement that he had
 * settled", "said in the letter that …": the medium stays out of the cue when the reported clause
 * follows (after a quotation, "…," he said in an interview, it stays). "believed in 2010 that …":
 * a preposition that opens a time is no particle of the verb.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

/** Ends the cue at its verb when it ran on over "in a statement" and the report follows. */
export function withoutMediumBeforeReport(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (q.kind !== 'indirect' || !q.cue || q.parts || q.content.start < q.cue.end) continue;
    const last = tokenAt(doc, q.cue.end - 1);
    if (t.end[last] !== q.cue.end || t.pos[last] !== POS.NOUN || !ctx.rules.medium.has(ctx.lemma(last))) continue;
    // The verb the medium follows: "said in a statement", "announced in his letter".
    let p = last - 1;
    while (p > 0 && t.start[p] > q.cue.start && ctx.lemma(p) !== 'in') p--;
    if (ctx.lemma(p) !== 'in' || t.start[p] <= q.cue.start || t.pos[p - 1] !== POS.VERB) continue;
    // Only a time may stand between the medium and the reported clause: "in a statement this month that".
    const next = ctx.timeAfter(last + 1);
    if (t.start[next] !== q.content.start || ctx.lemma(next) !== 'that') continue;
    q.cue = { start: q.cue.start, end: t.end[p - 1] };
  }
  return quotes;
}

/** Drops a particle from the cue when a time, not what was said, follows it: "believed [in] 2010 that". */
export function withoutTimeAsParticle(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (!q.cue || q.parts || q.content.start < q.cue.end) continue;
    const last = tokenAt(doc, q.cue.end - 1);
    if (t.end[last] !== q.cue.end || t.pos[last] !== POS.ADP || last === tokenAt(doc, q.cue.start)) continue;
    const time = ctx.timeAfter(last);
    if (time > last + 1 && t.start[time] <= q.content.start) q.cue = { start: q.cue.start, end: t.end[last - 1] };
  }
  return quotes;
}

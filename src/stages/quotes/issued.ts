/**
 * "sent a letter to the board urging …", "filed legal papers opposing …": the participle speaks
 * through the document, so the cue runs from the verb that put the document out to the
 * participle, as a light verb's does ("issued a statement calling …").
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import { issuedNoun } from './clauses.js';
import type { QuoteContext } from './speakers.js';

/** Extends a one-word participle cue back to the verb of issuing whose object ends right before it. */
export function withIssuingVerb(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (!q.cue) continue;
    const k = tokenAt(doc, q.cue.start);
    const lo = doc.sentences![t.sent[k]].tokStart;
    if (k <= lo || t.end[k] !== q.cue.end || !/ing$/.test(t.lower[k]) || ctx.rules.medium.has(ctx.lemma(k - 1)) || !issuedNoun(ctx, k - 1, lo)) continue;
    let j = k - 2;
    while (j > lo && t.pos[j] !== POS.VERB) j--;
    while (j > lo && (t.pos[j - 1] === POS.AUX || t.pos[j - 1] === POS.ADV)) j--;
    const covered = q.source && q.source.end > t.start[j] && q.source.start < q.cue.start;
    if (!covered) q.cue = { start: t.start[j], end: q.cue.end };
  }
  return quotes;
}

/** Where something was said, at the end of what was said: "…, she said in a statement on Thursday". */
import { POS, tokenText } from '../../nlp/tokens.js';
import type { QuoteContext } from './speakers.js';

/**
 * What was said ends before a closing "in a statement (on Thursday)" or "in an interview with
 * the Post": where it was said belongs to the telling.
 */
export function beforeMedium(ctx: QuoteContext, from: number, end: number): number {
  const t = ctx.doc.tokens!;
  for (let k = from + 1; k < end - 1; k++) {
    if (!/^(in|during|on)$/.test(ctx.lemma(k)) || t.pos[k] !== POS.ADP) continue;
    let j = k + 1;
    if (t.pos[j] === POS.DET || t.pos[j] === POS.PRON) j++;
    // A hyphenated modifier is one word: "an on-air diatribe".
    const glued = (x: number) => tokenText(ctx.doc, x) === '-' || tokenText(ctx.doc, x + 1) === '-' && t.end[x] === t.start[x + 1];
    while (j < end && !ctx.rules.medium.has(ctx.lemma(j)) && ([POS.ADJ, POS.PROPN, POS.NOUN].includes(t.pos[j]) || glued(j))) j++;
    if (j >= end || !ctx.rules.medium.has(ctx.lemma(j))) continue;
    // Only a short tail may follow: "with reporters", "on Thursday", not a clause.
    let v = j + 1;
    while (v < end && t.pos[v] !== POS.VERB && t.pos[v] !== POS.AUX && !/^[“”"]$/.test(tokenText(ctx.doc, v))) v++;
    if (v === end && end - j <= 8) return k;
  }
  return end;
}

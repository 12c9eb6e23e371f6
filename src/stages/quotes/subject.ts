/** The subject of a clause as the source is written: with its apposition and its whole phrase. */
import { POS, tokenText } from '../../nlp/tokens.js';
import type { QuoteContext, Speaker } from './speakers.js';

/**
 * The subject phrase `sp` as the source is written, and the token after it where its verb may
 * stand (before `hi`): a time, a party label or an apposition between them is skipped, and an
 * apposition joins the source ("Donald Trump, her Republican opponent,"); when a verb follows,
 * the source takes the whole subject ("[A reporter for] USA Today spotted …").
 */
export function subjectAsWritten(ctx: QuoteContext, sp: Speaker, hi: number): { speaker: Speaker; after: number } {
  const t = ctx.doc.tokens!;
  let after = ctx.skipAside(ctx.timeAfter(sp.tokEnd), hi);
  // Not an aside that says where or while: "Trump, speaking to veterans, said … and warned …".
  const circumstance = ctx.isCircumstance(sp.tokEnd + 1);
  if (after > sp.tokEnd + 1 && tokenText(ctx.doc, after - 1) === ',' && !circumstance) sp = { ...sp, nameEnd: sp.end, end: t.end[after - 1] };
  if (tokenText(ctx.doc, after) === ',') {
    for (let j = after + 1; j < Math.min(hi, after + 15); j++) {
      if (/^[.;:"“”]$/.test(tokenText(ctx.doc, j)) || t.pos[j] === POS.VERB) break;
      if (tokenText(ctx.doc, j) === ',') {
        if (after === sp.tokEnd && !circumstance) sp = { ...sp, nameEnd: sp.nameEnd ?? sp.end, end: t.end[j] };
        after = j + 1;
        break;
      }
    }
  }
  while (after < hi && t.pos[after] === POS.ADV) after++;
  if (t.pos[after] !== POS.VERB && t.pos[after] !== POS.AUX) return { speaker: sp, after };
  const from = ctx.subjectStart(sp.tokStart);
  if (from < sp.tokStart) sp = { ...sp, tokStart: from, start: t.start[from], mention: sp.mention ?? ctx.mentionAt.get(from) ?? null };
  return { speaker: sp, after };
}

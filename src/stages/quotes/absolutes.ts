/**
 * "with" and a phrase before a participle of saying, a clause of its own whose subject is that
 * phrase: "…, with one poll showing her ahead by three points", "with experts offering their
 * assessments". The phrase is the source, what follows the participle the content.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { cueLemma } from './misread.js';
import { opensClause, type Cue, type QuoteContext } from './speakers.js';

/** Finds "with X saying …" cues where no other quote's cue lies and not inside someone else's report. */
export function findAbsolutes(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let w = s.tokStart; w < s.tokEnd - 3; w++) {
      if (t.lower[w] !== 'with' || inDirect(t.start[w])) continue;
      const sp = ctx.phraseAt(w + 1, s.tokEnd);
      if (!sp) continue;
      const k = sp.tokEnd;
      if (!/ing$/.test(t.lower[k] ?? '')) continue;
      const verb = cueLemma(ctx, k);
      if (!verb || !ctx.rules.indirect.has(verb) || ctx.rules.intent.has(verb)) continue;
      const last = ctx.rules.phrasal.get(verb)?.has(ctx.lemma(k + 1)) ? k + 1 : k;
      const from = last + 1;
      if (from >= s.tokEnd || t.pos[from] === POS.PUNCT || !opensClause(doc, from)) continue;
      const cueSpan = { start: t.start[k], end: t.end[last] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 1) continue;
      const cue: Cue = { speaker: sp, cue: cueSpan, tokStart: sp.tokStart, tokEnd: from, according: false, verb };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.absolute'));
      w = end - 1;
    }
  }
  return out;
}

/**
 * Impersonal judgements with no source but the writer: "It is clear that the plan failed", "it's
 * obvious that …", "it should be apparent that …". The cue runs from "it" to the adjective; the
 * content is the clause the judgement is about. "It is not clear whether …" leaves the question open.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import type { QuoteContext } from './speakers.js';

/** Words that open the clause an impersonal judgement is about. */
const OPENERS = new Set(['that', 'whether', 'how', 'why', 'what', 'if']);

/** Finds "it is ADJ that …" where no other quote's cue lies and not inside someone else's report. */
export function findImpersonal(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 2; k < s.tokEnd - 2; k++) {
      if (t.pos[k] !== POS.ADJ || !ctx.rules.impersonal.has(ctx.lemma(k)) || inDirect(t.start[k])) continue;
      // "it should be obvious", "it was quite clear": "it", modals, "be", then degree words.
      let a = k;
      while (a > s.tokStart && t.pos[a - 1] === POS.ADV && !/^(not|n[’']t|never)$/.test(ctx.lemma(a - 1))) a--;
      if (a === s.tokStart || ctx.lemma(a - 1) !== 'be') continue;
      a--;
      while (a > s.tokStart && t.pos[a - 1] === POS.AUX) a--;
      if (a === s.tokStart || tokenText(doc, a - 1).toLowerCase() !== 'it') continue;
      a--;
      const next = k + 1;
      // "It was clear Clinton is attempting …": a clause may follow with no "that".
      const bare = !OPENERS.has(ctx.lemma(next)) && [POS.PROPN, POS.PRON, POS.DET].includes(t.pos[next]);
      if (!OPENERS.has(ctx.lemma(next)) && !bare) continue;
      const end = contentEnd(ctx, next, s.tokEnd);
      if (end - next < 3) continue;
      const cue: Span = { start: t.start[a], end: t.end[k] };
      if (overlapsCue(found, cue) || insideReport(found, cue.start)) continue;
      out.push({ kind: 'indirect', content: { start: t.start[next], end: t.end[end - 1] }, cue, source: null, speaker: null, via: [], rule: 'quotes.indirect.impersonal' });
      k = end - 1;
    }
  }
  return out;
}

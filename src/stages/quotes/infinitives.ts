/**
 * Speech infinitives of purpose after a meeting, whose participants speak: "leaders gathered
 * Friday to discuss …", "called an emergency meeting to discuss …". The cue is "to" and the verb.
 * An infinitive after any object ("forced the banks to disclose …") is left alone: as often it
 * names a duty, not an act of saying.
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { subjectBefore } from './attitude.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Finds purpose infinitives of speech where no other quote's cue lies and not inside someone else's report. */
export function findInfinitives(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 2; k < s.tokEnd - 2; k++) {
      if (t.lower[k] !== 'to' || t.pos[k + 1] !== POS.VERB || inDirect(t.start[k])) continue;
      const verb = t.lemma[k + 1];
      if (!ctx.rules.indirect.has(verb)) continue;
      const v = ctx.rules.phrasal.get(verb)?.has(ctx.lemma(k + 2)) ? k + 2 : k + 1;
      const cueSpan = { start: t.start[k], end: t.end[v] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const from = v + 1;
      if (from >= s.tokEnd || t.pos[from] === POS.PUNCT || !opensClause(doc, from)) continue;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 1) continue;
      const speaker = purposeSubject(ctx, k, s.tokStart);
      if (!speaker) continue;
      const cue: Cue = { speaker, cue: cueSpan, tokStart: k, tokEnd: from, according: false, verb };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.infinitive'));
      k = end - 1;
    }
  }
  return out;
}

/** Words for a meeting or for coming together, whose purpose infinitive is its participants' act. */
const GATHERINGS = new Set(['meet', 'gather', 'convene', 'assemble', 'meeting', 'summit', 'session', 'gathering', 'conference', 'talks']);

/** "[Leaders] gathered Friday to discuss …", "[the senator] spoke at a gathering … to discuss …": the clause's subject. */
function purposeSubject(ctx: QuoteContext, k: number, lo: number): Speaker | null {
  const t = ctx.doc.tokens!;
  let g = -1;
  for (let b = k - 1; b >= Math.max(lo, k - 8) && g < 0; b--) {
    if (GATHERINGS.has(t.lemma[b])) g = b;
    else if (tokenText(ctx.doc, b) === ',' || t.pos[b] === POS.SCONJ) return null;
  }
  if (g < 0) return null;
  // The clause's verb: the gathering itself, or the last verb before it.
  let v = g;
  while (v >= lo && t.pos[v] !== POS.VERB) v--;
  if (v < lo) return null;
  while (v > lo && (t.pos[v - 1] === POS.AUX || t.pos[v - 1] === POS.ADV)) v--;
  return subjectBefore(ctx, v, lo);
}

/**
 * Responses: a verb of answering whose answer is a phrase, not a clause: "The campaign did not
 * immediately respond to requests for comment", "Trump responded by attacking her", "She has
 * replied with a lawsuit". The subject is the source, the verb with its auxiliaries and negation
 * the cue, and the phrase from its preposition on the content.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { subjectBefore } from './attitude.js';
import type { Cue, QuoteContext } from './speakers.js';

/** Prepositions that open the answer: what it answered, or how. */
const ANSWER = new Set(['to', 'by']);

function isNegated(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^(not|n’t|n't|never)$/.test(ctx.doc.tokens!.lower[i])) return true;
  return false;
}

/** Finds response cues where no other quote's cue lies and not inside someone else's report. */
export function findResponses(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 2; k++) {
      if (t.pos[k] !== POS.VERB || !ctx.rules.response.has(t.lemma[k]) || inDirect(t.start[k])) continue;
      let p = k + 1;
      while (p < s.tokEnd && t.pos[p] === POS.ADV) p++;
      if (!ANSWER.has(ctx.lemma(p)) || t.pos[p] !== POS.ADP && ctx.lemma(p) !== 'to') continue;
      // "did not immediately respond": auxiliaries, negation and adverbs before the verb belong to the cue.
      let a = k;
      while (a > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV || ctx.lemma(a - 1) === 'not' || ctx.lemma(a - 1) === 'n’t')) a--;
      // What one answers is no report of its own, except a request left unanswered: "did not respond to requests".
      if (ctx.lemma(p) === 'to' && !isNegated(ctx, a, k)) continue;
      const speaker = subjectBefore(ctx, a, s.tokStart);
      if (!speaker) continue;
      const end = contentEnd(ctx, p + 1, s.tokEnd);
      if (end - p < 2) continue;
      const cueSpan = { start: t.start[a], end: t.end[k] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const cue: Cue = { speaker, cue: cueSpan, tokStart: speaker.tokStart, tokEnd: k + 1, according: false, verb: t.lemma[k] };
      out.push(build(ctx, 'indirect', { start: t.start[p], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.response'));
      k = end - 1;
    }
  }
  return out;
}

/**
 * Passive cues with no agent: "He was accused of using the funds", "The agency has been criticized
 * for its delays", "Turnout is expected to rise", "The regime is not thought to be capable of …".
 * No one is named as saying it: the source is left empty. An accusation's content is what follows
 * its preposition; a report's is the subject with the infinitive, in two parts.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import type { QuoteContext } from './speakers.js';

/** Prepositions that take what someone is accused of or criticised for; they belong to the cue. */
const CHARGE = new Set(['of', 'for', 'as', 'over']);
/** Verbs that judge their subject "as" something: "criticized as a scheme", "mentioned as a candidate" (not "revealed as"). */
const AS_JUDGED = new Set(['criticize', 'criticise', 'describe', 'mention', 'label', 'brand', 'characterize', 'characterise', 'dismiss',
  'denounce', 'hail', 'praise', 'portray', 'depict', 'cite', 'tout', 'condemn', 'deride', 'ridicule', 'bill']);
/** Where the subject's clause begins, scanning back from the auxiliaries. */
const CLAUSE_BREAK = new Set(['which', 'that', 'who', 'because', 'if', 'while', 'although', 'though', 'when', 'and', 'but', 'or']);

/** Finds agentless passive cues where no other quote's cue lies and not inside someone else's report. */
export function findReported(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 2; k < s.tokEnd - 2; k++) {
      if (t.pos[k] !== POS.VERB || !/(ed|en|wn|ght)$/.test(t.lower[k]) || !ctx.rules.indirect.has(t.lemma[k]) || inDirect(t.start[k])) continue;
      // "was accused", "have sometimes been criticized", "is not thought": "be" with auxiliaries, adverbs and negation.
      let a = k;
      while (a > s.tokStart && (t.pos[a - 1] === POS.ADV || ctx.lemma(a - 1) === 'not')) a--;
      if (ctx.lemma(a - 1) !== 'be') continue;
      while (a > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV || ctx.lemma(a - 1) === 'not')) a--;
      const next = k + 1;
      const charge = CHARGE.has(ctx.lemma(next)) && [POS.ADP, POS.SCONJ].includes(t.pos[next]) && (ctx.lemma(next) !== 'as' || AS_JUDGED.has(t.lemma[k]));
      const infinitive = ctx.lemma(next) === 'to' && (t.pos[next + 1] === POS.VERB || t.pos[next + 1] === POS.AUX);
      if (!charge && !infinitive) continue;
      const cue: Span = { start: t.start[a], end: t.end[charge ? next : k] };
      if (overlapsCue(found, cue) || insideReport(found, cue.start)) continue;
      const from = charge ? next + 1 : next;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 2) continue;
      let parts: Span[] = [{ start: t.start[from], end: t.end[end - 1] }];
      if (infinitive) {
        let b = a;
        while (b > s.tokStart && !/^[,;:—–(]$/.test(tokenText(doc, b - 1)) && !CLAUSE_BREAK.has(ctx.lemma(b - 1)) && a - b < 12) b--;
        if (b === a) continue;
        parts = [{ start: t.start[b], end: t.end[a - 1] }, parts[0]];
      }
      const content = { start: parts[0].start, end: parts[parts.length - 1].end };
      out.push({ kind: 'indirect', content, ...(parts.length > 1 ? { parts } : {}), cue, source: null, speaker: null, via: [], rule: 'quotes.indirect.reported' });
      k = end - 1;
    }
  }
  return out;
}

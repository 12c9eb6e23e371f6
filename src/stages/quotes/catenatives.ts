/**
 * Speech verbs after a verb of trying, continuing or needing, which the cue takes whole with its
 * subject as the source: "Trump continues to insist that …", "she has yet to explain why …",
 * "he avoids condemning the invasion", "they could not resist pointing out that …".
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { subordinateEnd } from './lead-ins.js';
import { subjectBefore } from './attitude.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Adjectives after "be" that take an infinitive the same way: "was able to", "is set to". */
const ABLE = new Set(['able', 'set', 'quick', 'slow', 'unable', 'likely', 'unlikely']);

/** Finds catenative speech cues where no other quote's cue lies and not inside someone else's report. */
export function findCatenatives(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let v = s.tokStart + 2; v < s.tokEnd - 1; v++) {
      if (t.pos[v] !== POS.VERB || !ctx.rules.indirect.has(t.lemma[v]) || inDirect(t.start[v])) continue;
      const head = catenativeBefore(ctx, v, s.tokStart);
      const caused = head === null ? causedSpeaker(ctx, v, s.tokStart) : null;
      if (head === null && !caused) continue;
      let a = head ?? v;
      while (head !== null && a > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV || t.pos[a - 1] === POS.PART || /^(not|n’t|never)$/.test(t.lower[a - 1]))) a--;
      const speaker = caused ?? subjectBefore(ctx, a, s.tokStart);
      if (!speaker) continue;
      const last = ctx.rules.phrasal.get(t.lemma[v])?.has(ctx.lemma(v + 1)) ? v + 1 : v;
      const from = last + 1;
      if (from >= s.tokEnd || t.pos[from] === POS.PUNCT || !opensClause(doc, from)) continue;
      const end = subordinateEnd(ctx, s.tokStart, from, contentEnd(ctx, from, s.tokEnd));
      if (end - from < 1) continue;
      const cueSpan = { start: t.start[a], end: t.end[last] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const cue: Cue = { speaker, cue: cueSpan, tokStart: speaker.tokStart, tokEnd: from, according: false, verb: t.lemma[v] };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.catenative'));
      v = end - 1;
    }
  }
  return out;
}

/** Verbs that leave their object saying or thinking something: "had Republicans wondering about …", "left voters questioning …". */
const CAUSATIVE = new Set(['have', 'leave', 'keep', 'get']);

/** The object of a causative verb, who is the subject of the speech gerund at v after it; null if none. */
function causedSpeaker(ctx: QuoteContext, v: number, lo: number): Speaker | null {
  const t = ctx.doc.tokens!;
  // A state of mind or speech, not an activity: "had artists writing songs about him" reports nothing.
  if (!/ing$/.test(tokenText(ctx.doc, v)) || !(ctx.rules.belief.has(t.lemma[v]) || ctx.rules.saying.has(t.lemma[v]))) return null;
  const sp = subjectBefore(ctx, v, lo);
  const h = sp ? sp.tokStart - 1 : lo - 1;
  return sp && h >= lo && (t.pos[h] === POS.VERB || t.pos[h] === POS.AUX) && CAUSATIVE.has(t.lemma[h]) ? sp : null;
}

/**
 * The verb (or adjective) of trying before the speech verb at v: "tries to [convince]", "was able to
 * [tout]", "has yet to [explain]", "avoids [condemning]", "stopped short of [calling]"; null if none.
 */
function catenativeBefore(ctx: QuoteContext, v: number, lo: number): number | null {
  const t = ctx.doc.tokens!;
  const cat = ctx.rules.catenative;
  // "was able to consistently tout": an adverb may split the infinitive.
  const to = t.pos[v - 1] === POS.ADV ? v - 2 : v - 1;
  if (t.lower[to] === 'to') {
    let h = to - 1;
    while (h > lo && t.pos[h] === POS.ADV && ctx.lemma(h) !== 'yet') h--;
    if (h <= lo) return null;
    // "had to reject": "have" may be tagged as an auxiliary.
    if ((t.pos[h] === POS.VERB || (t.pos[h] === POS.AUX && t.lemma[h] === 'have')) && cat.has(t.lemma[h])) return h;
    if (t.pos[h] === POS.ADJ && ABLE.has(ctx.lemma(h))) return h;
    // "has yet to explain": "yet" after "have".
    if (ctx.lemma(h) === 'yet' && ctx.lemma(h - 1) === 'have') return h - 1;
    return null;
  }
  if (!/ing$/.test(tokenText(ctx.doc, v))) return null;
  let h = v - 1;
  // "stopped short of calling", "is steering clear of criticizing".
  if (ctx.lemma(h) === 'of' && /^(short|clear)$/.test(ctx.lemma(h - 1))) h -= 2;
  return h > lo && t.pos[h] === POS.VERB && ctx.rules.catenativeGerund.has(t.lemma[h]) ? h : null;
}

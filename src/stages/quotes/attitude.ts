/**
 * Attitude cues: an adjective of belief or feeling after "be", with the subject as source and
 * the complement as content: "Officials are confident that the deal will hold", "Voters were
 * worried about the economy", "The minister was reluctant to act".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Prepositions that take what the attitude is about; they belong to the cue. */
const ABOUT = new Set(['about', 'of', 'over', 'with', 'at', 'on']);

/** Finds attitude cues where no other quote's cue lies and not inside someone else's report. */
export function findAttitudes(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const cued = (s: Span) => overlapsCue(found, s);
  const reported = (o: number) => insideReport(found, o);
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 2; k < s.tokEnd - 1; k++) {
      if (t.pos[k] !== POS.ADJ || !ctx.rules.attitude.has(ctx.lemma(k)) || inDirect(t.start[k])) continue;
      // "were not too concerned", "'s so frustrated": "be", then negation and degree words.
      let a = k;
      while (a > s.tokStart && (t.pos[a - 1] === POS.ADV || ctx.lemma(a - 1) === 'not' || ctx.lemma(a - 1) === 'n’t')) a--;
      if (a === s.tokStart || ctx.lemma(a - 1) !== 'be') continue;
      a--;
      while (a > s.tokStart && t.pos[a - 1] === POS.AUX) a--;
      const complement = complementAt(ctx, k + 1, s.tokEnd);
      if (!complement) continue;
      const subject = subjectBefore(ctx, a, s.tokStart);
      if (!subject) continue;
      const cueEnd = complement.particle ? k + 1 : k;
      const cue: Cue = { speaker: subject, cue: { start: t.start[a], end: t.end[cueEnd] }, tokStart: subject.tokStart, tokEnd: cueEnd + 1, according: false, verb: ctx.lemma(k) };
      if (cued(cue.cue) || reported(cue.cue.start)) continue;
      out.push(build(ctx, 'indirect', { start: t.start[complement.from], end: t.end[complement.end - 1] }, cue, null, null, 'quotes.indirect.attitude'));
      k = complement.end;
    }
  }
  return out;
}

/** The attitude's complement: "that …", "to act", "about the economy", "whether …". */
function complementAt(ctx: QuoteContext, k: number, hi: number): { from: number; end: number; particle: boolean } | null {
  const t = ctx.doc.tokens!;
  const w = ctx.lemma(k);
  if (w === 'that' || w === 'whether' || w === 'if' || (w === 'to' && t.pos[k + 1] === POS.VERB)) {
    const end = contentEnd(ctx, k + 1, hi);
    return end - k >= 2 ? { from: k, end, particle: false } : null;
  }
  // "She was sure Trump would win": a clause without "that", opened by its subject.
  if ([POS.PRON, POS.PROPN, POS.DET, POS.NOUN].includes(t.pos[k]) && opensClause(ctx.doc, k)) {
    const end = contentEnd(ctx, k, hi);
    return end - k >= 3 ? { from: k, end, particle: false } : null;
  }
  if (ABOUT.has(w) && t.pos[k] === POS.ADP) {
    const np = ctx.phraseAt(k + 1, hi);
    const end = np ? np.tokEnd : /^(how|what|why|whether)$/.test(ctx.lemma(k + 1)) ? contentEnd(ctx, k + 1, hi) : k + 1;
    return end > k + 1 ? { from: k + 1, end, particle: true } : null;
  }
  return null;
}

/** The subject: a pronoun or the phrase that ends where the verb begins. */
export function subjectBefore(ctx: QuoteContext, a: number, lo: number): Speaker | null {
  // "Younger voters, in particular, have expressed …": an adverbial aside stands between subject and verb.
  const t = ctx.doc.tokens!;
  if (a > lo + 3 && tokenText(ctx.doc, a - 1) === ',') {
    const open = [a - 3, a - 4, a - 5].find((c) => c > lo && tokenText(ctx.doc, c) === ',');
    if (open !== undefined && (t.pos[open + 1] === POS.ADP || t.pos[open + 1] === POS.ADV)) return subjectBefore(ctx, open, lo);
  }
  for (let b = Math.max(lo, a - 10); b < a; b++) {
    const sp = ctx.phraseAt(b, a);
    if (!sp || sp.tokEnd !== a || /^(it|there|this|that)$/i.test(tokenText(ctx.doc, b))) continue;
    // "The council on Friday made …": a time is no subject; the subject stands before it.
    if (ctx.timeAfter(b) === a) {
      const from = [b - 2, b - 1].find((x) => x >= lo && ctx.timeAfter(x) === a);
      return from === undefined ? null : subjectBefore(ctx, from, lo);
    }
    return sp;
  }
  return null;
}

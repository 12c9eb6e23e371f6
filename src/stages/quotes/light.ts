/**
 * Cues built from a light verb and a noun of saying ("made the case that …", "issued a statement
 * calling …", "took issue with …") and construals ("critics see the program as a loophole").
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { subjectBefore } from './attitude.js';
import { build, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** Verbs that take their meaning from the noun after them: "make the case", "issue a statement". */
export const LIGHT = new Set(['make', 'issue', 'release', 'send', 'take', 'voice', 'express', 'deliver', 'raise', 'give', 'offer', 'lodge', 'file', 'post']);
/** Verbs that present their object as something: "see X as Y", "view X as Y". */
const CONSTRUAL = new Set(['see', 'view', 'regard', 'perceive', 'paint', 'cast', 'frame', 'treat']);
/** Prepositions after the noun that take what it is about; they belong to the cue. */
const ABOUT = new Set(['of', 'for', 'with', 'about', 'against', 'over']);

/** Finds light-verb and construal cues where no other quote's cue lies. */
export function findLightCues(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const cued = (s: Span) => overlapsCue([...found, ...out], s);
  for (const s of doc.sentences!) {
    for (let v = s.tokStart + 1; v < s.tokEnd - 2; v++) {
      if (t.pos[v] !== POS.VERB || inDirect(t.start[v])) continue;
      const lemma = ctx.lemma(v);
      const found1 = LIGHT.has(lemma) ? lightCue(ctx, v, s.tokEnd) : CONSTRUAL.has(lemma) ? construal(ctx, v, s.tokEnd) : null;
      if (!found1) continue;
      let a = v;
      while (a > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV || ctx.lemma(a - 1) === 'not')) a--;
      const subject = subjectBefore(ctx, a, s.tokStart) ?? relative(ctx, a);
      if (!subject) continue;
      const cue: Cue = { speaker: subject, cue: { start: t.start[a], end: t.end[found1.cueEnd - 1] }, tokStart: subject.tokStart, tokEnd: found1.cueEnd, according: false, verb: lemma };
      if (cued(cue.cue)) continue;
      out.push(build(ctx, 'indirect', { start: t.start[found1.from], end: t.end[found1.end - 1] }, cue, null, null, found1.rule));
      v = found1.end - 1;
    }
  }
  return out;
}

interface Found {
  cueEnd: number;
  from: number;
  end: number;
  rule: string;
}

/** "made the case that …", "issued a statement calling …", "took issue with the plan". */
function lightCue(ctx: QuoteContext, v: number, hi: number): Found | null {
  const t = ctx.doc.tokens!;
  let n = v + 1;
  // "made it clear that …": the clause is the object.
  if (ctx.lemma(v) === 'make' && ctx.lemma(n) === 'it' && ['clear', 'plain', 'known'].includes(ctx.lemma(n + 1))) {
    const c = n + 2;
    // "made it clear he had …": the clause may come without "that".
    if (t.pos[c] === POS.PRON || (t.pos[c] === POS.PROPN && t.pos[c + 1] !== POS.PUNCT)) {
      const end = contentEnd(ctx, c, hi);
      return end - c >= 3 ? { cueEnd: c, from: c, end, rule: 'quotes.indirect.light' } : null;
    }
    return complement(ctx, c, hi, 'quotes.indirect.light');
  }
  while (n < hi && n - v <= 4 && [POS.DET, POS.ADJ, POS.NUM].includes(t.pos[n])) n++;
  if (t.pos[n] !== POS.NOUN || !ctx.rules.lightNouns.has(ctx.lemma(n))) return null;
  let k = n + 1;
  // "at" says where ("made the pledge at a rally") except after a feeling: "took offense at".
  if ((ABOUT.has(ctx.lemma(k)) || (ctx.lemma(k) === 'at' && /^offen[cs]e$/.test(ctx.lemma(n)))) && t.pos[k] === POS.ADP) {
    // "reservations about entrusting him with it": a gerund's clause is what the noun is about.
    const end = ctx.phraseAt(k + 1, hi)?.tokEnd ?? (/ing$/.test(tokenText(ctx.doc, k + 1)) ? contentEnd(ctx, k + 1, hi) : k + 1);
    return end > k + 1 ? { cueEnd: k + 1, from: k + 1, end, rule: 'quotes.indirect.light' } : null;
  }
  // An addressee or a time before what was said: "a letter to the board urging …", "the case to members that …".
  if (['to', 'on', 'in'].includes(ctx.lemma(k)) && t.pos[k] === POS.ADP) {
    const np = ctx.phraseAt(k + 1, hi);
    if (np && (ctx.lemma(np.tokEnd) === 'that' || /ing$/.test(tokenText(ctx.doc, np.tokEnd)))) k = np.tokEnd;
  }
  // "a statement calling the test …", "a letter urging them to …": the participle says what it said.
  if (t.pos[k] === POS.VERB && /ing$/.test(tokenText(ctx.doc, k)) && ctx.rules.verbs.has(ctx.lemma(k))) {
    const end = contentEnd(ctx, k + 1, hi);
    return end - k >= 2 ? { cueEnd: k + 1, from: k + 1, end, rule: 'quotes.indirect.light' } : null;
  }
  return complement(ctx, k, hi, 'quotes.indirect.light', n + 1);
}

/** A "that" clause or an infinitive after the cue words ending at `cueEnd`. */
function complement(ctx: QuoteContext, k: number, hi: number, rule: string, cueEnd = k): Found | null {
  const t = ctx.doc.tokens!;
  if (ctx.lemma(k) !== 'that' && !(ctx.lemma(k) === 'to' && t.pos[k + 1] === POS.VERB)) return null;
  const end = contentEnd(ctx, k + 1, hi);
  return end - k >= 3 ? { cueEnd, from: k, end, rule } : null;
}

/** "see the program as a loophole": the object and its "as" phrase are the content. */
function construal(ctx: QuoteContext, v: number, hi: number): Found | null {
  const t = ctx.doc.tokens!;
  const object = t.pos[v + 1] === POS.PRON ? v + 2 : ctx.phraseAt(v + 1, hi)?.tokEnd;
  if (object === undefined || ctx.lemma(object) !== 'as' || t.pos[object + 1] === POS.PUNCT) return null;
  const end = contentEnd(ctx, object + 1, hi);
  return end > object + 1 ? { cueEnd: v + 1, from: v + 1, end, rule: 'quotes.indirect.construal' } : null;
}

/** "…, who see the program as …": the relative pronoun is the source as written. */
function relative(ctx: QuoteContext, a: number): Speaker | null {
  const t = ctx.doc.tokens!;
  const k = a - 1;
  if (k < 0 || !['who', 'which', 'that'].includes(ctx.lemma(k)) || t.pos[k] === POS.SCONJ && ctx.lemma(k) === 'that' && t.pos[k - 1] === POS.VERB) return null;
  return { tokStart: k, tokEnd: k + 1, start: t.start[k], end: t.end[k], mention: null };
}

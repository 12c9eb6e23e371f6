/**
 * Two frames whose verb alone reports nothing but whose whole phrase takes a stance on what
 * follows, the cue running from the verb (with its auxiliaries) through the last word of the frame:
 * - a verb of eager or persistent taking-up with its preposition: "is seizing on recent comments",
 *   "is doubling down on his attacks", "pounced on the remark", "went on about how …";
 * - an opening or closing act done by speaking: "began his speech by marveling at …",
 *   "started off by emphasizing economic fairness".
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { subjectBefore } from './attitude.js';
import { isMannerGerund } from './gerunds.js';
import { opensClause, type Cue, type QuoteContext } from './speakers.js';

/** Verb, optional particle and preposition of a taking-up frame. */
const TAKE_UP: readonly (readonly string[])[] = [
  ['seize', 'on'], ['seize', 'upon'], ['pounce', 'on'], ['pounce', 'upon'], ['harp', 'on'],
  ['double', 'down', 'on'], ['go', 'on', 'about'], ['rant', 'about'], ['rave', 'about'],
];
/** Verbs of opening or closing an act: "began by saying", "closed his remarks by urging". */
const BOUNDS = new Set(['begin', 'start', 'open', 'close', 'end', 'conclude', 'finish', 'kick']);

/** Finds cues of both frames where no other quote's cue lies and not inside someone else's report. */
export function findStanceFrames(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let v = s.tokStart + 1; v < s.tokEnd - 2; v++) {
      if (t.pos[v] !== POS.VERB || inDirect(t.start[v])) continue;
      const takeUp = takeUpEnd(ctx, v, s.tokEnd);
      const last = takeUp ?? boundEnd(ctx, v, s.tokEnd);
      if (last === null) continue;
      let a = v;
      while (a > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.PART || /^(not|n’t|never|also)$/.test(t.lower[a - 1]))) a--;
      // "the nominee, who began his speech by …": the relative pronoun is the source as written.
      const speaker = subjectBefore(ctx, a, s.tokStart) ?? (a > s.tokStart && ctx.lemma(a - 1) === 'who' ? { tokStart: a - 1, tokEnd: a, start: t.start[a - 1], end: t.end[a - 1], mention: null } : null);
      if (!speaker) continue;
      const from = last + 1;
      // "went on about “how the system is rigged”": the object may open with a quotation mark.
      const word = /^[“"]$/.test(tokenText(doc, from)) ? from + 1 : from;
      if (word >= s.tokEnd || t.pos[word] === POS.PUNCT) continue;
      // "by marveling at all the Americans": the gerund may keep its own preposition.
      if (!opensClause(doc, word) && (takeUp !== null || t.pos[word] !== POS.ADP)) continue;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 1) continue;
      const cueSpan = { start: t.start[a], end: t.end[last] };
      // A gerund of manner that the said-that rule took alone ("by emphasizing") is dropped later.
      const taken = [...found, ...out].filter((q) => !isMannerGerund(ctx, q));
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start) || reportHead(ctx, taken, from, s.tokEnd)) continue;
      const cue: Cue = { speaker, cue: cueSpan, tokStart: speaker.tokStart, tokEnd: from, according: false, verb: t.lemma[v] };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.stance-frame'));
      v = end - 1;
    }
  }
  return out;
}

/** The last token of a taking-up frame starting at verb v ("seizing on"), or null. */
function takeUpEnd(ctx: QuoteContext, v: number, hi: number): number | null {
  const frame = TAKE_UP.find((f) => f[0] === ctx.lemma(v) && f.every((w, i) => i === 0 || (v + i < hi && ctx.doc.tokens!.lower[v + i] === w)));
  return frame ? v + frame.length - 1 : null;
}

/**
 * The speech gerund (with its particle) of "began [his speech|off] by saying", or null: at most
 * three words between the verb and "by", none a verb or punctuation.
 */
function boundEnd(ctx: QuoteContext, v: number, hi: number): number | null {
  const t = ctx.doc.tokens!;
  if (!BOUNDS.has(ctx.lemma(v))) return null;
  for (let by = v + 1; by <= v + 4 && by + 1 < hi; by++) {
    if (t.lower[by] === 'by') {
      const g = by + 1;
      if (!/ing$/.test(t.lower[g]) || !ctx.rules.indirect.has(ctx.lemma(g))) return null;
      return ctx.rules.phrasal.get(ctx.lemma(g))?.has(ctx.lemma(g + 1)) && g + 1 < hi ? g + 1 : g;
    }
    if (t.pos[by] === POS.VERB || t.pos[by] === POS.PUNCT || t.pos[by] === POS.AUX) return null;
  }
  return null;
}

/** "seized on Trump’s claim that …": a report noun or another cue heads the object, and that noun is the cue instead. */
function reportHead(ctx: QuoteContext, taken: Quote[], from: number, hi: number): boolean {
  const t = ctx.doc.tokens!;
  for (let k = from; k < Math.min(hi, from + 5); k++) {
    if (t.pos[k] === POS.NOUN || t.pos[k] === POS.PROPN) {
      // "the governor’s claim": a compound or a possessor stands before the head.
      if (t.pos[k + 1] === POS.NOUN || t.pos[k + 1] === POS.PROPN || /^['’]s?$/.test(t.lower[k + 1])) continue;
      return ctx.rules.reportNouns.has(ctx.lemma(k)) || overlapsCue(taken, { start: t.start[k], end: t.end[k] });
    }
    if (t.pos[k] === POS.VERB || t.pos[k] === POS.PUNCT) return false;
  }
  return false;
}

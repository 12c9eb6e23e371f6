/**
 * Cue shapes whose content is not a clause after the cue: the gap of a relative clause
 * ("the donations, which he said were tainted") and the comment clause "as X said," that
 * attributes the main clause it stands in.
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build } from './build.js';
import type { Cue, QuoteContext } from './speakers.js';

/** An attribution found here and the token where the search goes on. */
export interface ClauseFound {
  quote: Quote;
  next: number;
}

/**
 * Verbs whose complement is a clause, so that a finite verb right after them belongs to a
 * clause whose subject was moved out: "what the senators said was gerrymandering". Verbs that
 * take an object ("the rivals he attacked were …") leave an object gap instead.
 */
const CLAUSE_VERBS = new Set([
  'say', 'claim', 'argue', 'allege', 'insist', 'contend', 'assert', 'maintain', 'suggest', 'predict',
  'estimate', 'report', 'warn', 'acknowledge', 'admit', 'think', 'believe', 'expect', 'hope', 'fear',
  'know', 'worry', 'feel', 'suspect', 'assume', 'find', 'show', 'indicate', 'conclude', 'note',
]);

/** What stands for the moved subject: a relative pronoun, or a pronoun a relative clause modifies ("everything he says is …"). */
const MOVED = new Set(['which', 'that', 'what', 'who', 'whom', 'whatever', 'everything', 'anything', 'nothing', 'something']);

/**
 * "…, which he said were accompanied by favors": the cue's clause lost its subject to a relative
 * pronoun or a head noun before the speaker, so what was said starts at the verb after the cue.
 */
export function gappedContent(ctx: QuoteContext, cue: Cue, hi: number, end: (from: number) => number): ClauseFound | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const v = cue.tokEnd;
  if (!cue.verb || !CLAUSE_VERBS.has(cue.verb) || v >= hi || cue.speaker.start >= cue.cue.start) return null;
  if (!(t.pos[v] === POS.AUX || (t.pos[v] === POS.VERB && !/ing$/.test(tokenText(doc, v))))) return null;
  // The moved subject: a relative pronoun or a noun right before the speaker ("meddling [that] the congressman said is …").
  const before = cue.tokStart - 1;
  const moved = before >= 0 && (MOVED.has(ctx.lemma(before)) || t.pos[before] === POS.NOUN);
  if (!moved) return null;
  const stop = end(v);
  if (stop - v < 2) return null;
  const content = { start: t.start[v], end: t.end[stop - 1] };
  return { quote: build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.gapped'), next: stop };
}

/**
 * "As many experts have pointed out, Mr. Trump is free to …" or "…, as the mayor said.": a comment
 * clause attributes the main clause around it.
 */
export function commentClause(ctx: QuoteContext, cue: Cue, lo: number, hi: number, end: (from: number) => number): ClauseFound | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const as = cue.tokStart - 1;
  if (as < lo || ctx.lemma(as) !== 'as' || cue.speaker.start >= cue.cue.start) return null;
  // The clause closes at the cue, give or take a particle or adverb: "as he put it,", "as Mr. Bown observed,".
  let close = cue.tokEnd;
  while (close < hi && close - cue.tokEnd < 2 && t.pos[close] !== POS.PUNCT) close++;
  const mark = close < hi ? tokenText(doc, close) : '.';
  if (!/^[,.;!?]$/.test(mark)) return null;
  // Opening the sentence ("Yet, as …, <content>") the main clause follows; closing it, it comes first.
  let first = lo;
  while (first < as && (t.pos[first] === POS.CCONJ || t.pos[first] === POS.ADV || tokenText(doc, first) === ',')) first++;
  let content: { start: number; end: number } | null = null;
  let next = close + 1;
  if (first === as && mark === ',') {
    const stop = end(close + 1);
    if (stop - (close + 1) >= 3) content = { start: t.start[close + 1], end: t.end[stop - 1] };
    next = stop;
  } else if (as - 1 > lo && tokenText(doc, as - 1) === ',' && /^[.;!?]$/.test(mark)) {
    if (as - 1 - first >= 3) content = { start: t.start[first], end: t.end[as - 2] };
  }
  if (!content) return null;
  const q = build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.comment');
  return { quote: q, next };
}

/** Verbs of aspect that pass their subject to the cue after them: "continues to insist", "went on to explain". */
const ASPECT = new Set(['continue', 'begin', 'start', 'keep', 'go']);

/**
 * The end of a cue governed by a verb of aspect at v ("continues to insist", "went on to say"),
 * with the particle of a phrasal cue; null when v governs no cue.
 */
export function governedCueEnd(ctx: QuoteContext, v: number, hi: number): number | null {
  if (!ASPECT.has(ctx.lemma(v))) return null;
  let to = v + 1;
  if (ctx.lemma(v) === 'go') {
    if (ctx.lemma(to) !== 'on') return null;
    to++;
  }
  const w = to + 1;
  if (ctx.lemma(to) !== 'to' || w >= hi || ctx.doc.tokens!.pos[w] !== POS.VERB || !ctx.rules.verbs.has(ctx.lemma(w))) return null;
  return ctx.rules.phrasal.get(ctx.lemma(w))?.has(ctx.lemma(w + 1)) && w + 1 < hi ? w + 2 : w + 1;
}

/**
 * Where content starts after a short time or place phrase: "announced on Friday the arrest of …",
 * "said after the convention he would not …". Null when no clause or object follows it.
 */
export function pastAdverbial(ctx: QuoteContext, c: number, hi: number): number | null {
  const t = ctx.doc.tokens!;
  if (t.pos[c] !== POS.ADP || !['on', 'in', 'at', 'after', 'before', 'during', 'since'].includes(ctx.lemma(c))) return null;
  let k = c + 1;
  while (k < hi && k - c <= 4 && [POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k]) && !(k > c + 1 && t.pos[k] === POS.DET)) k++;
  if (k === c + 1 || k >= hi) return null;
  // A subject and its verb, or an object's determiner: "he would", "the arrest".
  // Or an infinitive: "decided after a long investigation (not) to …".
  const clause = (t.pos[k] === POS.PRON && (t.pos[k + 1] === POS.AUX || t.pos[k + 1] === POS.VERB)) || t.pos[k] === POS.DET
    || ((ctx.lemma(k) === 'to' || (ctx.lemma(k) === 'not' && ctx.lemma(k + 1) === 'to')) && t.pos[ctx.lemma(k) === 'to' ? k + 1 : k + 2] === POS.VERB);
  return clause ? k : null;
}

/**
 * True for a noun at k that ends the object of a verb of issuing ("filed legal papers", "sent a
 * letter on Thursday to Senate leaders") or names where something was said ("a news conference"):
 * a participle after it reports what was said.
 */
export function issuedNoun(ctx: QuoteContext, k: number, lo: number): boolean {
  const t = ctx.doc.tokens!;
  if (![POS.NOUN, POS.PROPN].includes(t.pos[k]) || ctx.rules.lightNouns.has(ctx.lemma(k))) return false;
  // Where something was said is a document of its own: "a news conference announcing …".
  if (ctx.rules.medium.has(ctx.lemma(k))) return true;
  for (let j = k - 1; j >= Math.max(lo, k - 10); j--) {
    if (t.pos[j] === POS.VERB) return ctx.rules.issue.has(t.lemma[j]);
    if (t.pos[j] === POS.PUNCT || t.pos[j] === POS.AUX) return false;
  }
  return false;
}

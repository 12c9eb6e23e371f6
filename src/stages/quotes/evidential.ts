/**
 * Evidential cues with no source but the writer: "Melania seems to have vanished", "the plan
 * appears unworkable", "it seems that …". The content is the clause the verb qualifies, its
 * subject and its complement in two parts. A name reported as current ("the bill, known as
 * JASTA, …") is one too.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { contentEnd } from './content-end.js';
import { build, insideReport, overlapsCue, tokenAt } from './build.js';
import { opensClause, type Cue, type QuoteContext } from './speakers.js';

const EVIDENTIAL = new Set(['seem', 'appear']);
/** Where the qualified clause begins, scanning back from the verb. */
const CLAUSE_BREAK = new Set(['which', 'that', 'who', 'because', 'if', 'while', 'although', 'though', 'when', 'and', 'but', 'or']);

/** Finds "seems to …", "appears ADJ" and "it seems (that) …" where no other quote's cue lies. */
export function findEvidential(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const cued = (s: Span) => overlapsCue(found, s);
  // Inside what someone else reported the appearance is theirs: "She added that the vote seems …".
  const reported = (o: number) => insideReport(found, o);
  for (const s of doc.sentences!) {
    for (let k = s.tokStart; k < s.tokEnd - 1; k++) {
      if (t.pos[k] !== POS.VERB || !(EVIDENTIAL.has(ctx.lemma(k)) || ctx.lemma(k) === 'know') || inDirect(t.start[k])) continue;
      const cue = { start: t.start[k], end: t.end[k] };
      if (cued(cue) || reported(cue.start)) continue;
      const next = k + 1;
      const name = knownAs(ctx, k, s.tokEnd);
      if (name) {
        out.push({ kind: 'indirect', content: name.content, cue: name.cue, source: null, speaker: null, via: [], rule: 'quotes.indirect.known-as' });
        continue;
      }
      const infinitive = ctx.lemma(next) === 'to' && (t.pos[next + 1] === POS.VERB || t.pos[next + 1] === POS.AUX);
      // "seems too risky", "appears unlikely": an adjective, perhaps after a degree adverb.
      const adjective = t.pos[next] === POS.ADJ || (t.pos[next] === POS.ADV && t.pos[next + 1] === POS.ADJ);
      const clause = ctx.lemma(next) === 'that' || (ctx.lemma(next) === 'like' && ctx.lemma(k) === 'seem');
      if (!infinitive && !(adjective && ctx.lemma(k) === 'seem') && !clause) continue;
      // The subject runs back to the clause's start, over auxiliaries and adverbs before the verb.
      let v = k;
      while (v > s.tokStart && (t.pos[v - 1] === POS.AUX || t.pos[v - 1] === POS.ADV)) v--;
      let a = v;
      while (a > s.tokStart && !/^[,;:—–(]$/.test(tokenText(doc, a - 1)) && !CLAUSE_BREAK.has(ctx.lemma(a - 1)) && v - a < 12) a--;
      if (a > s.tokStart && ['which', 'that', 'who'].includes(ctx.lemma(a - 1))) a--;
      const apparent = infinitive ? apparentReport(ctx, a, v, s.tokEnd, k) : null;
      if (apparent) {
        out.push(apparent);
        k = tokenAt(doc, apparent.content.end) - 1;
        continue;
      }
      // "a sky that seemed to capture the mood": a full verb after "to" is part of the cue; "seems to be …",
      // "seems to have vanished" qualify the clause that follows.
      const full = infinitive && t.pos[next + 1] === POS.VERB && !/^(be|have)$/.test(ctx.lemma(next + 1)) && next + 2 < s.tokEnd;
      const from = full ? next + 2 : next;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 2) continue;
      const it = a === v - 1 && ctx.lemma(a) === 'it';
      const parts = it || a === v ? [{ start: t.start[from], end: t.end[end - 1] }] : [{ start: t.start[a], end: t.end[v - 1] }, { start: t.start[from], end: t.end[end - 1] }];
      const content = { start: parts[0].start, end: parts[parts.length - 1].end };
      // The cue keeps its auxiliaries and adverbs, as a speech verb's does: "can seem", "never seem".
      const cueWords = { start: t.start[v], end: full ? t.end[next + 1] : cue.end };
      out.push({ kind: 'indirect', content, ...(parts.length > 1 ? { parts } : {}), cue: cueWords, source: null, speaker: null, via: [], rule: 'quotes.indirect.evidential' });
      k = end - 1;
    }
  }
  return out;
}

/**
 * "he appeared to suggest that …": a speech verb after the evidential at `evidential` makes its
 * subject the source and the cue runs from the auxiliaries at `v` to the speech verb.
 */
function apparentReport(ctx: QuoteContext, a: number, v: number, hi: number, evidential: number): Quote | null {
  const t = ctx.doc.tokens!;
  const verb = evidential + 2;
  if (t.pos[verb] !== POS.VERB || !ctx.rules.indirect.has(ctx.lemma(verb))) return null;
  // The subject is the phrase that ends at the verb: "after [he] appeared to …".
  let sp = null;
  for (let b = v - 1; b >= a; b--) {
    const p = ctx.phraseAt(b, v);
    if (p && p.tokEnd === v) sp = p;
  }
  if (!sp) return null;
  const from = verb + 1;
  if (ctx.lemma(from) !== 'that' && !opensClause(ctx.doc, from)) return null;
  const end = contentEnd(ctx, from, hi);
  if (end - from < 2) return null;
  const cue: Cue = { speaker: sp, cue: { start: t.start[v], end: t.end[verb] }, tokStart: sp.tokStart, tokEnd: verb + 1, according: false, verb: ctx.lemma(verb) };
  return build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.apparent');
}

/** ", (also) known as Myanmar,": the cue with its adverb and the name up to the next comma or the end. */
function knownAs(ctx: QuoteContext, k: number, hi: number): { cue: Span; content: Span } | null {
  const t = ctx.doc.tokens!;
  if (ctx.lemma(k) !== 'know' || tokenText(ctx.doc, k) !== 'known' || ctx.lemma(k + 1) !== 'as') return null;
  const a = t.pos[k - 1] === POS.ADV ? k - 1 : k;
  if (tokenText(ctx.doc, a - 1) !== ',') return null;
  let end = k + 2;
  while (end < hi && !/^[,;.]$/.test(tokenText(ctx.doc, end))) end++;
  if (end === k + 2) return null;
  return { cue: { start: t.start[a], end: t.end[k + 1] }, content: { start: t.start[k + 2], end: t.end[end - 1] } };
}

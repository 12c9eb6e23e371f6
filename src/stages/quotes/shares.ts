/**
 * Poll shares as sources: "46 percent would choose Clinton and 44 percent would back Trump". A
 * share of those asked that chooses, backs or opposes someone states a preference the poll reports,
 * one attribution for each clause.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { overlapsCue } from './build.js';
import type { QuoteContext } from './speakers.js';

/** Verbs of choosing between candidates or options. */
const CHOICE = new Set(['choose', 'back', 'favor', 'favour', 'pick', 'support', 'prefer', 'oppose', 'approve', 'disapprove']);

/** Words that name a share: "46 percent", "a majority", "a plurality". */
const SHARES = new Set(['percent', '%', 'majority', 'plurality']);

const RULE = 'quotes.indirect.poll-share';

/** The share phrase ending before token v ("44 percent", "52 percent of voters"): its first token, or -1. */
function shareBefore(ctx: QuoteContext, v: number, lo: number): number {
  const t = ctx.doc.tokens!;
  let k = v - 1;
  // "52 percent of registered voters": the group the share is of.
  let of = k;
  while (of > lo && of > v - 5 && tokenText(ctx.doc, of) !== ',' && ctx.lemma(of) !== 'of') of--;
  if (ctx.lemma(of) === 'of' && of > lo && SHARES.has(ctx.lemma(of - 1))) k = of - 1;
  if (!SHARES.has(ctx.lemma(k))) return -1;
  const start = t.pos[k - 1] === POS.NUM ? k - 1 : ctx.lemma(k - 1) === 'a' ? k - 1 : -1;
  if (start < lo) return -1;
  // The share opens its clause: after a comma, a conjunction or at the sentence's start.
  const before = start - 1;
  return before < lo || t.pos[before] === POS.PUNCT || t.pos[before] === POS.CCONJ || t.pos[before] === POS.SCONJ || ctx.lemma(before) === 'while' ? start : -1;
}

/** Finds "N percent would back X" clauses whose verb no other quote has taken. */
export function findShares(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let v = s.tokStart + 2; v < s.tokEnd - 1; v++) {
      // The tagger may read "back" after a modal as an adverb: "would back Trump".
      const verb = t.pos[v] === POS.VERB || (t.pos[v - 1] === POS.AUX && t.lower[v] === 'back');
      if (!verb || !CHOICE.has(ctx.lemma(v)) || inDirect(t.start[v])) continue;
      let a = v;
      while (a - 1 > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV)) a--;
      const start = shareBefore(ctx, a, s.tokStart);
      if (start < 0) continue;
      const cue: Span = { start: t.start[a], end: t.end[v] };
      if (overlapsCue(found, cue)) continue;
      // What is chosen runs to the next clause: "… Clinton and 44 percent would back Trump".
      let e = v + 1;
      while (e < s.tokEnd && t.pos[e] !== POS.PUNCT && ctx.lemma(e) !== 'while' && !(t.pos[e] === POS.CCONJ && (t.pos[e + 1] === POS.NUM || ctx.lemma(e + 1) === 'a'))) e++;
      if (e === v + 1) continue;
      const share = { start: t.start[start], end: t.end[a - 1] };
      out.push({ kind: 'indirect', content: { start: t.start[v + 1], end: t.end[e - 1] }, cue, source: share, speaker: { code: null, name: doc.text.slice(share.start, share.end) }, via: [], rule: RULE });
    }
  }
  return out;
}

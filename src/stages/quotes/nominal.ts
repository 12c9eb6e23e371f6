/**
 * Nominal cues: a noun of saying or thinking whose possessor is the source and whose complement
 * is the content: "her decision to meet the envoy", "Pyongyang's claims about the test",
 * "the ministry's warning that talks would fail".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** Prepositions that introduce what a claim or a fear is about; they belong to the cue. */
const TOPIC = new Set(['about', 'on', 'over', 'against']);

/** Finds nominal cues whose words no other quote's cue already covers. */
export function findNominal(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const cued = (s: Span) => overlapsCue(found, s);
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 1; k++) {
      if (t.pos[k] !== POS.NOUN || !isCueNoun(ctx, k) || inDirect(t.start[k])) continue;
      const owner = possessor(ctx, k, s.tokStart);
      // Only as a clause's subject: as an object ("praised her plans to …") the noun names a topic, not a report.
      if (!owner || !opensClause(ctx, owner.tokStart, s.tokStart)) continue;
      const q = complement(ctx, k, owner, s.tokEnd);
      if (!q || cued(q.cue!) || inDirect(q.content.start)) continue;
      out.push(q);
    }
  }
  return out;
}

/** True when a phrase at k starts its clause: the sentence's start, or after a comma, a conjunction or a determiner-less "but". */
function opensClause(ctx: QuoteContext, k: number, lo: number): boolean {
  const t = ctx.doc.tokens!;
  let p = k - 1;
  while (p >= lo && t.pos[p] === POS.ADV) p--;
  return p < lo || t.pos[p] === POS.CCONJ || t.pos[p] === POS.SCONJ || /^[,;:—–(]$/.test(tokenText(ctx.doc, p));
}

function isCueNoun(ctx: QuoteContext, k: number): boolean {
  const lemma = ctx.lemma(k);
  return ctx.rules.nominal.has(lemma) || ctx.rules.intent.has(lemma);
}

/** The possessor before the noun, with its "'s": "Mrs. Clinton's", "her"; an adjective may come between ("his earlier claim"). */
export function possessor(ctx: QuoteContext, k: number, lo: number): Speaker | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let p = k - 1;
  while (p > lo && t.pos[p] === POS.ADJ && k - p <= 2) p--;
  if (t.pos[p] === POS.PRON && POSSESSIVE_PRONOUNS.has(ctx.lemma(p))) {
    return { tokStart: p, tokEnd: p + 1, start: t.start[p], end: t.end[p], mention: ctx.mentionAt.get(p) ?? null };
  }
  if (!/^['’]s?$/.test(tokenText(doc, p)) || p <= lo) return null;
  let best: Speaker | null = null;
  for (let a = p - 1; a >= Math.max(lo, p - 8); a--) {
    const sp = ctx.phraseAt(a, p);
    if (sp && sp.tokEnd === p) best = sp;
  }
  return best ? { ...best, tokEnd: p + 1, end: t.end[p] } : null;
}

/** The noun's complement as content: "to act alone", "that talks would fail", "about the test". */
function complement(ctx: QuoteContext, k: number, owner: Speaker, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  const next = k + 1;
  let cueEnd = k + 1;
  let from: number;
  let end: number;
  if (ctx.lemma(next) === 'that' && t.pos[next + 1] !== POS.VERB && t.pos[next + 1] !== POS.AUX) {
    from = next;
    end = contentEnd(ctx, next + 1, hi);
  } else if (ctx.lemma(next) === 'to' && t.pos[next + 1] === POS.VERB) {
    from = next;
    end = contentEnd(ctx, next + 1, hi);
  } else if (TOPIC.has(ctx.lemma(next)) && t.pos[next] === POS.ADP) {
    cueEnd = next + 1;
    from = next + 1;
    const np = ctx.phraseAt(from, hi);
    end = np ? np.tokEnd : contentEnd(ctx, from, hi);
  } else return null;
  if (end - from < 2) return null;
  const cue: Cue = { speaker: owner, cue: { start: t.start[k], end: t.end[cueEnd - 1] }, tokStart: owner.tokStart, tokEnd: cueEnd, according: false, verb: ctx.lemma(k) };
  return build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.nominal');
}

/**
 * Indirect speech: "X said (that) ...", "..., sources said", "According to X, ...",
 * "..., saying ...", "wants to ...".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build } from './build.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

export function findIndirect(ctx: QuoteContext, directs: Span[], usedCues: Set<number>): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const inDirect = (offset: number) => directs.some((d) => offset >= d.start && offset < d.end);
  for (const s of doc.sentences!) {
    let according: Cue | null = null;
    let from = s.tokStart;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (inDirect(t.start[i])) continue;
      const cue = ctx.cueAt(i, s.tokEnd) ?? coordinatedCue(ctx, i, s.tokStart, s.tokEnd);
      if (!cue) continue;
      if (cue.according) {
        // "According to X, <content>." stands alone unless a speech verb follows ("..., Y said that").
        const q = accordingContent(ctx, cue, from, s.tokStart, s.tokEnd, inDirect);
        if (q) {
          out.push(q.quote);
          i = q.next - 1;
          from = q.next;
          according = null;
          continue;
        }
        according = cue;
        i = cue.tokEnd - 1;
        continue;
      }
      if (!cue.verb || !ctx.rules.indirect.has(cue.verb) || usedCues.has(cue.cue.start)) continue;
      // "X said (that) ..." unless the cue closes the sentence: "..., sources said."
      const afterwards = according !== null || speaksForward(ctx, cue, s.tokEnd);
      const q = !afterwards && cue.tokStart > from && tokenText(doc, cue.tokStart - 1) === ','
        ? contentBefore(ctx, cue, from, s.tokEnd, inDirect)
        : contentAfter(ctx, cue, according, s.tokEnd, inDirect);
      if (!q) continue;
      out.push(q.quote);
      // Reported speech may nest: "Merrill says Machado promised ... and said ...".
      i = cue.tokEnd - 1;
      from = q.next;
    }
  }
  return out;
}

/** True when the cue verb is followed by what was said: "that", or a clause. */
function speaksForward(ctx: QuoteContext, cue: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (cue.verb && ctx.rules.intent.has(cue.verb) && ctx.lemma(cue.tokEnd) === 'to') return true;
  for (let k = cue.tokEnd; k < Math.min(hi, cue.tokEnd + 6); k++) {
    if (ctx.lemma(k) === 'that') return true;
    if (t.pos[k] === POS.VERB || t.pos[k] === POS.PUNCT) break;
  }
  return cue.tokEnd < hi && t.pos[cue.tokEnd] !== POS.PUNCT && opensClause(ctx.doc, cue.tokEnd) && cue.verb !== 'tell';
}

/**
 * A speech verb whose speaker is the sentence's subject: "The ministry rejected the claims,
 * and said ...", "Trump defended his tweets, saying ...".
 */
function coordinatedCue(ctx: QuoteContext, i: number, lo: number, hi: number): Cue | null {
  const t = ctx.doc.tokens!;
  let chain: [number, number] | null = null;
  if (t.pos[i] === POS.CCONJ && t.lemma[i] === 'and') chain = ctx.verbChainAt(i + 1, hi);
  else if (i > lo && tokenText(ctx.doc, i - 1) === ',' && t.pos[i] === POS.VERB && /ing$/.test(tokenText(ctx.doc, i)) && ctx.rules.indirect.has(t.lemma[i])) chain = [i, i + 1];
  if (!chain) return null;
  for (let k = lo; k < i; k++) {
    const sp = ctx.phraseAt(k, i);
    if (!sp) continue;
    const after = ctx.skipAside(sp.tokEnd, i);
    if (t.pos[after] === POS.VERB || t.pos[after] === POS.AUX) {
      return { speaker: sp, cue: { start: t.start[chain[0]], end: t.end[chain[1] - 1] }, tokStart: chain[0], tokEnd: chain[1], according: false, verb: t.lemma[chain[1] - 1] };
    }
    k = sp.tokEnd - 1;
  }
  return null;
}

/** "According to X, <content>." or "<content>, according to X." with no speech verb of its own. */
function accordingContent(ctx: QuoteContext, cue: Cue, from: number, lo: number, hi: number, inDirect: (o: number) => boolean): { quote: Quote; next: number } | null {
  const t = ctx.doc.tokens!;
  if (cue.tokStart === lo || (cue.tokStart === lo + 1 && t.pos[lo] === POS.CCONJ)) {
    let c = cue.tokEnd;
    if (tokenText(ctx.doc, c) === ',') c++;
    // A speech verb right after makes it "According to X, Y said ...": handled there.
    for (let k = c; k < Math.min(hi, c + 12); k++) if (ctx.cueAt(k, hi)?.verb) return null;
    const end = contentEnd(ctx, c, hi);
    if (end - c < 3 || inDirect(t.start[c])) return null;
    return { quote: build(ctx, 'indirect', { start: t.start[c], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.according'), next: hi };
  }
  if (cue.tokStart > from && tokenText(ctx.doc, cue.tokStart - 1) === ',') {
    let tail = cue.tokEnd;
    while (tail < hi && t.pos[tail] !== POS.PUNCT) tail++;
    if (tail < hi && !/^[.!?]$/.test(tokenText(ctx.doc, tail))) return null;
    const end = cue.tokStart - 1;
    if (end - from < 3 || inDirect(t.start[from]) || inDirect(t.start[end - 1])) return null;
    return { quote: build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.according'), next: hi };
  }
  return null;
}

/** "<content>, sources said." */
function contentBefore(ctx: QuoteContext, cue: Cue, from: number, hi: number, inDirect: (o: number) => boolean): { quote: Quote; next: number } | null {
  const t = ctx.doc.tokens!;
  // The cue must close the sentence, give or take a short tail ("in a statement on Monday").
  let tail = cue.tokEnd;
  while (tail < hi && t.pos[tail] !== POS.PUNCT && tail - cue.tokEnd < 8) tail++;
  const closes = tail >= hi || /^[.!?]$/.test(tokenText(ctx.doc, tail));
  // "..., Graham said, since most of them ..." or "..., the source added, according to TASS."
  const trails = tokenText(ctx.doc, tail) === ',' && (t.pos[tail + 1] === POS.SCONJ || t.pos[tail + 1] === POS.ADV || ctx.accordingAt(tail + 1, hi) !== null);
  if (!closes && !trails) return null;
  const end = cue.tokStart - 1;
  if (end - from < 3 || inDirect(t.start[from]) || inDirect(t.start[end - 1])) return null;
  const content = { start: t.start[from], end: t.end[end - 1] };
  const relay = ctx.relayAfter(cue.tokEnd, hi);
  return { quote: build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.content-said', relay), next: hi };
}

/** "X said (that) <content>", "According to Y, X said <content>". */
function contentAfter(ctx: QuoteContext, cue: Cue, according: Cue | null, hi: number, inDirect: (o: number) => boolean): { quote: Quote; next: number } | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let c = cue.tokEnd;
  // "said on Saturday that", "told his news conference that": a short adverbial or
  // addressee may stand before "that".
  for (let k = c; k < Math.min(hi, c + 6); k++) {
    if (ctx.lemma(k) === 'that') {
      c = k;
      break;
    }
    if (t.pos[k] === POS.VERB || t.pos[k] === POS.PUNCT) break;
  }
  // "wants to triple the program": an intention's content is its infinitive.
  const infinitive = ctx.lemma(c) === 'to' && t.pos[c + 1] === POS.VERB && cue.verb !== null && ctx.rules.intent.has(cue.verb);
  if (ctx.lemma(c) !== 'that' && !infinitive) {
    // "told reporters after the call" names an audience, not what was said.
    if (cue.verb === 'tell' || c >= hi || t.pos[c] === POS.PUNCT || !opensClause(doc, c)) return null;
  }
  let end = contentEnd(ctx, c, hi);
  // "..., according to TASS." or "..., a ministry official said." closes the content and names the relay.
  let relay: Speaker | null = null;
  for (let k = c; k < end; k++) {
    if (tokenText(doc, k) !== ',') continue;
    const acc = ctx.accordingAt(k + 1, hi);
    const tail = acc ? null : ctx.cueAt(k + 1, hi);
    if (acc || (tail && !tail.according && tail.tokEnd >= end - 1)) {
      relay = acc ? acc.speaker : tail!.speaker;
      end = k;
      break;
    }
  }
  const body = ctx.lemma(c) === 'that' ? c + 1 : c;
  if (end - body < 3 || inDirect(t.start[c])) return null;
  const content = { start: t.start[c], end: t.end[end - 1] };
  const q = build(ctx, 'indirect', content, according ?? cue, according ? cue : null, null,
    according ? 'quotes.indirect.according-said' : 'quotes.indirect.said-that', relay);
  if (according) q.cue = { start: according.cue.start, end: cue.cue.end };
  return { quote: q, next: end };
}

/** Indirect content runs to the sentence end, stopping before ", and cited ..." or ";". */
function contentEnd(ctx: QuoteContext, from: number, hi: number): number {
  const t = ctx.doc.tokens!;
  for (let k = from; k < hi; k++) {
    const w = tokenText(ctx.doc, k);
    if (w === ';') return k;
    if (w === ',' && t.pos[k + 1] === POS.CCONJ && t.pos[k + 2] === POS.VERB) return k;
    if (t.pos[k] === POS.CCONJ && ctx.verbChainAt(k + 1, hi)) return k;
  }
  let end = hi;
  while (end > from && t.pos[end - 1] === POS.PUNCT) end--;
  return end;
}

/**
 * Reports inside reports. Attribution annotation rarely marks a report in another report's
 * complement ("Merrill says Machado promised …" is one attribution), but it does mark what someone
 * is blamed or known for having said: "… was criticised for saying that the plan was a cure",
 * "… refuses to name anyone, aside from saying he wants a diverse list". That report stands even
 * inside another quote's content, which then ends before it ("refuses to name anyone" only), and
 * so does an object relative: "the plan that critics call a giveaway".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { subjectBefore } from './attitude.js';
import { build, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { RELATIVE_AS_RULE } from './relative-as.js';
import { opensClause, type QuoteContext, type Speaker } from './speakers.js';

/** Prepositions whose gerund says who is blamed or credited for words: "for saying", "from saying". */
const CAUSE = new Set(['for', 'from']);

/** Adverbs that link a gerund phrase to what comes before it: "aside from", "apart from". */
const LINKS = new Set(['aside', 'apart']);

const RULE = 'quotes.indirect.for-saying';

/**
 * "for saying (that) …" and "from saying …" with a clause after it. Only "say" itself: a report
 * verb there ("for acknowledging that …") reads as the act blamed rather than words reported. The
 * speaker is who the phrase is about (see `sayerOf`); it stays open when the phrase hangs loosely.
 */
export function findPrepositionalSaying(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 2; k++) {
      if (!CAUSE.has(ctx.lemma(k - 1)) || ctx.lemma(k) !== 'say' || !/ing$/i.test(tokenText(doc, k))) continue;
      const cue: Span = { start: t.start[k], end: t.end[k] };
      if (overlapsCue(found, cue) || inDirect(cue.start)) continue;
      const c = k + 1;
      if (t.pos[c] === POS.PUNCT || !opensClause(doc, c)) continue;
      const end = contentEnd(ctx, c, s.tokEnd);
      if (end - c < 2) continue;
      const content = { start: t.start[c], end: t.end[end - 1] };
      const speaker = sayerOf(ctx, k - 1, s.tokStart);
      out.push(speaker
        ? build(ctx, 'indirect', content, { speaker, cue, tokStart: k, tokEnd: k + 1, according: false, verb: 'say' }, null, null, RULE)
        : { kind: 'indirect', content, cue, source: null, speaker: null, via: [], rule: RULE });
      for (const host of found) if (host.kind === 'indirect' && !host.parts) cutBefore(ctx, host, k - 1);
    }
  }
  return out;
}

/**
 * Who said it, from the preposition at `p`: the object of the verb the phrase hangs on ("criticised
 * the mayor for saying"), else its subject ("the mayor was criticised for saying"), or the subject
 * of the clause "aside from saying" adds to ("he refused to comment, aside from saying"). A bare
 * "from" ("everything from saying … to …") and a phrase further off name no one for sure.
 */
function sayerOf(ctx: QuoteContext, p: number, lo: number): Speaker | null {
  const t = ctx.doc.tokens!;
  if (ctx.lemma(p) === 'from') {
    if (!LINKS.has(ctx.lemma(p - 1)) || tokenText(ctx.doc, p - 2) !== ',') return null;
    let v = p - 3;
    while (v > lo && t.pos[v] !== POS.VERB) v--;
    return v > lo ? subjectBefore(ctx, chainStart(ctx, v, lo), lo) : null;
  }
  // "was criticised for saying", "apologised for saying": no object between, so the subject.
  if (t.pos[p - 1] === POS.VERB) return subjectBefore(ctx, chainStart(ctx, p - 1, lo), lo);
  for (let b = Math.max(lo + 1, p - 8); b < p; b++) {
    const np = ctx.phraseAt(b, p);
    if (np && np.tokEnd === p && t.pos[b - 1] === POS.VERB) return np;
  }
  return null;
}

/** Where the verb at `v` begins with its auxiliaries, adverbs and a verb it is the infinitive of: "has been", "refused to". */
function chainStart(ctx: QuoteContext, v: number, lo: number): number {
  const t = ctx.doc.tokens!;
  let a = v;
  for (;;) {
    if (a > lo && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV || /^(not|n’t|n't)$/.test(t.lower[a - 1]))) a--;
    else if (a - 1 > lo && t.lower[a - 1] === 'to' && t.pos[a - 2] === POS.VERB) a -= 2;
    else return a;
  }
}

/** Ends an indirect quote's content before token `p` when it runs past it, without the ", and" or "aside" that links them. */
function cutBefore(ctx: QuoteContext, host: Quote, p: number): void {
  const t = ctx.doc.tokens!;
  if (!(host.content.start < t.start[p] && t.start[p] < host.content.end)) return;
  let e = p - 1;
  while (e >= 0 && t.start[e] >= host.content.start && (t.pos[e] === POS.PUNCT || t.pos[e] === POS.CCONJ || LINKS.has(ctx.lemma(e)))) e--;
  if (e < 0 || t.start[e] < host.content.start) return;
  host.content = { start: host.content.start, end: t.end[e] };
}

/**
 * Rules whose quotes stand inside another quote's content: "for saying …", and an object relative
 * ("the plan that critics call a giveaway", "what analysts described as tactics"), whose naming is
 * its speaker's own wherever it stands.
 */
const NESTED_RULES = new Set([RULE, 'quotes.indirect.object-relative', RELATIVE_AS_RULE]);

/** True when `q`, whose cue lies in another quote's content, is an attribution of its own. */
export function standsNested(q: Quote): boolean {
  return NESTED_RULES.has(q.rule);
}

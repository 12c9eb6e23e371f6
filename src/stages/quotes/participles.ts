/**
 * Speech participles without a subject of their own, which take the clause's: one opening the
 * sentence ("Claiming the vote was rigged, Trump told supporters …") and a gerund after a comma
 * that no other cue took (", citing the cost of the plan").
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { coordinatedCue } from './indirect.js';
import { cueLemma } from './misread.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Finds subject-less speech verbs where no other quote's cue lies and not inside someone else's report. */
export function findParticiples(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const out: Quote[] = [];
  const free = (s: Span) => !overlapsCue(found, s) && !overlapsCue(out, s) && !insideReport(found, s.start) && !inDirect(s.start);
  for (const s of doc.sentences!) {
    const opening = openingParticiple(ctx, s.tokStart, s.tokEnd) ?? openingQuestion(ctx, s.tokStart, s.tokEnd);
    if (opening && free(opening.quote.cue!)) out.push(opening.quote);
    for (let k = s.tokStart + 1; k < s.tokEnd - 1; k++) {
      const afterQuote = k > 1 && /^[”"]$/.test(tokenText(doc, k - 1)) && tokenText(doc, k - 2) === ',';
      if (tokenText(doc, k - 1) !== ',' && !afterQuote) continue;
      const q = afterQuote ? quoteGerund(ctx, k, found, s.tokEnd) : commaGerund(ctx, k, s.tokStart, s.tokEnd, inDirect);
      if (q && free(q.cue!)) out.push(q);
    }
  }
  return out;
}

/** The cue verb at v with a phrasal particle after it: [lemma, end] or null when v is no speech verb. */
function speechVerb(ctx: QuoteContext, v: number): [string, number] | null {
  const lemma = cueLemma(ctx, v);
  if (!lemma || !ctx.rules.indirect.has(lemma)) return null;
  const particle = ctx.rules.phrasal.get(lemma)?.has(ctx.lemma(v + 1));
  return [lemma, particle ? v + 2 : v + 1];
}

/** What the verb says, from `c` to the clause's end, when something opens there. */
function contentFrom(ctx: QuoteContext, c: number, hi: number): Span | null {
  const t = ctx.doc.tokens!;
  if (c >= hi || t.pos[c] === POS.PUNCT || !opensClause(ctx.doc, c)) return null;
  const end = contentEnd(ctx, c, hi);
  return end - c >= 2 ? { start: t.start[c], end: t.end[end - 1] } : null;
}

/** Prepositions before a gerund that leave its subject to the main clause: "After saying …, she …". */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'while', 'since', 'upon', 'on', 'by', 'in', 'when', 'despite']);

/** "Claiming the criticism is unfair, Trump told Fox …", "After saying …, she was …": the main clause's subject says it. */
function openingParticiple(ctx: QuoteContext, lo: number, hi: number): { quote: Quote; cue: Cue } | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let v = t.pos[lo] === POS.CCONJ ? lo + 1 : lo;
  if (GERUND_PREPOSITIONS.has(tokenText(doc, v).toLowerCase())) v++;
  if (!/ing$/i.test(tokenText(doc, v))) return null;
  const verb = speechVerb(ctx, v);
  if (!verb) return null;
  let comma = verb[1];
  // `Bemoaning the "phony system," Trump …`: the comma may stand inside the closing quotation mark.
  while (comma < hi && comma - v < 40 && !/^[,;:.]$/.test(tokenText(doc, comma))) comma++;
  if (tokenText(doc, comma) !== ',') return null;
  const subject = /^[”"]$/.test(tokenText(doc, comma + 1)) ? comma + 2 : comma + 1;
  const sp = ctx.phraseAt(subject, hi);
  if (!sp) return null;
  let after = sp.tokEnd;
  while (after < hi && t.pos[after] === POS.ADV) after++;
  if (t.pos[after] !== POS.VERB && t.pos[after] !== POS.AUX) return null;
  const found = contentFrom(ctx, verb[1], comma);
  if (!found) return null;
  const content = subject === comma + 2 ? { start: found.start, end: t.end[comma + 1] } : found;
  const cue: Cue = { speaker: sp, cue: { start: t.start[v], end: t.end[verb[1] - 1] }, tokStart: v, tokEnd: verb[1], according: false, verb: verb[0] };
  return { quote: build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.participle'), cue };
}

/** Verbs of questioning whose passive participle opens a sentence: "Asked about the delay, the mayor said …". */
const QUESTIONED = new Set(['ask', 'press', 'question', 'quiz', 'grill', 'challenge']);
/** What a question is about; the preposition belongs to the cue. */
const ABOUT = new Set(['about', 'on', 'over']);

/**
 * "Asked about the delay, the mayor said …", "When pressed by reporters on why …": the question is
 * content with no source but an agent named with "by".
 */
function openingQuestion(ctx: QuoteContext, lo: number, hi: number): { quote: Quote } | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let v = t.pos[lo] === POS.CCONJ ? lo + 1 : lo;
  if (/^(when|if|after|once)$/i.test(tokenText(doc, v))) v++;
  if (!/ed$/i.test(tokenText(doc, v)) || !QUESTIONED.has(ctx.lemma(v))) return null;
  let c = v + 1;
  let speaker: Speaker | null = null;
  if (ctx.lemma(c) === 'by') {
    speaker = ctx.phraseAt(c + 1, hi);
    if (!speaker) return null;
    c = speaker.tokEnd;
  }
  const particle = ABOUT.has(ctx.lemma(c)) && t.pos[c] === POS.ADP;
  const from = particle ? c + 1 : c;
  if (!particle && !/^(whether|if|why|how|what|to)$/.test(ctx.lemma(c))) return null;
  let comma = from;
  while (comma < hi && comma - from < 40 && !/^[,;:.“”"]$/.test(tokenText(doc, comma))) comma++;
  if (tokenText(doc, comma) !== ',' || comma - from < 2) return null;
  const cueEnd = particle && !speaker ? c + 1 : v + 1;
  const cue: Span = { start: t.start[v], end: t.end[cueEnd - 1] };
  const content = { start: t.start[from], end: t.end[comma - 1] };
  return { quote: { kind: 'indirect', content, cue, source: speaker ? { start: speaker.start, end: speaker.end } : null, speaker: speaker ? ctx.ref(speaker) : null, via: [], rule: 'quotes.indirect.asked' } };
}

/** `Peabody said: "…," adding that …`: a gerund right after a quotation goes on in its speaker's voice. */
function quoteGerund(ctx: QuoteContext, k: number, found: Quote[], hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  if (!/ing$/i.test(tokenText(ctx.doc, k))) return null;
  const verb = speechVerb(ctx, k);
  const q = found.find((f) => f.kind === 'direct' && f.source && f.content.end <= t.start[k] && f.content.end >= t.start[k - 2]);
  if (!verb || !q?.source) return null;
  let a = k - 1;
  while (a > 0 && t.start[a] > q.source.start) a--;
  if (t.start[a] !== q.source.start) return null;
  let b = a;
  while (b < t.count && t.end[b] < q.source.end) b++;
  const speaker: Speaker = { tokStart: a, tokEnd: b + 1, start: q.source.start, end: q.source.end, mention: ctx.mentionAt.get(a) ?? null };
  const content = contentFrom(ctx, verb[1], hi);
  if (!content) return null;
  const cue: Cue = { speaker, cue: { start: t.start[k], end: t.end[verb[1] - 1] }, tokStart: k, tokEnd: verb[1], according: false, verb: verb[0] };
  return build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.gerund');
}

/** ", citing the cost of the plan": a gerund whose cue the other finders passed over. */
function commaGerund(ctx: QuoteContext, k: number, lo: number, hi: number, inDirect: (offset: number) => boolean): Quote | null {
  const t = ctx.doc.tokens!;
  if (!/ing$/i.test(tokenText(ctx.doc, k))) return null;
  const cue = coordinatedCue(ctx, k, lo, hi, inDirect);
  if (!cue?.verb || !ctx.rules.indirect.has(cue.verb)) return null;
  const content = contentFrom(ctx, cue.tokEnd, hi);
  if (!content || t.start[cue.tokEnd] !== content.start) return null;
  return build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.gerund');
}

/**
 * A participle phrase after the cue that closes a quotation says what the speaker did while
 * speaking, and attribution annotation marks it as a second attribution of the same speaker:
 * `“…,” Trump said, looking out on the cheering crowd.`, `“…,” said Caddell, speaking of her
 * health.`, `'…,' Mr. Obama said, not even needing to mention the author of that boast.`
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { overlapsCue, tokenAt } from './build.js';
import { PREPOSITIONAL } from './breaks.js';
import { contentEnd } from './content-end.js';
import type { QuoteContext } from './speakers.js';

/** Forms in -ing that work as prepositions or conjunctions: "including X", "according to X", "assuming …". */
const NOT_PARTICIPLES = new Set([...PREPOSITIONAL, 'assuming', 'given', 'during']);

/** Adverbs of degree, time and negation that may open the phrase: "not even needing", "then turning". */
const OPENERS = new Set(['not', 'even', 'also', 'then', 'again', 'later', 'once', 'still', 'only', 'just']);

/** Particles of phrasal verbs, which the tagger may read as adverbs: "looking out on", "summing up". */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'over', 'away', 'around', 'on', 'in', 'about', 'through']);

const RULE = 'quotes.indirect.after-cue';

/**
 * Where the attribution of `q` ends when it follows a piece of the quotation (`“…,” X said` or
 * `“…,” said X`), and where the words after it may run to: the next piece, if any.
 */
function afterAttribution(ctx: QuoteContext, q: Quote): [number, number] | null {
  if (q.kind !== 'direct' || !q.cue || !q.source || !q.speaker) return null;
  const first = q.parts ? q.parts[0] : q.content;
  // The cue stands after the first piece of the quotation, not before it ("He said: “…”").
  if (q.cue.start < first.end || q.source.start < first.end) return null;
  const next = q.parts?.find((p) => p.start >= q.cue!.end);
  return [tokenAt(ctx.doc, Math.max(q.cue.end, q.source.end)), next ? tokenAt(ctx.doc, next.start) : ctx.doc.tokens!.count];
}

/**
 * The cue words from `g`, the participle: its particles ("looking out on", "speaking of",
 * "summing up") or the infinitive it governs ("going on to contrast", "needing to mention").
 */
function cueEnd(ctx: QuoteContext, g: number, hi: number): number {
  const t = ctx.doc.tokens!;
  const particle = (k: number) => (t.pos[k] === POS.ADP || t.pos[k] === POS.PART || PARTICLES.has(t.lower[k])) && !/^(to|that)$/.test(t.lower[k]);
  let k = g + 1;
  while (k < hi && k - g <= 2 && particle(k)) k++;
  if (ctx.lemma(k) === 'to' && k + 1 < hi && t.pos[k + 1] === POS.VERB) {
    k += 2;
    while (k < hi && k - g <= 6 && particle(k)) k++;
  }
  return k;
}

/** Finds the participle phrases after the closing cues of the direct quotes in `found`. */
export function findAfterCue(ctx: QuoteContext, found: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const q of found) {
    const at = afterAttribution(ctx, q);
    if (at === null || at[0] >= t.count || tokenText(doc, at[0]) !== ',') continue;
    const k = at[0];
    // `“…,” Tester said, referring to the excuse, “you give …”`: the phrase ends before the quotation goes on.
    let hi = Math.min(doc.sentences![t.sent[k]].tokEnd, at[1]);
    for (let j = k + 1; j < hi - 1; j++) if (tokenText(doc, j) === ',' && /^[“"‘]$|^''$/.test(tokenText(doc, j + 1))) hi = j;
    while (hi > k && /^[,“"‘']$/.test(tokenText(doc, hi - 1))) hi--;
    let g = k + 1;
    while (g < hi && g - k <= 3 && OPENERS.has(ctx.lemma(g))) g++;
    if (g >= hi || t.pos[g] !== POS.VERB || !/ing$/.test(t.lower[g]) || NOT_PARTICIPLES.has(t.lower[g])) continue;
    const ce = cueEnd(ctx, g, hi);
    // What the phrase is about must follow: "she said, clapping." names no one and nothing.
    if (ce >= hi || t.pos[ce] === POS.PUNCT) continue;
    const cue: Span = { start: t.start[k + 1], end: t.end[ce - 1] };
    if (overlapsCue(found, cue) || overlapsCue(out, cue)) continue;
    const end = contentEnd(ctx, ce, hi);
    if (end <= ce) continue;
    out.push({ kind: 'indirect', content: { start: t.start[ce], end: t.end[end - 1] }, cue, source: q.source, speaker: q.speaker, via: [...q.via], rule: RULE });
  }
  return out;
}

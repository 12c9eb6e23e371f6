/**
 * An adverb right after the cue verb belongs to the cue when nothing it could modify follows:
 * "said sarcastically,", "complained bitterly about", "said then, …", "knows exactly what …".
 * Before a verb, an adjective or a determiner it modifies that word instead: "called for
 * immediately deducting …", "proposed jointly owned drones".
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

/** Adverbs that never close a cue: negation and focus words belong with what follows. */
const OPEN = new Set(['not', "n't", 'also', 'only', 'even', 'just', 'as', 'so', 'too', 'very', 'how', 'when', 'where', 'why']);
/** Words after the adverbs that show the cue has ended there. */
const AFTER = new Set(['that', 'what', 'how', 'why', 'whether', 'who', 'when', 'where']);

/** Extends each quote's cue over one or two adverbs after it, unless they start its content. */
export function withTrailingAdverbs(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (!q.cue) continue;
    const k = tokenAt(doc, q.cue.end);
    if (k >= t.count || t.start[k] < q.cue.end || t.sent[k] !== t.sent[k - 1]) continue;
    let x = k;
    while (x < k + 2 && x < t.count && t.pos[x] === POS.ADV && !OPEN.has(ctx.lemma(x))) x++;
    if (x === k || x >= t.count) continue;
    const closes = [POS.PUNCT, POS.ADP, POS.SCONJ].includes(t.pos[x]) || AFTER.has(ctx.lemma(x));
    const inContent = (q.parts ?? [q.content]).some((c) => c.start < t.end[x - 1] && t.start[k] < c.end);
    if (closes && !inContent) q.cue = { start: q.cue.start, end: t.end[x - 1] };
    // "we would know exactly what …": the adverb before the reported clause is the cue's, not the clause's first word.
    else if (inContent && q.kind === 'indirect' && !q.parts && q.content.start === t.start[k] && AFTER.has(ctx.lemma(x)) && t.start[x] < q.content.end) {
      q.cue = { start: q.cue.start, end: t.end[x - 1] };
      q.content = { start: t.start[x], end: q.content.end };
    }
    // "The truth, the senator said then, was that …": an adverb set off by a comma is the cue's, not the first word of what was said.
    else if (inContent && q.kind === 'indirect' && !q.parts && q.content.start === t.start[k] && t.lower[x] === ',' && x + 1 < t.count && t.start[x + 1] < q.content.end) {
      q.cue = { start: q.cue.start, end: t.end[x - 1] };
      q.content = { start: t.start[x + 1], end: q.content.end };
    }
  }
  return quotes;
}

/**
 * Words before the cue verb that belong to the sentence, not the cue: "The study not only
 * documented …, but also …" ("not only" pairs with "but also" and negates nothing) and the
 * subordinator of a reduced clause, "when pressed on why …".
 */
export function withoutClauseOpeners(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (!q.cue) continue;
    const k = tokenAt(doc, q.cue.start);
    if (t.start[k] !== q.cue.start) continue;
    const skip = ctx.lemma(k) === 'not' && /^(only|just|merely)$/.test(t.lower[k + 1]) ? 2 : SUBORDINATORS.has(t.lower[k]) ? 1 : 0;
    if (skip > 0 && t.end[k + skip - 1] < q.cue.end) q.cue = { start: t.start[k + skip], end: q.cue.end };
  }
  return quotes;
}

/** Subordinators that may open a reduced clause before a participle: "when asked", "if pressed". */
const SUBORDINATORS = new Set(['when', 'if', 'though', 'although', 'unless', 'until']);

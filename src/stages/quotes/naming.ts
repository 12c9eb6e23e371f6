/**
 * "what it called “a clear threat”", "what Turnbull called North Korea's “reckless” acts": a free
 * relative that names something in the speaker's words is part of the writer's own sentence,
 * not a report of what was said; the words stay quoted, the naming is no attribution of its own.
 * So is a participle that gives a thing its name: "a stream called Miracle Run", "a group named X".
 */
import type { Quote } from '../../doc/types.js';
import { isCapitalised, POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

const NAMING = new Set(['called', 'named', 'dubbed', 'nicknamed']);
const RELATIVES = new Set(['who', 'which', 'that']);

/** Drops quotes whose cue names something: "what X called …", "a group called X". */
export function withoutNaming(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !isFreeRelativeNaming(ctx, q) && !isNamingParticiple(ctx, q));
}

/**
 * "a stream called Miracle Run flows …": the participle right after a common noun takes a name and
 * nothing more, where "the mayor called the plan a disgrace" takes an object and what it is called.
 */
function isNamingParticiple(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (!q.cue) return false;
  const v = tokenAt(doc, q.cue.start);
  if (t.end[v] !== q.cue.end || !NAMING.has(t.lower[v]) || v === 0 || t.pos[v - 1] !== POS.NOUN || isCapitalised(doc, v - 1)) return false;
  let k = v + 1;
  // A hyphenated name runs on without spaces: "Lashkar-e-Taiba".
  const inName = (j: number) => t.pos[j] === POS.PROPN || (isCapitalised(doc, j) && t.pos[j] !== POS.DET) || (j > v + 1 && t.start[j] === t.end[j - 1]);
  while (k < t.count && t.sent[k] === t.sent[v] && inName(k)) k++;
  if (k === v + 1) return false;
  return k >= t.count || t.sent[k] !== t.sent[v] || [POS.VERB, POS.AUX, POS.PUNCT, POS.ADP, POS.CCONJ].includes(t.pos[k]) || RELATIVES.has(t.lower[k]);
}

function isFreeRelativeNaming(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (!q.cue || !q.source || q.source.end > q.cue.start) return false;
  const verb = tokenAt(doc, q.cue.end - 1);
  if (ctx.lemma(verb) !== 'call' || t.pos[verb] !== POS.VERB) return false;
  const before = tokenAt(doc, q.source.start) - 1;
  return before >= 0 && t.lower[before] === 'what' && t.sent[before] === t.sent[verb];
}

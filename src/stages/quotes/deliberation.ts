/**
 * "The court considered the matter", "the ruling could decide the case", "she knows the gritty
 * specifics of health policy": a verb of deliberating or knowing with a plain object states no
 * belief anyone holds. It does with a clause ("knows there are people who …"), an infinitive
 * ("decided not to recommend charges") or a predicate after the object ("did not consider him
 * a realistic option", "what most people would consider appropriate conduct").
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

const DELIBERATING = new Set(['consider', 'decide', 'know']);
const OPENS = new Set(['that', 'whether', 'how', 'why', 'what', 'if', 'when', 'where', 'who', 'to', 'so', 'not']);
/** A word after the object that starts its predicate or a clause of its own. */
const PREDICATE = [POS.VERB, POS.AUX, POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.PRON, POS.NUM];

/** Drops belief quotes whose cue deliberates over or knows a plain object. */
export function withoutPlainDeliberation(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !isPlainDeliberation(ctx, q));
}

function isPlainDeliberation(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (q.rule !== 'quotes.indirect.belief' || !q.cue || !q.source || q.content.start < q.cue.end) return false;
  const v = tokenAt(doc, q.cue.end - 1);
  if (!DELIBERATING.has(ctx.lemma(v)) || t.pos[v] !== POS.VERB) return false;
  // "is considered a threat": a passive puts the predicate after the verb.
  if (/(ed|wn)$/.test(t.lower[v]) && [v - 1, v - 2].some((k) => k >= 0 && ctx.lemma(k) === 'be')) return false;
  // "what most people would consider …": the object stands before, the predicate after.
  const before = tokenAt(doc, q.source.start) - 1;
  if (before >= 0 && t.lower[before] === 'what') return false;
  const c = tokenAt(doc, q.content.start);
  const hi = doc.sentences![t.sent[c]].tokEnd;
  if (OPENS.has(t.lower[c]) || /^["“]$/.test(tokenText(doc, c))) return false;
  // "consider taking action": deliberating over a course of action.
  if (t.pos[c] === POS.VERB) return true;
  const object = ctx.phraseAt(c, hi);
  return object !== null && !(object.tokEnd < hi && PREDICATE.includes(t.pos[object.tokEnd]));
}

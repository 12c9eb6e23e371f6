/**
 * A gerund after "by" that takes a plain object describes how someone acted, not what they
 * said: "defined the areas by adding a few communities", "by comparing the number of …". It
 * reports speech when what follows is a clause or a quotation ("by announcing that …", "by
 * asking her, “…”") or when the verb is one of saying, naming or judging itself ("by saying he
 * would …", "by calling the plan a disaster").
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

/** "by" names the means; after "while" or "in" the gerund may well report ("while showing support for …"). */
const BEFORE = new Set(['by']);
/** Verbs of saying and naming, whose object is words: "by saying …", "by calling it …". */
const SAYING = new Set(['say', 'tell', 'argue', 'claim', 'insist', 'assert', 'state', 'declare', 'warn', 'note', 'call']);
const OPENS = new Set(['that', 'whether', 'how', 'why', 'what', 'if', 'when', 'where', 'who']);

/** Drops indirect quotes whose cue is a gerund of manner with a plain object. */
export function withoutMannerGerunds(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !isMannerGerund(ctx, q));
}

/** True for an indirect quote whose cue is a gerund of manner with a plain object. */
export function isMannerGerund(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (q.kind !== 'indirect' || !q.cue || q.rule !== 'quotes.indirect.said-that') return false;
  const first = tokenAt(doc, q.cue.start);
  let v = first;
  if (t.pos[v] === POS.ADV) v++;
  // One gerund, no particle: "calling for …" names its act of speech.
  if (t.end[v] !== q.cue.end || !/ing$/.test(t.lower[v]) || SAYING.has(ctx.lemma(v))) return false;
  // "by calling him a liar", "by praising the mayor": judging or addressing someone is itself a report.
  if (ctx.rules.objectVerbs.has(ctx.lemma(v))) return false;
  if (first === 0 || !BEFORE.has(t.lower[first - 1])) return false;
  const c = tokenAt(doc, q.content.start);
  // "by asking her, “…”": a quotation right after the addressee.
  const quoted = [c, c + 1, c + 2].some((k) => k < t.count && /^["“]$/.test(tokenText(doc, k)));
  return !OPENS.has(t.lower[c]) && !quoted;
}

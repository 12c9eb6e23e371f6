/**
 * Checks on the source the syntax helpers propose for a verb trigger. The nearest actor
 * that heads a finite verb is not the trigger's subject when the trigger has a subject of
 * its own that is no actor ("Fernández said the law has condemned ..."), modifies a noun
 * ("a deal establishing relations"), follows a colon ("wrote: the years of his life,
 * committed to ..."), or when the actor only says where the subject is ("ministers in
 * Cairo denounced").
 */
import type { Mention } from '../../doc/types.js';
import { isCapitalised, isQuoteToken, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { NEGATORS, type Clause } from '../../nlp/syntax.js';

const coveredBy = (ctx: Clause, k: number) => ctx.actors.some((m) => m.tokStart <= k && k < m.tokEnd);
const isCommonNoun = (ctx: Clause, k: number) => ctx.doc.tokens!.pos[k] === POS.NOUN && !isCapitalised(ctx.doc, k);

/**
 * True when the noun phrase ending at token `last` holds no actor and stands as a subject:
 * "the new law", not "Israeli tanks", nor the object in "along with its allies".
 */
function isPlainNounPhrase(ctx: Clause, last: number): boolean {
  const t = ctx.doc.tokens!;
  let k = last;
  while (k >= ctx.lo && last - k < 8) {
    if (coveredBy(ctx, k)) return false;
    const inPhrase = isCommonNoun(ctx, k) || t.pos[k] === POS.ADJ || t.pos[k] === POS.NUM || (t.pos[k] === POS.CCONJ && isCommonNoun(ctx, k + 1));
    if (!inPhrase) break;
    k--;
  }
  if (k >= ctx.lo && (t.pos[k] === POS.DET || POSSESSIVE_PRONOUNS.has(t.lemma[k]))) k--;
  // A preposition, a bracket, an owner or a name before the phrase makes it part of a larger one.
  return k < ctx.lo || !(t.pos[k] === POS.ADP || t.pos[k] === POS.PROPN || coveredBy(ctx, k) || /^[)'’]/.test(tokenText(ctx.doc, k)));
}

const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time']);

/** The trigger's own subject is a noun phrase without an actor, or the trigger modifies such a noun. */
function hasPlainSubject(ctx: Clause, i: number): boolean {
  const t = ctx.doc.tokens!;
  // "a deal establishing diplomatic relations": an -ing verb right after a noun describes that noun.
  // Not after a time noun: "started the month visiting Kenosha".
  if (t.pos[i] === POS.VERB && /ing$/.test(tokenText(ctx.doc, i)) && i > ctx.lo && isCommonNoun(ctx, i - 1)) return !TIME_NOUNS.has(t.lemma[i - 1]) && isPlainNounPhrase(ctx, i - 1);
  let k = i - 1;
  // "the law has \"condemned": a quotation mark may open inside the verb chain.
  while (k >= ctx.lo && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX || NEGATORS.has(t.lemma[k]) || isQuoteToken(ctx.doc, k))) k--;
  if (k >= ctx.lo && t.pos[k] === POS.CCONJ) return hasThingSubject(ctx, k);
  // "the law has condemned": a common noun right before the verb chain is its subject.
  return k >= ctx.lo && isCommonNoun(ctx, k) && isPlainNounPhrase(ctx, k);
}

/**
 * "confirmed it has infected 200 people and killed three": a verb coordinated after "and"
 * shares the subject of the verb before it, here a pronoun that is no actor.
 */
function hasThingSubject(ctx: Clause, and: number): boolean {
  const t = ctx.doc.tokens!;
  for (let v = and - 1; v >= ctx.lo && and - v <= 12; v--) {
    if (t.pos[v] === POS.PUNCT) return false;
    // The tagger reads some participles after "has" as adjectives: "has infected".
    if (t.pos[v] !== POS.VERB && !(t.pos[v] === POS.ADJ && v > ctx.lo && t.pos[v - 1] === POS.AUX)) continue;
    let k = v - 1;
    while (k >= ctx.lo && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX)) k--;
    return k >= ctx.lo && THING_PRONOUNS.has(t.lower[k]) && !coveredBy(ctx, k);
  }
  return false;
}

const THING_PRONOUNS = new Set(['it', 'this']);
/** Relatives a thing or event takes; "who" would point at people, whom a country may stand for. */
const THING_RELATIVES = new Set(['that', 'which']);

/** "ministers in Cairo": an actor after "in" that follows a common noun places that noun's referent. */
function isSetting(ctx: Clause, m: Mention): boolean {
  const t = ctx.doc.tokens!;
  let k = m.tokStart - 1;
  while (k > ctx.lo && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ)) k--;
  // A country there is the group's own ("opposition groups in Zimbabwe"); a city, even a
  // capital that stands for its country elsewhere, is only where the group met.
  const kind = ctx.doc.entities![m.entity].kind;
  const city = kind === 'location' || (kind === 'country' && m.rule.endsWith('.capital'));
  // "the plane crash in Russia that killed him": a relative right after the country
  // attaches to the unnamed noun before "in", which did the deed.
  const relative = kind === 'country' && m.tokEnd < ctx.hi && THING_RELATIVES.has(t.lemma[m.tokEnd]) && t.pos[m.tokEnd] !== POS.SCONJ;
  return (city || relative) && k > ctx.lo && t.lemma[k] === 'in' && isCommonNoun(ctx, k - 1) && !coveredBy(ctx, k - 1);
}

/** True when `source`, proposed as the subject of the verb at `i`, cannot be it. */
export function isNotSubjectOf(ctx: Clause, source: Mention, i: number): boolean {
  if (source.tokEnd > i) return false;
  for (let k = source.tokEnd; k < i; k++) if (tokenText(ctx.doc, k) === ':' || tokenText(ctx.doc, k) === ';') return true;
  return hasPlainSubject(ctx, i) || isSetting(ctx, source);
}

/**
 * Phrases around a cue that lead to the actor or verb it belongs to: a name restating a noun
 * phrase after a comma or dash, and the verb an adverbial "in support of" phrase qualifies.
 */
import type { Mention } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { isPossessiveMark, startingAt } from './mentions.js';
import type { CompiledSentiment } from './toward.js';


/**
 * "by the US regulatory agency, the SEC": an actor only modifying the agent noun gives way to
 * the name restating the phrase.
 */
export function restated(c: Clause, m: Mention | null, lex: CompiledSentiment): Mention | null {
  const t = c.doc.tokens!;
  const k = m ? m.tokEnd : -1;
  const qualifies = m !== null && (t.pos[k] === POS.NOUN || t.pos[k] === POS.ADJ) && !isCapitalised(c.doc, k) && !lex.heads.has(t.lemma[k]);
  return qualifies ? appositiveObject(c, k) ?? m : m;
}

/**
 * "accused his predecessor, Barack Obama" (or "– Barack Obama"), "charged the couple's
 * 17-year-old son, Leo Smith": a plain noun phrase the name after a comma restates.
 */
export function appositiveObject(c: Clause, from: number): Mention | null {
  const t = c.doc.tokens!;
  // A hyphenated compound ("17-year-old") is one modifier: a hyphen touching both neighbours joins them.
  const hyphen = (k: number) => tokenText(c.doc, k) === '-' && t.end[k - 1] === t.start[k] && t.end[k] === t.start[k + 1];
  const compound = (k: number) => t.pos[k] === POS.NUM && hyphen(k + 1);
  let k = from;
  let words = 0;
  while (k < c.hi && words < 6 && (POSSESSIVE_PRONOUNS.has(t.lemma[k]) || (!startingAt(c, k) && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || compound(k) || hyphen(k) ||
    (t.pos[k] === POS.NOUN && !isCapitalised(c.doc, k)) || isPossessiveMark(c, k))))) {
    if (!hyphen(k) && !hyphen(k - 1)) words++;
    k++;
  }
  const named = k > from && (t.pos[k - 1] === POS.NOUN || t.pos[k - 1] === POS.ADJ) && [',', '-', '–', '—'].includes(tokenText(c.doc, k)) ? startingAt(c, k + 1) ?? (t.lemma[k + 1] === 'the' ? startingAt(c, k + 2) : null) : null;
  return named && named.kind !== 'pronoun' ? named : null;
}

/**
 * "assailed Justice Ann Smith of the Supreme Court": a name the text does not resolve,
 * followed by "of" and an actor, is that actor's member; the actor stands for the object.
 */
export function unnamedMemberOf(c: Clause, from: number): Mention | null {
  const t = c.doc.tokens!;
  let k = from;
  if (t.pos[k] === POS.DET) k++;
  // A capitalised title may open the name: "Justice", "Senator".
  const titled = t.pos[k] === POS.NOUN && isCapitalised(c.doc, k);
  if (titled) k++;
  const first = k;
  while (k < c.hi && k - first < 4 && t.pos[k] === POS.PROPN && isCapitalised(c.doc, k) && !c.actors.some((m) => m.tokStart <= k && k < m.tokEnd)) k++;
  if (k - first < (titled ? 1 : 2) || t.lemma[k] !== 'of') return null;
  const org = startingAt(c, k + 1) ?? (t.lemma[k + 1] === 'the' ? startingAt(c, k + 2) : null);
  return org && org.kind !== 'pronoun' ? org : null;
}

/**
 * "held a rally in support of Y", "came out in support of Y": the verb before the object or
 * particle that an "in" phrase at token k follows.
 */
export function adverbialVerb(c: Clause, k: number): number | null {
  const t = c.doc.tokens!;
  if (t.lemma[k] !== 'in') return null;
  if ((t.pos[k - 1] === POS.ADP || t.pos[k - 1] === POS.ADV) && t.pos[k - 2] === POS.VERB && k - 2 >= c.lo) return k - 2;
  if (t.pos[k - 1] !== POS.NOUN) return null;
  let v = k - 1;
  while (v > c.lo && k - v <= 4 && (t.pos[v] === POS.NOUN || t.pos[v] === POS.ADJ || t.pos[v] === POS.DET)) v--;
  return t.pos[v] === POS.VERB ? v : null;
}


/** Verbs whose object may take a title as its complement: "appointed Y ambassador". */
const INSTALL = new Set(['appoint', 'nominate', 'elect', 'promote', 'hire']);

/**
 * "appointed Y ambassador to France", "elected Y party leader": the name before the title is the
 * object of the verb at token i, not a modifier of the title ("appointed Clinton aide Z" names Z).
 */
export function complementedObject(c: Clause, i: number, from: number): Mention | null {
  const t = c.doc.tokens!;
  const m = INSTALL.has(t.lemma[i]) ? startingAt(c, from) : null;
  if (!m || m.kind === 'pronoun') return null;
  let k = m.tokEnd;
  while (k < c.hi && k - m.tokEnd < 3 && (t.pos[k] === POS.NOUN || t.pos[k] === POS.ADJ) && !isCapitalised(c.doc, k)) k++;
  return k > m.tokEnd && !(t.pos[k] === POS.PROPN && isCapitalised(c.doc, k)) ? m : null;
}

/** Participles of change that describe a noun rather than take it as object: "growing support". */
const GRADUAL = new Set(['growing', 'mounting', 'increasing', 'rising', 'waning', 'dwindling', 'declining', 'diminishing', 'fading', 'flagging',
  'shrinking', 'widening', 'deepening', 'unwavering', 'overwhelming', 'continuing', 'lasting', 'sweeping', 'surging']);

/** "and growing support for Y": the participle at token k modifies the noun after it. */
export const isGradual = (c: Clause, k: number) => GRADUAL.has(c.doc.tokens!.lower[k]);

/** The token after a word introducing members of a group at token k ("including", "such as", "like"), else k. */
export function memberAfter(c: Clause, k: number): number {
  const t = c.doc.tokens!;
  if (t.lemma[k] === 'such' && t.lemma[k + 1] === 'as') return k + 2;
  return ['include', 'including', 'like', 'notably', 'especially'].includes(t.lemma[k]) ? k + 1 : k;
}

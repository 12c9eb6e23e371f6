/**
 * Phrases around a cue that lead to the actor or verb it belongs to: a name restating a noun
 * phrase after a comma or dash, and the verb an adverbial "in support of" phrase qualifies.
 */
import type { Mention } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { isPossessiveMark, startingAt } from './mentions.js';
import type { CompiledSentiment } from './toward.js';

const OWNERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

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

/** "accused his predecessor, Barack Obama" (or "– Barack Obama"): a plain noun phrase the name after a comma restates. */
export function appositiveObject(c: Clause, from: number): Mention | null {
  const t = c.doc.tokens!;
  let k = from;
  while (k < c.hi && k - from < 6 && (OWNERS.has(t.lemma[k]) || (!startingAt(c, k) && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || (t.pos[k] === POS.NOUN && !isCapitalised(c.doc, k)) || isPossessiveMark(c, k))))) k++;
  const named = k > from && (t.pos[k - 1] === POS.NOUN || t.pos[k - 1] === POS.ADJ) && [',', '-', '–', '—'].includes(tokenText(c.doc, k)) ? startingAt(c, k + 1) ?? (t.lemma[k + 1] === 'the' ? startingAt(c, k + 2) : null) : null;
  return named && named.kind !== 'pronoun' ? named : null;
}

/** "held a rally in support of Y": the verb before the object that an "in" phrase at token k follows. */
export function adverbialVerb(c: Clause, k: number): number | null {
  const t = c.doc.tokens!;
  if (t.lemma[k] !== 'in' || t.pos[k - 1] !== POS.NOUN) return null;
  let v = k - 1;
  while (v > c.lo && k - v <= 4 && (t.pos[v] === POS.NOUN || t.pos[v] === POS.ADJ || t.pos[v] === POS.DET)) v--;
  return t.pos[v] === POS.VERB ? v : null;
}


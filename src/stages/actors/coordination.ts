/**
 * Coordinated subjects as antecedents of "they"/"their": "Mara and other owners said that they
 * …", "Russia and China raised their concerns". A coordination is plural whatever its
 * conjuncts, so a plural pronoun bound to it names the group; one mention names one entity, so
 * it names the group's first actor, who shares in whatever the group does.
 */
import type { Mention } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { isVerbal, POS, tokenText } from '../../nlp/tokens.js';

/** Parts of speech a noun phrase and its conjunctions are made of. */
const PHRASE = new Set([POS.NOUN, POS.PROPN, POS.ADJ, POS.DET, POS.NUM, POS.PART, POS.CCONJ, POS.PRON]);
/** Words before a verb that leave its subject in place: "have also", "did not". */
const VERB_GROUP = new Set([POS.ADV, POS.AUX, POS.PART]);

/**
 * The first actor of a coordinated noun phrase ("A and B", "A, B and other leaders") that is
 * the subject of the verb at token `verb`, or null when that subject is no such phrase.
 * @example "Still, Mara and many other owners said that …" with verb "said" → the mention of Mara.
 */
export function coordinatedSubject(c: Clause, actors: readonly Mention[], verb: number): Mention | null {
  const doc = c.doc;
  const t = doc.tokens!;
  let end = verb;
  while (end - 1 > c.lo && VERB_GROUP.has(t.pos[end - 1]) && t.lower[end - 1] !== "'s") end--;
  const inside = (k: number) => actors.find((m) => m.tokStart <= k && m.tokEnd > k);
  let lo = end;
  let and = -1;
  while (lo - 1 >= c.lo) {
    const k = lo - 1;
    const m = inside(k);
    if (m) {
      lo = m.tokStart;
      continue;
    }
    const comma = tokenText(doc, k) === ',';
    if (!PHRASE.has(t.pos[k]) && !comma) break;
    // Only a personal pronoun or a possessive joins a phrase: "both he and Myler", "America's allies"; "who", "that" end it.
    if (t.pos[k] === POS.PRON && !PHRASE_PRONOUNS.has(t.lower[k])) break;
    if (t.pos[k] === POS.CCONJ && t.lower[k] !== 'and' && t.lower[k] !== 'both') break;
    if (t.lower[k] === 'and') and = k;
    lo = k;
  }
  // A comma opening the span is the end of a phrase before it ("Still, Mara and …"), no conjunct.
  while (lo < end && tokenText(doc, lo) === ',') lo++;
  if (and <= lo || and >= end - 1) return null;
  // "the leaders of France and Germany": a phrase after a preposition is its object, not the subject.
  if (lo > c.lo && t.pos[lo - 1] === POS.ADP) return null;
  return actors.find((m) => m.tokStart >= lo && m.tokEnd <= and) ?? null;
}

const PHRASE_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The first verb of the clause from token `from` on: the one a coordinated subject opening it governs. */
export function firstVerb(c: Clause, from: number, before: number): number {
  const t = c.doc.tokens!;
  for (let k = from; k < before; k++) if (isVerbal(t, k)) return k;
  return -1;
}

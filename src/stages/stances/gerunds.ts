/**
 * Verb forms the tagger reads as nouns or adjectives: gerunds ("bragging about voting for Y")
 * and finite verbs right after their subject's name ("Smith thanks Y", "Smith reconciled with Y").
 */
import type { Doc } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { endingAt, startingAt } from './mentions.js';

const NOMINAL_BEFORE = new Set([POS.DET, POS.ADJ, POS.NUM, POS.NOUN]);

/**
 * The verb lemma of the noun-tagged gerund at token i when `isVerb` accepts it ("voting" →
 * "vote", "bragging" → "brag"), else null. "the voting", "early voting", "his backing",
 * "car bombing" and "the bombing of" stay nouns.
 * @example nounGerund(doc, i, (v) => v === 'vote') // "vote" for "about voting for Y"
 */
export function nounGerund(doc: Doc, i: number, isVerb: (lemma: string) => boolean): string | null {
  const t = doc.tokens!;
  const w = t.lower[i];
  if (t.pos[i] !== POS.NOUN || !/^[a-z]{3,}ing$/.test(w)) return null;
  if (i > 0 && (NOMINAL_BEFORE.has(t.pos[i - 1]) || POSSESSIVE_PRONOUNS.has(t.lower[i - 1]) || /^['’]s?$/.test(tokenText(doc, i - 1)))) return null;
  if (t.lemma[i + 1] === 'of') return null;
  // "voting" → "vote", "bragging" → "brag".
  return suffixedForms(w.slice(0, -3)).find(isVerb) ?? null;
}

/**
 * The verb lemma of the word at token i tagged as a noun or adjective between a name and its
 * object or preposition, when `isVerb` accepts it: "Smith thanks Y" → "thank", "Smith
 * reconciled with Y" → "reconcile".
 */
export function nounVerbForm(c: Clause, i: number, isVerb: (lemma: string) => boolean): string | null {
  const t = c.doc.tokens!;
  const w = t.lower[i];
  if ((t.pos[i] !== POS.NOUN && t.pos[i] !== POS.ADJ) || !/^[a-z]{3,}(s|ed)$/.test(w)) return null;
  const subject = endingAt(c, i);
  if (!subject || subject.kind === 'pronoun' || !(startingAt(c, i + 1) || t.pos[i + 1] === POS.ADP)) return null;
  const stem = w.endsWith('ed') ? w.slice(0, -2) : w.slice(0, -1);
  const forms = w.endsWith('ed') ? [...suffixedForms(stem), ...(stem.endsWith('i') ? [`${stem.slice(0, -1)}y`] : [])]
    : [stem, ...(stem.endsWith('e') ? [stem.slice(0, -1)] : [])];
  return forms.find(isVerb) ?? null;
}

/** Lemmas a stem left by "-ing" or "-ed" may have: "vot" → "vote", "bragg" → "brag". */
function suffixedForms(stem: string): string[] {
  return [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
}

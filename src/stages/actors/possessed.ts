/**
 * What a possessive says about its owner: only people have wives, lawyers or careers, so an
 * unknown one-word name before "'s attorney" or "’s mother" is a person's ("Kesha's lawyer").
 */
import type { Doc } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';

/** Nouns whose owner is a person: kin, partners, counsel, a person's own life and work. */
const PERSONAL_HEADS = new Set([
  'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'parent', 'child', 'family', 'widow', 'widower',
  'boyfriend', 'girlfriend', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'spouse', 'partner', 'uncle', 'aunt', 'cousin', 'nephew', 'niece',
  'grandmother', 'grandfather', 'mom', 'dad', 'attorney', 'lawyer', 'manager', 'agent', 'publicist', 'bodyguard', 'career', 'death',
  'birthday', 'funeral', 'memoir', 'biography', 'album', 'marriage', 'divorce', 'childhood',
]);

/** True when tokens [b, …) are a possessive ending (straight or curly) and a noun only people own: "Kesha ’s attorney". */
export function isOwnedByPerson(doc: Doc, b: number, hi: number): boolean {
  const t = doc.tokens!;
  if (b + 1 >= hi || t.pos[b] !== POS.PART || !/^['’]s?$/.test(tokenText(doc, b))) return false;
  // "Kesha's estranged producer": adjectives may come between.
  let k = b + 1;
  while (k < hi - 1 && t.pos[k] === POS.ADJ) k++;
  return t.pos[k] === POS.NOUN && PERSONAL_HEADS.has(t.lemma[k]);
}

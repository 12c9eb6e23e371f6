/**
 * Holders placed after their verb by inversion: "Among the groups which condemned Y was X",
 * where the relative clause belongs to a plural noun that X is named as one of.
 */
import type { Mention } from '../../doc/types.js';
import { firstAfter, type Clause } from '../../nlp/syntax.js';
import { POS } from '../../nlp/tokens.js';
import { startingAt } from './mentions.js';

/** "Among the groups which condemned Y was X": X holds the verb at token i (of n words) toward Y. */
export function amongRoles(c: Clause, i: number, n: number): { holder: Mention; target: Mention; rule: string } | null {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k > c.lo && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX)) k--;
  if (!['who', 'which', 'that'].includes(t.lemma[k]) || t.pos[k - 1] !== POS.NOUN) return null;
  // "Among the (first) groups": the noun before the pronoun, opened by "among".
  let open = k - 1;
  while (open > c.lo && k - open <= 4 && t.lemma[open] !== 'among') open--;
  if (t.lemma[open] !== 'among') return null;
  // The object names Y outright, and the inverted "was X" follows it: "condemned Y was X".
  const target = startingAt(c, i + n) ?? (t.pos[i + n] === POS.DET ? startingAt(c, i + n + 1) : null);
  const be = target ? target.tokEnd : -1;
  if (!target || t.lemma[be] !== 'be') return null;
  const holder = firstAfter(c, be + 1, 6);
  return holder ? { holder, target, rule: 'verb.among' } : null;
}

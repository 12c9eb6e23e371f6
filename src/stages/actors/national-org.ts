/**
 * An organisation the data does not hold whose name opens with a nationality ("the Nigerian
 * Union of Teachers", "the Ruritanian Workers Party") belongs to that country: CAMEO codes
 * such bodies by the country when no finer code is known.
 */
import type { Doc } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { classifyName } from './names.js';
import type { EntityTable } from './resolve.js';
import type { Atom } from './scan.js';

/**
 * Records the organisation named from `start` (the word after the nationality at `a`) and
 * returns where its name ends, or -1 when no organisation name follows. The name runs over
 * capitalised words and "of"/"for" joining capitalised words; an atom inside stops it.
 */
export function nationalOrganisation(doc: Doc, kb: KnowledgeBase, table: EntityTable, country: string, a: number, start: number,
  hi: number, atomAt: ReadonlyMap<number, Atom>): number {
  const t = doc.tokens!;
  // After "of" a group noun belongs to the name: "Union of Farmers".
  const isWord = (k: number, member: boolean) => k < hi && (!atomAt.has(k) || (member && atomAt.get(k)!.refs.every((r) => r.kind === 'group'))) &&
    (t.pos[k] === POS.PROPN || t.pos[k] === POS.NOUN) && isCapitalised(doc, k) && /^\p{Lu}[\p{L}'’-]*$/u.test(tokenText(doc, k));
  let end = start;
  let member = false;
  while (end - start < 6) {
    if (isWord(end, member)) end++;
    else if (end > start && (t.lemma[end] === 'of' || t.lemma[end] === 'for') && isWord(end + 1, true)) {
      end += 2;
      member = true;
    }
    else break;
  }
  if (end === start) return -1;
  const words = doc.text.slice(t.start[start], t.end[end - 1]).split(/\s+/);
  if (classifyName(words, null, kb.names) !== 'organization') return -1;
  const name = doc.text.slice(t.start[a], t.end[end - 1]);
  const idx = table.entity(`national-org:${name.toLowerCase()}`, () => ({ name, kind: 'organization', actor: country }));
  table.mention(a, end, 'name', idx, 'actors.national-organisation');
  // "the Nigerian Union of Teachers (NUT) announced": the abbreviation in brackets names it too.
  if (end + 2 < hi && tokenText(doc, end) === '(' && tokenText(doc, end + 2) === ')' && /^\p{Lu}{2,}$/u.test(tokenText(doc, end + 1))) {
    table.mention(end + 1, end + 2, 'name', idx, 'actors.national-organisation');
    return end + 2;
  }
  return end;
}

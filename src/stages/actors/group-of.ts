/**
 * A group named by the country after it: "the ambassadors of Gondor", "soldiers from Gondor",
 * "lawmakers in France" are that country's group (GONGOV, GONMIL, FRALEG), and a list after
 * it names the group of each: "the ambassadors of Arnor, Gondor and Rohan".
 */
import type { Doc } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import type { EntityTable } from './resolve.js';
import { refOf, type Atom } from './scan.js';

/**
 * Groups that belong where they are: "lawmakers in France" are French, but "peacekeepers in
 * Haiti", "diplomats in Moscow" or "refugees in Chad" are often foreign.
 */
const LOCAL_SECTORS = new Set(['GOV', 'LEG', 'COP', 'JUD', 'OPP', 'PTY', 'CVL', 'LAB', 'EDU', 'BUS', 'REB', 'ELI']);

const countryOf = (a: Atom | undefined) => refOf(a, 'country');

/** After these verbs "in" names where a group is sent, not whose it is: "deploy troops in Haiti". */
const DEPLOYMENT_VERBS = new Set(['deploy', 'send', 'station', 'dispatch', 'post', 'base', 'keep', 'maintain', 'position']);

/**
 * Codes the group word `head` (sector `sector`) with the country after "of", "in" or "from";
 * returns the token after the last country, or -1 when no country follows. A determined group
 * is only located "in" or "from" there: "its troops in Syria", "some forces from Panama"; "in"
 * makes only a local group that country's, and never a group sent there ("deploy police in Haiti").
 */
export function groupOfCountry(doc: Doc, kb: KnowledgeBase, table: EntityTable, atoms: Atom[], head: Atom, sector: string): number {
  const t = doc.tokens!;
  const prep = t.lemma[head.tokEnd];
  const bare = head.tokStart === 0 || ![POS.DET, POS.PRON, POS.ADJ, POS.NOUN, POS.NUM, POS.PROPN].includes(t.pos[head.tokStart - 1]);
  if (prep !== 'of' && !(bare && (prep === 'from' || (prep === 'in' && LOCAL_SECTORS.has(sector))))) return -1;
  if (prep === 'in' && head.tokStart > 0 && DEPLOYMENT_VERBS.has(t.lemma[head.tokStart - 1])) return -1;
  const at = t.lemma[head.tokEnd + 1] === 'the' ? head.tokEnd + 2 : head.tokEnd + 1;
  const place = atoms.find((a) => a.tokStart === at);
  const of = countryOf(place);
  if (!of || !place) return -1;
  const words = doc.text.slice(t.start[head.tokStart], t.end[head.tokEnd - 1]);
  const groupOf = (code: string) => table.entity(`group:${code}:${sector}`, () => ({
    name: `${words} ${prep} ${kb.countries.get(code)?.name ?? code}`, kind: 'group', actor: code + sector,
  }));
  // Not a name: CoNLL-style scoring leaves "the ambassadors of Gondor" out.
  table.mention(head.tokStart, place.tokEnd, 'nominal', groupOf(of.id), 'actors.group.of-country');
  let end = place.tokEnd;
  for (;;) {
    let k = end;
    if (tokenText(doc, k) === ',') k++;
    if (t.lemma[k] === 'and') k++;
    const next = k > end ? atoms.find((a) => a.tokStart === k) : undefined;
    const also = countryOf(next);
    if (!next || !also) break;
    table.mention(next.tokStart, next.tokEnd, 'nominal', groupOf(also.id), 'actors.group.of-country');
    end = next.tokEnd;
  }
  return end;
}

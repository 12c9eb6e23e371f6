/**
 * Names that stand for more than one actor ("Congo", "Georgia", "Korea"): the article
 * decides. A careful reader uses the words around the name first ("Atlanta, Georgia",
 * "the state of Georgia"), then what else the article names without doubt (Tbilisi,
 * Kinshasa, Pyongyang); failing both, the data's first reading stands.
 */
import type { Doc } from '../../doc/types.js';
import type { GazRef } from '../../kb/index.js';
import { tokenText } from '../../nlp/tokens.js';
import type { Atom } from './scan.js';

const PLACE_KINDS = new Set<GazRef['kind']>(['country', 'capital', 'place', 'adjective', 'demonym']);
/** Words that make a name a subdivision of a country, not a country ("the state of Georgia"). */
const SUBDIVISION_WORDS = new Set(['state', 'governor', 'senator', 'legislature', 'county', 'province', 'statehouse']);

/** The countries each atom could stand for. */
function countriesOf(a: Atom): Set<string> {
  return new Set(a.refs.filter((r) => PLACE_KINDS.has(r.kind)).map((r) => r.id));
}

/**
 * Puts first, in every atom that could stand for several countries, the reading the article
 * supports, and drops the other countries' readings.
 */
export function settleAmbiguousNames(doc: Doc, sentences: Atom[][]): void {
  const sure = new Set<string>();
  for (const atoms of sentences) {
    for (const a of atoms) {
      const c = countriesOf(a);
      if (c.size === 1 && !a.refs.some((r) => r.contextual)) sure.add([...c][0]);
    }
  }
  for (const atoms of sentences) {
    for (const [k, a] of atoms.entries()) {
      if (countriesOf(a).size < 2) continue;
      const local = localCountry(doc, atoms, k);
      const subdivision = nearSubdivisionWord(doc, a);
      const score = (r: GazRef) => (PLACE_KINDS.has(r.kind) ? (r.id === local ? 4 : 0) + (subdivision && r.kind === 'place' ? 2 : 0) + (sure.has(r.id) ? 1 : 0) : 0);
      // A stable sort: equal scores keep the data's order, which is the default reading.
      const ranked = [...a.refs].sort((x, y) => score(y) - score(x));
      const winner = ranked.find((r) => PLACE_KINDS.has(r.kind))!.id;
      a.refs = ranked.filter((r) => !PLACE_KINDS.has(r.kind) || r.id === winner);
    }
  }
}

/** "Atlanta, Georgia": a place just before, after a comma, tells whose the name is. */
function localCountry(doc: Doc, atoms: Atom[], k: number): string | null {
  const prev = atoms[k - 1];
  if (!prev || prev.tokEnd !== atoms[k].tokStart - 1 || tokenText(doc, prev.tokEnd) !== ',') return null;
  const c = countriesOf(prev);
  return c.size === 1 && prev.refs.some((r) => r.kind === 'place' || r.kind === 'capital') ? [...c][0] : null;
}

/** "the state of Georgia", "Georgia state senator", "the governor of Georgia". */
function nearSubdivisionWord(doc: Doc, a: Atom): boolean {
  const t = doc.tokens!;
  const word = (i: number) => (i >= 0 && i < t.lemma.length ? t.lemma[i] : '');
  if (SUBDIVISION_WORDS.has(word(a.tokEnd))) return true;
  return word(a.tokStart - 1) === 'of' && SUBDIVISION_WORDS.has(word(a.tokStart - 2));
}

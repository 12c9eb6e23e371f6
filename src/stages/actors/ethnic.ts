/**
 * "Ethnic Albanians in Macedonia", "ethnic Turks protested against Sweden's decision": an
 * ethnic group is a minority coded by the country it lives in (as CAMEO codes them), not by
 * the state its name comes from.
 */
import type { Doc } from '../../doc/types.js';
import type { Atom } from './scan.js';

/** True when the atom's name is said of an ethnic group ("ethnic Albanian guerrillas"). */
export function isEthnic(doc: Doc, a: Atom): boolean {
  return a.tokStart > 0 && doc.tokens!.lemma[a.tokStart - 1] === 'ethnic';
}

/**
 * The country an ethnic group named by `nation` lives in: the first other country the
 * sentence names after it, else the nearest one before it; null when the sentence names none.
 */
export function ethnicHome(atoms: readonly Atom[], at: Atom, nation: string): string | null {
  const countryOf = (a: Atom) => a.refs.find((r) => r.kind === 'country' || r.kind === 'capital' || r.kind === 'place')?.id;
  const others = atoms.filter((a) => a !== at && countryOf(a) && countryOf(a) !== nation);
  const after = others.find((a) => a.tokStart >= at.tokEnd);
  const before = others.filter((a) => a.tokEnd <= at.tokStart).at(-1);
  return (after ? countryOf(after) : before ? countryOf(before) : null) ?? null;
}

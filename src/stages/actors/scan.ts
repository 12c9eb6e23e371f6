/**
 * Gazetteer scan: finds the longest knowledge-base name starting at each token and turns
 * each sentence into a list of atoms (name, title, organ, group, adjective, ...).
 */
import type { Doc } from '../../doc/types.js';
import type { GazRef, KnowledgeBase } from '../../kb/index.js';
import { isCapitalised, POS, tokenEndingAt, tokenText } from '../../nlp/tokens.js';
import { strippedPossessives } from './stripped.js';

export interface Atom {
  tokStart: number;
  tokEnd: number;
  refs: GazRef[];
}

/** The atom's first reference of one of `kinds`. */
export const refOf = (a: Atom | undefined, ...kinds: GazRef['kind'][]) => a?.refs.find((r) => kinds.includes(r.kind));

/** True when a name that needs context stands next to another capitalised name (Michael Jordan). */
function inNameContext(doc: Doc, a: number, b: number, lo: number, hi: number): boolean {
  const t = doc.tokens!;
  const nameLike = (i: number) => i >= lo && i < hi && t.pos[i] === POS.PROPN && isCapitalised(doc, i);
  return nameLike(a - 1) || nameLike(b);
}

/**
 * The text with words in capitals written as names ("NEW YORK" as "New York"), same length,
 * so headlines and datelines match the gazetteer; the text itself when it has none.
 */
export function foldCapitals(text: string): string {
  return text.replace(/\p{Lu}{2,}(?![\p{Ll}.])/gu, (w) => {
    const folded = w[0] + w.slice(1).toLowerCase();
    return folded.length === w.length ? folded : w;
  });
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Scans tokens [lo, hi) of one sentence for knowledge-base names; `folded` is foldCapitals(doc.text). */
export function scanAtoms(doc: Doc, kb: KnowledgeBase, lo: number, hi: number, folded = doc.text): Atom[] {
  const t = doc.tokens!;
  const atoms: Atom[] = [];
  const stripped = strippedPossessives(doc, kb, lo, hi);
  let i = lo;
  while (i < hi) {
    let found: Atom | null = null;
    let entries = kb.match(doc.text, t.start[i]);
    // Acronyms match as written ("NATO"); other words in capitals as names ("U.S. OPEN").
    if (folded !== doc.text && (ALL_CAPS.test(tokenText(doc, i)) || (i + 1 < hi && ALL_CAPS.test(tokenText(doc, i + 1))))) {
      const asNames = kb.match(folded, t.start[i]);
      if (asNames.length > 0) entries = [...entries, ...asNames].sort((x, y) => y.text.length - x.text.length);
    }
    for (const entry of entries) {
      const j = tokenEndingAt(t, i, t.start[i] + entry.text.length, hi);
      if (j < 0) continue;
      let refs = entry.refs;
      // Acronyms ("US Predator drones") are not personal names, whatever stands beside them.
      const acronym = /^[A-Z.]+$/.test(entry.text);
      if (!acronym && refs.some((r) => r.contextual) && inNameContext(doc, i, j + 1, lo, hi)) refs = refs.filter((r) => !r.contextual);
      // Lower-case role and group words are only trusted for lower-case entries.
      if (refs.length === 0) continue;
      // "The Australian government" is not the newspaper The Australian: a paper named by a country
      // adjective, then an office or group word ("IRNA news agency" stays the agency).
      const has = (k: number, kinds: GazRef['kind'][]) => kb.match(doc.text, t.start[k]).some((e) => e.refs.some((r) => kinds.includes(r.kind)));
      if (refs.every((r) => r.kind === 'media') && j > i && j + 1 < hi && !isCapitalised(doc, j + 1) &&
        has(j, ['adjective', 'demonym']) && has(j + 1, ['group', 'title', 'organ'])) continue;
      found = { tokStart: i, tokEnd: j + 1, refs };
      break;
    }
    // "Saudi Arabias main foe" outruns the adjective "Saudi".
    const owner = stripped.get(i);
    if (owner && (!found || owner.tokEnd > found.tokEnd)) found = owner;
    if (found) {
      atoms.push(found);
      i = found.tokEnd;
    } else i++;
  }
  return atoms;
}

/** Capitalised name run starting at `i` (PROPN tokens, letters only), as [start, end). */
export function nameRun(doc: Doc, i: number, hi: number): [number, number] | null {
  const t = doc.tokens!;
  const isWord = (k: number) => (t.pos[k] === POS.PROPN || t.pos[k] === POS.NOUN) && /^\p{L}[\p{L}'’-]*$/u.test(tokenText(doc, k)) &&
    (isCapitalised(doc, k) || (k > i && NAME_PARTICLE.test(tokenText(doc, k))));
  // Initials stand inside a name, never at its end: "C. Lewis", "George W. Bush".
  const isNamePart = (k: number) => isWord(k) || (k + 1 < hi && /^\p{Lu}\.$/u.test(tokenText(doc, k)) && isWord(k + 1));
  let j = i;
  while (j < hi && j - i < 5 && isNamePart(j)) {
    j++;
    // The tokenizer splits "al-Maliki" at the hyphen.
    const attached = j + 1 < hi && tokenText(doc, j) === '-' && t.end[j - 1] === t.start[j] && t.end[j] === t.start[j + 1];
    if (attached && NAME_PARTICLE.test(tokenText(doc, j - 1)) && isNamePart(j + 1)) j++;
  }
  // "General Security of Military Information": a name followed by "of" is an institution.
  if (j === i || t.lemma[j] === 'of') return null;
  return [i, j];
}

/** Lower-case parts of personal names: "al-Maliki", "bin Salman", "van der Leyen". */
const NAME_PARTICLE = /^(al|el|bin|ibn|abu|van|von|der|de|da|di|du|la|le|dos|das)(-\p{L}+)?$/u;

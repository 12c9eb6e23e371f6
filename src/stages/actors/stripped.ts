/**
 * Possessives whose apostrophe was lost in scraping: "Chinas economic growth", "Qatars
 * announcement", "Saudi Arabias main foe". A known name plus "s" before a lower-case noun
 * phrase is the name's possessive, not a plural or another name.
 */
import type { Doc } from '../../doc/types.js';
import type { GazRef, KnowledgeBase } from '../../kb/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import type { Atom } from './scan.js';

/** Kinds of names that own things; adjectives, titles and group words pluralise instead ("Americans", "MPs"). */
const OWNERS = new Set<GazRef['kind']>(['country', 'capital', 'place', 'igo', 'media', 'person', 'organ']);

/** A capitalised word ending in a bare "s" before a lower-case noun or adjective: "Chinas economic". */
function isCandidate(doc: Doc, j: number, hi: number): boolean {
  const t = doc.tokens!;
  const word = tokenText(doc, j);
  if (j + 1 >= hi || word.length < 5 || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const next = j + 1;
  return (t.pos[next] === POS.NOUN || t.pos[next] === POS.ADJ) && /^\p{Ll}/u.test(tokenText(doc, next));
}

/**
 * Names written with a bare possessive "s" in tokens [lo, hi), keyed by their first token;
 * each atom ends after the "s" word.
 * @example strippedPossessives(doc, kb, 0, n) // "Chinas economic growth" → an atom for China over "Chinas"
 */
export function strippedPossessives(doc: Doc, kb: KnowledgeBase, lo: number, hi: number): Map<number, Atom> {
  const t = doc.tokens!;
  const out = new Map<number, Atom>();
  for (let j = lo; j < hi; j++) {
    if (!isCandidate(doc, j, hi)) continue;
    // The name ends before the final "s"; matching on the words up to there makes it a whole word.
    const end = t.end[j] - 1;
    for (let i = j; i >= lo && j - i < 4; i--) {
      // "the two Koreas", "the Americas": a determiner or a number before the name makes a plural.
      if (i > lo && (t.pos[i - 1] === POS.DET || t.pos[i - 1] === POS.NUM)) continue;
      const entry = kb.match(doc.text.slice(t.start[i], end), 0).find((e) => t.start[i] + e.text.length === end && !/^[A-Z.]+$/.test(e.text) &&
        e.refs.some((r) => OWNERS.has(r.kind) && !r.contextual));
      if (entry && isCapitalised(doc, i)) {
        out.set(i, { tokStart: i, tokEnd: j + 1, refs: entry.refs.filter((r) => !r.contextual) });
        break;
      }
    }
  }
  return out;
}

/**
 * Part-of-speech repairs the tagger gets wrong in news text and every later stage would trip on.
 * Each repair is local and looks only at the words around the token.
 */
import type { Sentence, Tokens } from '../doc/types.js';
import { POS } from './tokens.js';

/** Determiners that open a plural noun phrase, not a pronoun standing alone ("this helps make …"). */
const PLURAL_DETERMINERS = new Set(['the', 'these', 'those', 'some', 'many', 'several', 'few', 'both', 'most', 'all', 'such', 'other', 'no', 'their', 'our', 'its', 'his', 'her', 'my', 'your']);

/** Auxiliaries a plural subject takes: "analyses have found", not "has". */
const PLURAL_AUXILIARIES = new Set(['have', 'are', 'were', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must']);

/** Adjective endings, for a capitalised first word the tagger reads as a name: "Independent analyses …". */
const ADJECTIVE_ENDING = /(ent|ant|al|ive|ous|ic|ary|ble|ful|less|ern)$/;

/**
 * "Independent analyses agree …", "the analyses have found …": a word in -s read as a verb
 * between a modifier and the clause's verb is the plural noun heading the subject, since a
 * verb follows no determiner or adjective and a present verb in -s takes no bare verb after it.
 */
export function repairTags(tokens: Tokens, sentences: Sentence[]): void {
  const { pos, lower, lemma } = tokens;
  for (const s of sentences) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 1; k++) {
      if (pos[k] !== POS.VERB || !/[^s']s$/.test(lower[k])) continue;
      const p = k - 1;
      const modifier = pos[p] === POS.ADJ || pos[p] === POS.NUM || (pos[p] === POS.DET && PLURAL_DETERMINERS.has(lower[p]))
        || (p === s.tokStart && pos[p] === POS.PROPN && ADJECTIVE_ENDING.test(lower[p]));
      if (!modifier) continue;
      const n = k + 1;
      const plainVerb = pos[n] === POS.VERB && lower[n] === lemma[n] && !/(s|ed|ing)$/.test(lower[n]);
      if (plainVerb || (pos[n] === POS.AUX && PLURAL_AUXILIARIES.has(lower[n]))) pos[k] = POS.NOUN;
    }
    for (let k = s.tokStart + 1; k < s.tokEnd; k++) {
      if (inflectedAfterTo(tokens, k)) [pos[k - 1], pos[k]] = [POS.ADP, POS.NOUN];
      // "demands transparency, yet refuses to …": "yet" between a comma and a finite verb joins two predicates.
      if (lower[k] === 'yet' && lower[k - 1] === ',' && pos[k + 1] === POS.VERB && /[^s]s$|ed$/.test(lower[k + 1])) pos[k] = POS.CCONJ;
    }
  }
}

/**
 * "pointed to reports that …", "turned to talks": an infinitive takes the bare verb, so a word in
 * -s read as a verb after "to" is a plural noun and "to" its preposition.
 */
function inflectedAfterTo(tokens: Tokens, k: number): boolean {
  const { pos, lower, lemma } = tokens;
  return pos[k] === POS.VERB && lower[k - 1] === 'to' && lower[k] !== lemma[k] && /[^s']s$/.test(lower[k]);
}

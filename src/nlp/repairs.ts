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
    for (let k = s.tokStart + 1; k < s.tokEnd - 1; k++) {
      if (verbReadAsPlural(tokens, s.tokStart, k)) pos[k] = POS.VERB;
      // "doctors in 2015 sent a letter": an irregular past after a year, before its object, is the verb.
      const base = IRREGULAR_PAST.get(lower[k]);
      if (base && pos[k] === POS.NOUN && pos[k - 1] === POS.NUM && /^\d{4}$/.test(lower[k - 1]) && lower[k - 2] === 'in'
        && (pos[k + 1] === POS.DET || pos[k + 1] === POS.PRON || pos[k + 1] === POS.PROPN)) [pos[k], lemma[k]] = [POS.VERB, base];
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

/** Irregular past tenses of common verbs and their base forms. */
export const IRREGULAR_PAST = new Map([
  ['sent', 'send'], ['found', 'find'], ['told', 'tell'], ['wrote', 'write'], ['thought', 'think'], ['said', 'say'], ['made', 'make'],
  ['gave', 'give'], ['took', 'take'], ['brought', 'bring'], ['held', 'hold'], ['led', 'lead'], ['met', 'meet'], ['won', 'win'],
  ['lost', 'lose'], ['sought', 'seek'], ['spoke', 'speak'], ['began', 'begin'], ['left', 'leave'], ['struck', 'strike'], ['threw', 'throw'],
  ['drew', 'draw'], ['built', 'build'], ['paid', 'pay'], ['sold', 'sell'], ['kept', 'keep'], ['felt', 'feel'], ['heard', 'hear'],
  ['saw', 'see'], ['knew', 'know'], ['became', 'become'], ['came', 'come'], ['went', 'go'], ['ran', 'run'], ['got', 'get'],
  ['bought', 'buy'], ['taught', 'teach'], ['caught', 'catch'], ['fought', 'fight'], ['spent', 'spend'], ['stood', 'stand'],
  ['chose', 'choose'], ['broke', 'break'], ['swore', 'swear'], ['forbade', 'forbid'], ['withdrew', 'withdraw'],
]);

/** Closing quotation marks: a title in quotes ends a subject ("'13th' documents how …"). */
const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

/** Words that open a verb's object or clause and never continue a noun phrase. */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'how', 'why', 'whether']);

/**
 * "Trump questions the fairness …", "The woman disputes the idea …", "'13th' documents how …": a
 * plural noun right after the subject's head and before an article or an indirect question is the
 * clause's verb, since a noun phrase takes no article after its head. Only while the clause (since
 * its start or a comma) has no verb yet, so an object before a second object stays a noun ("gave
 * the diplomats the leverage").
 */
function verbReadAsPlural(tokens: Tokens, first: number, k: number): boolean {
  const { pos, lower, lemma } = tokens;
  if (pos[k] !== POS.NOUN || !/[^s']s$/.test(lower[k]) || lower[k] === lemma[k] || !OBJECT_OPENERS.has(lower[k + 1])) return false;
  if (pos[k - 1] !== POS.NOUN && pos[k - 1] !== POS.PROPN && !CLOSING_QUOTES.has(lower[k - 1])) return false;
  for (let j = k - 1; j >= first && lower[j] !== ','; j--) if (pos[j] === POS.VERB || pos[j] === POS.AUX || pos[j] === POS.ADP) return false;
  return true;
}


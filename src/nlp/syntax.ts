/**
 * Shallow syntax over tokens and actor mentions: who a verb is said of (its subject), the
 * first actor after a trigger in its clause, the possessor of a noun. Shared by the event
 * and stance stages.
 */
import type { Doc, Mention } from '../doc/types.js';
import { isVerbal, POS, POSSESSIVE_PRONOUNS, tokenText } from './tokens.js';

export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** One sentence's view: its token range and the mentions in it that resolve to an actor code. */
export interface Clause {
  doc: Doc;
  actors: Mention[];
  lo: number;
  hi: number;
}

/** Mentions with an actor code (or, with `named`, any resolved mention), grouped by sentence. */
export function actorMentionsBySentence(doc: Doc, named = false): Mention[][] {
  const t = doc.tokens!;
  const out: Mention[][] = doc.sentences!.map(() => []);
  for (const m of doc.mentions!) {
    if (m.entity >= 0 && (named || doc.entities![m.entity].actor)) out[t.sent[m.tokStart]].push(m);
  }
  return out;
}

export function isPossessivePronoun(c: Clause, m: Mention): boolean {
  return m.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(c.doc.tokens!.lemma[m.tokStart]);
}

const TIME_WORDS = /^(today|tonight|yesterday|tomorrow|now|(mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** Skips a time expression after the subject: "Serbia on Thursday flatly rejected". */
function skipTime(c: Clause, k: number): number {
  const t = c.doc.tokens!;
  let j = t.lemma[k] === 'on' ? k + 1 : k;
  if (j < c.hi && TIME_WORDS.test(tokenText(c.doc, j))) return j + 1;
  return k;
}

/**
 * True when the tokens right after the mention are a finite verb chain ("also spoke", "has
 * criticized"), allowing a time word ("today welcomed") and the head noun the actor
 * modifies ("Israeli helicopters and tanks shelled", "Hezbollah guerrillas killed").
 */
export function isSubject(c: Clause, m: Mention): boolean {
  const t = c.doc.tokens!;
  let k = m.tokEnd;
  // "The International Labor Office (ILO) reiterated": the abbreviation closes its bracket.
  if (k < c.hi && tokenText(c.doc, k) === ')') k++;
  // "The Homeland Union (Conservatives) began": a short gloss in brackets after the name.
  else if (k < c.hi && tokenText(c.doc, k) === '(') {
    const close = [2, 3, 4].map((n) => k + n).find((n) => n < c.hi && tokenText(c.doc, n) === ')');
    if (close !== undefined) k = close + 1;
  }
  // "Washington along with its allies demanded": the companions are not the verb.
  if (k + 1 < c.hi && (t.lemma[k] === 'along' || t.lemma[k] === 'together') && t.lemma[k + 1] === 'with') {
    let j = k + 2;
    while (j < c.hi && j - k < 8 && !isVerbal(t, j) && tokenText(c.doc, j) !== ',') j++;
    if (j < c.hi && isVerbal(t, j)) k = j;
  }
  // "Algeria's leading human rights activist, staged", "Israel's army shelled": the owner
  // stands for the noun phrase it opens.
  if (k < c.hi && /^['’]s$/.test(tokenText(c.doc, k))) {
    let j = k + 1;
    // A participle here is an adjective: "Algeria's leading activist".
    const modifier = (q: number) => t.pos[q] === POS.ADJ || (t.pos[q] === POS.VERB && /ing$/.test(tokenText(c.doc, q)));
    while (j < c.hi && j - k <= 5 && (modifier(j) || (t.pos[j] === POS.NOUN && !isCapitalisedAt(c, j)))) j++;
    if (j === k + 1) return false;
    if (j + 1 < c.hi && tokenText(c.doc, j) === ',' && t.pos[j + 1] === POS.VERB) return true;
    k = j;
  }
  const nounStart = k;
  // The head may be a name itself: "Iraqi Kurds sought", "the Fatah Party have staged".
  if (k + 1 < c.hi && isCapitalisedAt(c, k) && (t.pos[k] === POS.PROPN || t.pos[k] === POS.NOUN) &&
    (isVerbal(t, k + 1) || (t.pos[k + 1] === POS.NOUN && !isCapitalisedAt(c, k + 1)))) k++;
  // "inspector general", "attorney general": an adjective after its noun still heads the phrase.
  const postpositive = (k: number) => k > nounStart && t.pos[k - 1] === POS.NOUN && POSTPOSITIVE.has(t.lower[k]);
  while (k < c.hi && k - nounStart < 4 && ((t.pos[k] === POS.NOUN && !isCapitalisedAt(c, k)) || postpositive(k) || (t.pos[k] === POS.CCONJ && t.pos[k + 1] === POS.NOUN && k > nounStart))) k++;
  // "Laurent Fabius and a group of deputies held talks": a plain noun phrase joined to the actor.
  if (k < c.hi && t.lemma[k] === 'and') {
    let j = k + 1;
    while (j < c.hi && j - k <= 6 && (t.pos[j] === POS.DET || t.pos[j] === POS.ADJ || t.pos[j] === POS.NUM || t.lemma[j] === 'of' || (t.pos[j] === POS.NOUN && !isCapitalisedAt(c, j)))) j++;
    // "… and other speakers emotionally attacked": adverbs may precede the verb.
    let v = j;
    while (v < c.hi && v - j < 2 && t.pos[v] === POS.ADV) v++;
    if (j > k + 1 && v < c.hi && t.pos[j - 1] === POS.NOUN && isVerbal(t, v)) k = j;
  }
  // "Nigerians from throughout the country were converging": a short plain prepositional
  // phrase (no name, no verb) may stand between the subject and its verb.
  if (k < c.hi && PLAIN_PP.has(t.lemma[k])) {
    let j = k + 1;
    while (j < c.hi && j - k <= 6 && [POS.DET, POS.ADJ, POS.NOUN, POS.ADP, POS.NUM].includes(t.pos[j]) && !isCapitalisedAt(c, j)) j++;
    if (j > k + 1 && t.pos[j - 1] === POS.NOUN && j < c.hi && (t.pos[j] === POS.AUX || t.pos[j] === POS.VERB)) k = j;
  }
  k = skipTime(c, k);
  if (k < c.hi && tokenText(c.doc, k) === ',') {
    // An apposition: "Wang Yi, China's foreign minister, said".
    let j = k + 1;
    while (j < c.hi && j - k < 14 && tokenText(c.doc, j) !== ',') j++;
    if (j < c.hi && j - k < 14) k = j + 1;
  }
  k = skipTime(c, k);
  let aux = false;
  for (; k < c.hi && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX || NEGATORS.has(t.lemma[k])); k++) if (t.pos[k] === POS.AUX) aux = true;
  if (k >= c.hi) return false;
  // "has been highly critical": an auxiliary, then adverbs, still makes a finite chain.
  if (k > m.tokEnd && aux) return true;
  return t.pos[k] === POS.VERB;
}

/** Adjectives that follow the title noun they qualify. */
const POSTPOSITIVE = new Set(['general', 'elect', 'designate']);

/** Prepositions of a phrase that may follow a subject before its verb. */
const PLAIN_PP = new Set(['from', 'in', 'across', 'throughout', 'around']);

function isCapitalisedAt(c: Clause, k: number): boolean {
  const ch = c.doc.text[c.doc.tokens!.start[k]];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** The nearest actor before token `before` that is the subject of a finite verb. */
export function findSubject(c: Clause, before: number): Mention | null {
  const t = c.doc.tokens!;
  const relative = relativeSubject(c, before);
  if (relative !== undefined) return relative;
  // A subject does not reach into a "that" clause from outside it, except for a verb
  // coordinated with the main clause ("denied that ..., and rejected ...").
  let floor = c.lo;
  let v = before - 1;
  while (v >= c.lo && (t.pos[v] === POS.ADV || t.pos[v] === POS.AUX)) v--;
  const coordinated = v >= c.lo && t.pos[v] === POS.CCONJ;
  for (let k = before - 1; k >= c.lo && !coordinated; k--) {
    if (t.lemma[k] === 'that' && t.pos[k] === POS.SCONJ) {
      floor = k;
      break;
    }
  }
  for (let k = c.actors.length - 1; k >= 0; k--) {
    const m = c.actors[k];
    if (m.tokEnd > before || isPossessivePronoun(c, m)) continue;
    if (m.tokStart < floor) break;
    if (isSubject(c, m)) return headOfPhrase(c, m, k);
  }
  return null;
}

const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * When the verb sits in a relative clause whose pronoun is its subject ("a resolution that
 * aims to tighten sanctions", "Israel, which has vowed to ..."), the subject is the
 * antecedent: the actor just before the pronoun, or null when it is no actor. Undefined when
 * the verb is not in such a clause.
 */
export function relativeSubject(c: Clause, before: number): Mention | null | undefined {
  const t = c.doc.tokens!;
  for (let k = before - 1; k >= c.lo && before - k <= 12; k--) {
    if (t.pos[k] === POS.PUNCT || (t.lemma[k] === 'that' && t.pos[k] === POS.SCONJ)) return undefined;
    if (!RELATIVES.has(t.lemma[k]) || t.pos[k] !== POS.PRON) continue;
    if (k + 1 >= c.hi || !(isVerbal(t, k + 1) || t.pos[k + 1] === POS.ADV)) return undefined;
    const end = k > c.lo && tokenText(c.doc, k - 1) === ',' ? k - 1 : k;
    return c.actors.find((m) => m.tokEnd === end && !isPossessivePronoun(c, m)) ?? null;
  }
  return undefined;
}

/** Prepositions whose phrase may modify a subject noun ("settlers in Hebron", "sides of the island"). */
const MODIFIER_PREPOSITIONS = new Set(['of', 'in', 'from']);

/**
 * "The Turkish and Greek sides of the island of Cyprus have agreed", "settlers in the West
 * Bank city of Hebron set fire": an actor inside an "of"/"in"/"from" phrase modifies the
 * subject; an actor earlier in the same noun phrase is its head (phrases may nest).
 */
function headOfPhrase(c: Clause, m: Mention, k: number): Mention {
  const t = c.doc.tokens!;
  let j = m.tokStart - 1;
  while (j >= c.lo && (t.pos[j] === POS.DET || t.pos[j] === POS.ADJ)) j--;
  if (j < c.lo || !MODIFIER_PREPOSITIONS.has(t.lemma[j])) return m;
  for (let p = k - 1; p >= 0; p--) {
    const head = c.actors[p];
    if (isPossessivePronoun(c, head)) continue;
    // The head must sit in the same noun phrase: no verb or clause break in between.
    for (let q = head.tokEnd; q < j; q++) {
      // A participle after a determiner is an adjective ("the divided island").
      const adjectival = t.pos[q] === POS.VERB && (t.pos[q - 1] === POS.DET || t.pos[q - 1] === POS.ADJ);
      if ((t.pos[q] === POS.VERB && !adjectival) || t.pos[q] === POS.AUX || isClauseBreak(c, q) || tokenText(c.doc, q) === ',') return m;
    }
    return headOfPhrase(c, head, p);
  }
  return m;
}

/** Conjunctions that open an adverbial clause: "will boycott the summit unless Chile ...". */
const SUBORDINATORS = new Set(['if', 'unless', 'whether', 'because', 'although', 'though', 'whereas']);

/** True when token k starts a new clause: ";", ":", a coordinated verb ("and proposes") or "that". */
export function isClauseBreak(c: Clause, k: number): boolean {
  const t = c.doc.tokens!;
  const w = tokenText(c.doc, k);
  return w === ';' || w === ':' || (t.pos[k] === POS.CCONJ && isVerbal(t, k + 1)) || (t.pos[k] === POS.SCONJ && t.lemma[k] === 'that') || SUBORDINATORS.has(t.lemma[k]);
}

/** Prepositions of place and time: an actor after them is a setting, not a participant. */
const SETTING = new Set(['in', 'during', 'after', 'before', 'since', 'near', 'amid', 'despite', 'until', 'throughout', 'within', 'outside', 'inside', 'ahead']);
// "fired at Syrian positions", "sanctions on Iran" name a participant; "on the sidelines of" does not.
const SETTING_UNLESS_ACTOR = new Set(['on', 'at']);

/** Words that open a relative clause after a comma: "Rutte, whose party …". */
const WH_RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const TIME_CLAUSE = new Set(['while', 'when', 'whilst']);

/** The first actor at or after token `from`, within `window` tokens and the same clause. */
export function firstAfter(c: Clause, from: number, window = 10): Mention | null {
  const t = c.doc.tokens!;
  for (const m of c.actors) {
    if (m.tokStart < from || isPossessivePronoun(c, m)) continue;
    if (m.tokStart - from > window) return null;
    for (let k = from; k < m.tokStart; k++) {
      if (isClauseBreak(c, k) || (t.pos[k] === POS.ADP && SETTING.has(t.lemma[k]))) return null;
      // "signed a deal, according to which a line between Crete and Cyprus …", "met Rutte, whose
      // party …": a source named, or a relative clause after a comma, is no participant.
      if (t.lower[k] === 'according' && t.lower[k + 1] === 'to') return null;
      if (k > c.lo && tokenText(c.doc, k - 1) === ',' && WH_RELATIVES.has(t.lemma[k])) return null;
      // "visited the hospital while Adamowicz …": a clause of time opens.
      if (TIME_CLAUSE.has(t.lemma[k]) && t.pos[k] === POS.SCONJ) return null;
      const next = t.lemma[k + 1] === 'the' ? k + 2 : k + 1;
      if (t.pos[k] === POS.ADP && SETTING_UNLESS_ACTOR.has(t.lemma[k]) && next !== m.tokStart) return null;
    }
    // "…its embassy, a senior official said": after a comma, an actor a verb follows starts a new clause.
    let j = m.tokStart - 1;
    while (j >= from && (t.pos[j] === POS.DET || t.pos[j] === POS.ADJ || t.pos[j] === POS.ADV)) j--;
    if (j >= from && tokenText(c.doc, j) === ',' && m.tokEnd < c.hi && (t.pos[m.tokEnd] === POS.VERB || t.pos[m.tokEnd] === POS.AUX)) return null;
    // "signed a treaty, the BTA reported": an actor after a comma that is a verb's subject opens a new clause.
    for (let k = from; k < m.tokStart; k++) if (tokenText(c.doc, k) === ',' && isSubject(c, m)) return null;
    return m;
  }
  return null;
}

/** "the U.S. imposition of ...", "Russia's agreement with ...", or "... by the D.P.R.K.". */
export function findPossessor(c: Clause, trigger: number, end: number): Mention | null {
  let k = trigger - 1;
  if (k >= c.lo && /^['’]s?$/.test(tokenText(c.doc, k))) k--;
  const before = c.actors.find((m) => m.tokEnd - 1 === k && !isPossessivePronoun(c, m));
  if (before) return before;
  for (let j = end; j < Math.min(c.hi, end + 4); j++) {
    if (c.doc.tokens!.lemma[j] === 'by') return firstAfter(c, j + 1, 3);
  }
  return null;
}

/** True for "was criticized", "is strongly condemned". */
export function isPassive(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  const be = i - 1 >= c.lo && t.lemma[i - 1] === 'be' ? i - 1 : i - 2 >= c.lo && t.lemma[i - 2] === 'be' && t.pos[i - 1] === POS.ADV ? i - 2 : -1;
  return be >= 0 && /(ed|en)$/.test(tokenText(c.doc, i));
}

/** True when a negation stands within three words before token i. */
export function isNegated(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  for (let k = Math.max(c.lo, i - 3); k < i; k++) if (NEGATORS.has(t.lemma[k])) return true;
  return false;
}

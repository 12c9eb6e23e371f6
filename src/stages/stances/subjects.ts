/**
 * Who does what a verb says: its subject as the shallow syntax finds it, repaired for long
 * appositions and unresolved titled names, and the doer of a non-finite verb (its controller).
 */
import type { Mention } from '../../doc/types.js';
import { findSubject, isPassive, isSubject, type Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { endingAt, isPossessiveMark, parenthesised, startingAt } from './mentions.js';

const isTimeWord = (w: string) => /^(morning|afternoon|evening|night|day|week|month|year|weekend|today|yesterday|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/i.test(w);

/**
 * The subject of the verb at token i, as `findSubject` finds it, or the owner of a subject
 * noun ("Mrs. Clinton's advisers accused"), or a name opening the sentence before a long
 * apposition ("A. B. Smith, director of ..., praised").
 */
export function subjectOf(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  const found = findSubject(c, i);
  // "Smith (D-Iowa) praised": the state in the parenthesis only qualifies the subject.
  if (found) return appositionOwner(c, found, i) ?? parenthesised(c, found) ?? found;
  // "Smith, who was accused by ...": the relative pronoun stands for the name before it.
  let w = i - 1;
  while (w >= c.lo && (t.pos[w] === POS.AUX || t.pos[w] === POS.ADV)) w--;
  if (w > c.lo && (t.lemma[w] === 'who' || t.lemma[w] === 'which')) {
    const before = endingAt(c, tokenText(c.doc, w - 1) === ',' ? w - 1 : w);
    if (before) return before;
  }
  // "Smith ducks and dives": the tagger may read the first of two coordinated verbs as a plural noun.
  const verbForm = (k: number) => /s$/.test(t.lower[k]) === /s$/.test(t.lower[i]) && /ed$/.test(t.lower[k]) === /ed$/.test(t.lower[i]);
  if (t.lemma[i - 1] === 'and' && t.pos[i - 2] === POS.NOUN && !isCapitalised(c.doc, i - 2) && verbForm(i - 2)) {
    const named = endingAt(c, i - 2);
    if (named) return named;
  }
  const chain = (k: number) => {
    while (k < i && (t.pos[k] === POS.AUX || t.pos[k] === POS.ADV)) k++;
    return k === i;
  };
  // "Smith on Saturday afternoon thanked": a time phrase between subject and verb.
  if (w >= c.lo && t.pos[w] !== POS.PUNCT) {
    let k = w;
    while (k >= c.lo && w - k < 4 && [POS.NOUN, POS.PROPN, POS.NUM, POS.DET, POS.ADJ].includes(t.pos[k]) && !startingAt(c, k)) k--;
    const named = k > c.lo && ['on', 'last', 'this', 'early', 'late'].includes(t.lemma[k]) ? endingAt(c, k) : null;
    if (named && isTimeWord(tokenText(c.doc, w))) return named;
  }
  // "Senator Bernie Sanders (I-Vt.) endorses": a parenthesis after the subject.
  if (w >= c.lo && tokenText(c.doc, w) === ')') {
    let k = w;
    while (k > c.lo && w - k < 8 && tokenText(c.doc, k) !== '(') k--;
    const named = tokenText(c.doc, k) === '(' ? endingAt(c, k) : null;
    if (named) return named;
  }
  // "The museum's chairman, John Smith, thanked": the name just before ", V".
  if (w >= c.lo && tokenText(c.doc, w) === ',' && w + 1 === i) {
    const named = endingAt(c, w);
    if (named) return named;
  }
  for (let n = c.actors.length - 1; n >= 0; n--) {
    const m = c.actors[n];
    if (m.tokEnd > i || !isPossessiveMark(c, m.tokEnd)) continue;
    let k = m.tokEnd + 1;
    while (k < i && k - m.tokEnd <= 3 && (t.pos[k] === POS.NOUN || t.pos[k] === POS.ADJ)) k++;
    // "Clinton's campaign launched a website to attack Trump".
    if (k > m.tokEnd + 1 && (chain(k) || t.pos[k] === POS.AUX || t.pos[k] === POS.VERB)) return m;
  }
  const affiliated = unnamedHolder(c, i);
  if (affiliated) return affiliated;
  const first = c.actors[0];
  let opening = !!first && first.tokEnd < i && tokenText(c.doc, first.tokEnd) === ',';
  for (let k = c.lo; opening && k < first.tokStart; k++) opening = t.pos[k] === POS.PUNCT || t.pos[k] === POS.DET;
  if (!opening) return null;
  // The main clause resumes after the apposition: ", endorsed", ", then filed a lawsuit accusing".
  for (let k = first.tokEnd + 1; k < i; k++) {
    let v = k + 1;
    while (v < i && t.pos[v] === POS.ADV) v++;
    if (tokenText(c.doc, k) === ',' && (t.pos[v] === POS.VERB || (v === i && t.pos[v] !== POS.NOUN))) return first;
  }
  return null;
}

/**
 * "Fox News host Bill O'Reilly on Tuesday dinged": a name the text does not resolve, titled by
 * an actor just before the verb, lets the actor stand for its holder.
 */
function unnamedHolder(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && (t.pos[k] === POS.AUX || t.pos[k] === POS.ADV)) k--;
  // A time phrase: "on Tuesday night", "last week".
  let j = k;
  while (j >= c.lo && k - j < 3 && isTimeWord(tokenText(c.doc, j))) j--;
  if (j < k && (t.lemma[j] === 'on' || t.lemma[j] === 'last' || t.lemma[j] === 'this')) k = j - 1;
  let names = 0;
  while (k >= c.lo && names < 4 && t.pos[k] === POS.PROPN && isCapitalised(c.doc, k) && !c.actors.some((m) => m.tokStart <= k && k < m.tokEnd)) { k--; names++; }
  let titles = 0;
  while (k >= c.lo && titles < 3 && (t.pos[k] === POS.NOUN || t.pos[k] === POS.ADJ) && !isCapitalised(c.doc, k)) { k--; titles++; }
  return names > 0 && titles > 0 ? endingAt(c, k + 1) : null;
}

/**
 * The subject a long apposition separates from its verb: "The Coal Association, a group that
 * represents West Virginia's producers, endorsed" → the association, not West Virginia; "the
 * Center's chairman, John Smith, thanked" → John Smith.
 */
function appositionOwner(c: Clause, found: Mention, i: number): Mention | null {
  const t = c.doc.tokens!;
  let w = i - 1;
  while (w >= c.lo && (t.pos[w] === POS.AUX || t.pos[w] === POS.ADV)) w--;
  if (w <= found.tokEnd - 1 || tokenText(c.doc, w) !== ',') return null;
  const restated = endingAt(c, w);
  if (restated && restated !== found && tokenText(c.doc, restated.tokStart - 1) === ',' && found.tokEnd < restated.tokStart) return restated;
  // The comma that opens the apposition holding `found`, right after an actor.
  for (let k = found.tokStart - 1; k > c.lo && w - k <= 25; k--) {
    if (tokenText(c.doc, k) !== ',') continue;
    const head = endingAt(c, k);
    const opens = t.pos[k + 1] === POS.DET || t.pos[k + 1] === POS.ADJ || t.pos[k + 1] === POS.NOUN || t.pos[k + 1] === POS.NUM;
    return head && head.entity !== found.entity && opens ? head : null;
  }
  return null;
}

/** True when the verb at token i is a bare participle ("…, attacking Y") or an infinitive ("to back Y"). */
function isNonFinite(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && t.pos[k] === POS.ADV) k--;
  if (k >= c.lo && t.lemma[k] === 'to' && t.pos[k] !== POS.ADP) return true;
  return /ing$/.test(tokenText(c.doc, i)) && k >= c.lo && t.pos[k] !== POS.AUX && t.lemma[k] !== 'be' && t.pos[k] !== POS.ADP && t.pos[k] !== POS.DET;
}

/**
 * Who does a non-finite verb: "X urged Y to back Z" → Y (the object before "to"); "X ducked
 * questions, attacking Y", "X glammed up to support Y", "X began running ads criticizing Y"
 * → the subject of the nearest finite verb before it. Null when the verb is finite or no
 * finite verb with an actor subject precedes it.
 */
export function controllerOf(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  if (isOpeningParticiple(c, i)) return mainSubjectAfter(c, i);
  if (!isNonFinite(c, i)) return null;
  let k = i - 1;
  while (k >= c.lo && t.pos[k] === POS.ADV) k--;
  if (t.lemma[k] === 'to') {
    const object = endingAt(c, k);
    let v = object ? object.tokStart - 1 : -1;
    while (v >= c.lo && (t.pos[v] === POS.DET || t.pos[v] === POS.ADJ)) v--;
    if (object && object.kind !== 'pronoun' && v >= c.lo && t.pos[v] === POS.VERB) return object;
    // "an attempt to congratulate Y", "urged diplomats not to …", "is designed to protect Y":
    // a noun's complement, a plain object or a passive names no doer here.
    let b = k - 1;
    while (b >= c.lo && (t.pos[b] === POS.ADV || t.lemma[b] === 'not')) b--;
    // "Russia's attempt to undermine Y": the owner of the noun does what it complements.
    const owner = t.pos[b] === POS.NOUN ? nounOwner(c, b) : null;
    if (owner) return owner;
    if (b < c.lo || object || t.pos[b] === POS.NOUN || t.pos[b] === POS.PROPN || t.pos[b] === POS.PRON || isPassive(c, b)) return null;
  }
  for (let j = k; j >= c.lo; j--) {
    // A clause of its own or a quotation sets the chain apart.
    if (isClauseBreakWord(c, j)) return null;
    if (t.pos[j] !== POS.VERB || isNonFinite(c, j)) continue;
    const subject = subjectOf(c, j);
    return subject && subject.tokEnd <= j ? subject : null;
  }
  return null;
}

/** Adjectives of ease whose infinitive has no doer of its own: "it is hard to back Y" (unlike "it was proud to back Y"). */
const EASE = new Set(['difficult', 'hard', 'impossible', 'tough', 'easy', 'possible']);

/**
 * "makes it extremely difficult to support Y", "it is hard to back Y": an infinitive at token i
 * after an adjective of ease with an extraposed "it" has no doer in particular.
 */
export function isImpersonalInfinitive(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  if (t.lemma[i - 1] !== 'to') return false;
  let a = i - 2;
  while (a > c.lo && (t.pos[a] === POS.PUNCT || t.pos[a] === POS.ADV)) a--;
  return EASE.has(t.lower[a]) && [a - 1, a - 2, a - 3].some((j) => j >= c.lo && t.lower[j] === 'it');
}

/** The actor owning the noun at token n: "Russia's (latest) attempt". */
function nounOwner(c: Clause, n: number): Mention | null {
  const t = c.doc.tokens!;
  let j = n - 1;
  while (j > c.lo && t.pos[j] === POS.ADJ) j--;
  const owner = isPossessiveMark(c, j) ? endingAt(c, j) : null;
  return owner && owner.kind !== 'pronoun' ? owner : null;
}

const isClauseBreakWord = (c: Clause, k: number) => [';', ':'].includes(tokenText(c.doc, k)) || ['that', 'which', 'who', 'whom', 'because', 'if', 'when', 'while', 'after', 'before'].includes(c.doc.tokens!.lemma[k]);

/** "Taking a stand against Y, X will …": a participle opening the sentence. */
function isOpeningParticiple(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  if (!/ing$/.test(tokenText(c.doc, i))) return false;
  for (let k = c.lo; k < i; k++) if (t.pos[k] !== POS.ADV && t.pos[k] !== POS.PUNCT) return false;
  return true;
}

/** The subject of the main clause after the comma that closes an opening participle clause. */
function mainSubjectAfter(c: Clause, i: number): Mention | null {
  for (let k = i + 1; k < c.hi; k++) {
    if (tokenText(c.doc, k) !== ',') continue;
    const m = startingAt(c, k + 1) ?? (c.doc.tokens!.pos[k + 1] === POS.DET ? startingAt(c, k + 2) : null);
    return m && isSubject(c, m) ? m : null;
  }
  return null;
}

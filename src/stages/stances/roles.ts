/**
 * The syntactic roles of a sentiment cue: who holds the attitude and toward whom, read from
 * subjects, objects, passives, possessors, appositions and prepositions around the cue.
 */
import type { ActorRef, Doc, Mention } from '../../doc/types.js';
import { findSubject, firstAfter, isPassive, isSubject, type Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import type { CompiledSentiment } from './toward.js';

export type Roles = { holder: Mention; target: Mention; rule: string } | null;

const isTimeWord = (w: string) => /^(morning|afternoon|evening|night|day|week|month|year|weekend|today|yesterday|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/i.test(w);
const OWNERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

export function ref(doc: Doc, m: Mention): ActorRef {
  const e = doc.entities![m.entity];
  return { code: e.actor, name: e.name };
}

/** The mention starting at token k, or ending just before it. */
export const startingAt = (c: Clause, k: number) => c.actors.find((m) => m.tokStart === k) ?? null;
export const endingAt = (c: Clause, k: number) => c.actors.find((m) => m.tokEnd === k) ?? null;
const isPossessiveMark = (c: Clause, k: number) => /^['’]s?$/.test(tokenText(c.doc, k));

/**
 * The subject of the verb at token i, as `findSubject` finds it, or the owner of a subject
 * noun ("Mrs. Clinton's advisers accused"), or a name opening the sentence before a long
 * apposition ("A. B. Smith, director of ..., praised").
 */
export function subjectOf(c: Clause, i: number): Mention | null {
  const found = findSubject(c, i);
  if (found) return found;
  const t = c.doc.tokens!;
  // "Smith, who was accused by ...": the relative pronoun stands for the name before it.
  let w = i - 1;
  while (w >= c.lo && (t.pos[w] === POS.AUX || t.pos[w] === POS.ADV)) w--;
  if (w > c.lo && (t.lemma[w] === 'who' || t.lemma[w] === 'which')) {
    const before = endingAt(c, tokenText(c.doc, w - 1) === ',' ? w - 1 : w);
    if (before) return before;
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

/** "X praised Y"; "Y was praised by X". */
export function verbRoles(c: Clause, i: number, n: number, lex: CompiledSentiment): Roles {
  const t = c.doc.tokens!;
  const after = i + n;
  // "criticized X for attacking Y": the doer is the object before the preposition, not the
  // clause subject; "accused of helping Y", "known for praising Y" name no doer.
  if (['of', 'for', 'about', 'by'].includes(t.lemma[i - 1])) {
    const doer = endingAt(c, i - 1);
    const target = doer ? objectAfter(c, after, lex) : null;
    return doer && target ? { holder: doer, target, rule: 'verb.complement' } : null;
  }
  if (isPassive(c, i)) {
    const target = subjectOf(c, i);
    let by = after;
    while (by < Math.min(c.hi, after + 3) && t.lemma[by] !== 'by') by++;
    const holder = t.lemma[by] === 'by' ? firstAfter(c, by + 1, 4) : null;
    return target && holder ? { holder, target, rule: 'verb.passive' } : null;
  }
  // "the Smiths, criticized sharply by Jones": a participle with its agent.
  let by = after;
  while (by < c.hi && by - after < 2 && t.pos[by] === POS.ADV) by++;
  if (t.lemma[by] === 'by' && /(ed|en)$/.test(tokenText(c.doc, i))) {
    const holder = firstAfter(c, by + 1, 5);
    const target = endingAt(c, i) ?? (tokenText(c.doc, i - 1) === ',' ? endingAt(c, i - 1) : null);
    return holder && target ? { holder, target, rule: 'verb.participle' } : null;
  }
  const holder = subjectOf(c, i);
  const target = objectAfter(c, after, lex) ?? describedObject(c, after, lex) ?? appositiveObject(c, after);
  return holder && target ? { holder, target, rule: 'verb' } : null;
}

/** "accused his predecessor, Barack Obama": a plain noun phrase the name after a comma restates. */
function appositiveObject(c: Clause, from: number): Mention | null {
  const t = c.doc.tokens!;
  let k = from;
  while (k < c.hi && k - from < 6 && (OWNERS.has(t.lemma[k]) || (!startingAt(c, k) && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || (t.pos[k] === POS.NOUN && !isCapitalised(c.doc, k)) || isPossessiveMark(c, k))))) k++;
  const named = k > from && (t.pos[k - 1] === POS.NOUN || t.pos[k - 1] === POS.ADJ) && tokenText(c.doc, k) === ',' ? startingAt(c, k + 1) : null;
  return named && named.kind !== 'pronoun' ? named : null;
}

/** "attacked what she called Y's cynical motives": the object named inside a "what … as" phrase. */
function describedObject(c: Clause, from: number, lex: CompiledSentiment): Mention | null {
  const t = c.doc.tokens!;
  if (t.lemma[from] !== 'what') return null;
  for (let k = from + 1; k < c.hi && k - from <= 5; k++) {
    if (t.lemma[k] === 'as') return objectAfter(c, k + 1, lex, 3);
    // "what it called Y's plan": the verb's own object.
    if (t.pos[k - 1] === POS.VERB && t.pos[k] !== POS.ADV) return objectAfter(c, k, lex, 3);
    if (t.pos[k] !== POS.PRON && t.pos[k] !== POS.VERB && t.pos[k] !== POS.AUX && t.pos[k] !== POS.ADV) return null;
  }
  return null;
}

/**
 * The actor heading the object that starts at token `from`: "praised Mr. Smith",
 * "criticized President Trump's remarks", "the leadership of Y"; not an actor modifying
 * another noun ("a Palestinian state") nor the subject of a clause of its own.
 */
export function objectAfter(c: Clause, from: number, lex: CompiledSentiment, limit = 4): Mention | null {
  const { preps, heads } = lex;
  const t = c.doc.tokens!;
  const open = new Set([POS.DET, POS.ADJ, POS.ADV, POS.NUM, POS.PROPN, POS.NOUN]);
  // After a preposition the actor cannot be a subject: "criticism of France grew".
  let governed = from > c.lo && t.pos[from - 1] === POS.ADP;
  for (let k = from; k < c.hi && k - from <= limit; k++) {
    let m = startingAt(c, k);
    // "former army chief John Smith": the name after the title heads the phrase.
    if (m && isModifier(c, m, heads)) m = titledName(c, m);
    if (m) return isModifier(c, m, heads) || (!governed && isSubject(c, m)) ? null : m;
    if (t.pos[k] === POS.ADP) governed = true;
    if (!open.has(t.pos[k]) && tokenText(c.doc, k) !== '.' && !(t.pos[k] === POS.ADP && preps.has(t.lemma[k]))) return null;
  }
  return null;
}

/** The name a title phrase opened by actor m introduces ("NATO chief John Smith"), else m. */
export function titledName(c: Clause, m: Mention): Mention {
  const t = c.doc.tokens!;
  let k = m.tokEnd;
  while (k < c.hi && k - m.tokEnd < 3 && (t.pos[k] === POS.NOUN || t.pos[k] === POS.PROPN || t.pos[k] === POS.ADJ) && !startingAt(c, k)) k++;
  const name = startingAt(c, k);
  // A titled mention may begin with the title itself: "Greenpeace |spokesman John Smith|".
  return name && (name.kind === 'title' || (k > m.tokEnd && name.kind === 'name')) ? name : m;
}

/** The actor whose title introduces m ("BBC presenter John Smith" → BBC), if any. */
export function affiliationOf(c: Clause, m: Mention): Mention | null {
  return c.actors.find((a) => a.tokEnd <= m.tokStart && a.tokEnd + 3 >= m.tokStart && a.entity !== m.entity && titledName(c, a) === m) ?? null;
}

/**
 * "a Palestinian state", "the U.S. imposition": the actor qualifies a common noun, unless
 * the noun still names the actor ("the Obama administration", "Israeli officials").
 */
function isModifier(c: Clause, m: Mention, heads: Set<string>): boolean {
  const k = m.tokEnd;
  const t = c.doc.tokens!;
  return k < c.hi && t.pos[k] === POS.NOUN && !isCapitalised(c.doc, k) && !heads.has(t.lemma[k]);
}

/** "would support", "whether they back": a stance only entertained. */
export function isHypothetical(c: Clause, i: number, words: Set<string>): boolean {
  const t = c.doc.tokens!;
  for (let k = Math.max(c.lo, i - 4); k < i; k++) if (words.has(t.lemma[k])) return true;
  return false;
}

/**
 * The actor owning a noun phrase that ends before token i: "X's harsh criticism",
 * "the European criticisms", "his praise".
 */
function possessorBefore(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && (t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV)) k--;
  if (k >= c.lo && isPossessiveMark(c, k)) k--;
  return endingAt(c, k + 1);
}

/** "X's criticism of Y", "criticism of Y by X", "Y drew criticism from X", "X voiced support for Y". */
export function nounRoles(c: Clause, i: number, n: number, lex: CompiledSentiment): Roles {
  const t = c.doc.tokens!;
  const after = i + n;
  const hasPrep = lex.preps.has(t.lemma[after]);
  let target = hasPrep ? objectAfter(c, after + 1, lex, 3) : null;
  // "The criticisms are increasingly aimed at Y".
  for (let k = after; !target && k < Math.min(c.hi, after + 5); k++) {
    if (lex.aim.has(t.lemma[k]) && (t.lemma[k + 1] === 'at' || t.lemma[k + 1] === 'against')) target = objectAfter(c, k + 2, lex, 2);
  }
  let holder = possessorBefore(c, i);
  let rule = 'noun.possessor';
  if (!holder) {
    for (let k = after; k < Math.min(c.hi, after + 8); k++) {
      if (t.lemma[k] !== 'by' && t.lemma[k] !== 'from') continue;
      holder = firstAfter(c, k + 1, 5);
      rule = `noun.${t.lemma[k]}`;
      break;
    }
  }
  if (holder && target) return { holder, target, rule };
  // The verb the noun is the object of: "voiced criticism", "came under fire", "ignored Trump's attacks".
  let k = i - 1;
  let indirect: Mention | null = null;
  for (; k >= c.lo; k--) {
    if (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV || isPossessiveMark(c, k) || OWNERS.has(t.lemma[k]) ||
      (holder && k >= holder.tokStart && k < holder.tokEnd)) continue;
    // "offered Trump a tepid endorsement": an indirect object is the target.
    const m: Mention | null = holder || indirect ? null : endingAt(c, k + 1);
    if (!m || m.tokEnd - 1 !== k) break;
    indirect = m;
    k = m.tokStart;
  }
  target ??= indirect && t.pos[k] === POS.VERB ? indirect : null;
  // "came under fire", "responded to Trump's attacks": a preposition may stand between.
  const under = t.pos[k] === POS.ADP && t.pos[k - 1] === POS.VERB ? k - 1 : k;
  if (k < c.lo || t.pos[under] !== POS.VERB) return null;
  const subject = subjectOf(c, under);
  if (!subject) return null;
  const receives = lex.receive.has(t.lemma[under]);
  // "Y came under fire from X"; "Smith ignored Y's attacks": aimed at the subject. A bare
  // modifier is no owner here ("the Boston assault" happened in Boston).
  const owns = holder && (rule !== 'noun.possessor' || isPossessiveMark(c, holder.tokEnd) || holder.kind === 'pronoun');
  if (holder && owns && !hasPrep && subject.entity !== holder.entity) return { holder, target: subject, rule: `${rule}.subject` };
  // "X launched an attack on Y": the subject is the holder, unless it is at the receiving end.
  if (!holder && target && !receives) return { holder: subject, target, rule: 'noun.subject' };
  return null;
}

/** "X, a critic of Y"; "X is an ally of Y"; "Trump ally X"; "Y's critics, including X". */
export function agentRoles(c: Clause, i: number, n: number, preps: Set<string>): Roles {
  const t = c.doc.tokens!;
  const after = i + n;
  const of = preps.has(t.lemma[after]) ? firstAfter(c, after + 1, 4) : null;
  const owner = possessorBefore(c, i);
  const target = of ?? owner;
  if (!target) return null;
  // The noun phrase's left edge: determiners, adjectives, "one of", the owner.
  let k = i - 1;
  while (k >= c.lo && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV || t.pos[k] === POS.NUM ||
    t.lemma[k] === 'of' || t.lemma[k] === 'one' || isPossessiveMark(c, k) || (owner && k >= owner.tokStart && k < owner.tokEnd))) k--;
  if (k >= c.lo && tokenText(c.doc, k) === ',') {
    const head = endingAt(c, k);
    if (head) return { holder: head, target, rule: 'agent.apposition' };
  }
  if (k >= c.lo && ['be', 'become', 'remain'].includes(t.lemma[k])) {
    const subject = subjectOf(c, k + 1);
    if (subject) return { holder: subject, target, rule: 'agent.copula' };
  }
  // "Trump ally Chris Christie", "Clinton's critics, such as X".
  const named = startingAt(c, after) ?? (tokenText(c.doc, after) === ',' ? startingAt(c, after + 1) : null);
  return named && !of ? { holder: named, target, rule: 'agent.title' } : null;
}

/** "X is critical of Y", "X, loyal to Y". */
export function adjectiveRoles(c: Clause, i: number, n: number): Roles {
  const target = firstAfter(c, i + n, 5);
  if (!target) return null;
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && t.pos[k] === POS.ADV) k--;
  const holder = (k >= c.lo && tokenText(c.doc, k) === ',' ? endingAt(c, k) : null) ?? subjectOf(c, i);
  return holder ? { holder, target, rule: 'adjective' } : null;
}

/**
 * The roles of agent nouns and adjective phrases: "X, a critic of Y", "Trump ally X", "Y's
 * supporters, including X", "X is critical of Y", "forces loyal to Y".
 */
import { firstAfter, type Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { endingAt, isPossessiveMark, startingAt } from './mentions.js';
import { holderBefore } from './nested.js';
import { memberAfter } from './phrases.js';
import { possessorBefore, type Roles } from './roles.js';
import { subjectOf } from './subjects.js';

/** "X, a critic of Y"; "X is an ally of Y"; "Trump ally X"; "Y's critics, including X". */
export function agentRoles(c: Clause, i: number, n: number, preps: Set<string>): Roles {
  const t = c.doc.tokens!;
  const after = i + n;
  const named = preps.has(t.lemma[after]) ? firstAfter(c, after + 1, 4) : null;
  // "advocates of diversity say Trump's …": a verb between ends the phrase.
  const of = named && !Array.from({ length: named.tokStart - after }, (_, n) => t.pos[after + n]).some((p) => p === POS.VERB || p === POS.AUX) ? named : null;
  let owner = possessorBefore(c, i);
  // "Biden's 2008 US Senate opponent X": the name only modifies; the possessive owns the noun.
  if (owner && !isPossessiveMark(c, owner.tokEnd)) {
    let k = owner.tokStart - 1;
    while (k > c.lo && (t.pos[k] === POS.NUM || t.pos[k] === POS.ADJ)) k--;
    if (isPossessiveMark(c, k)) owner = endingAt(c, k);
  }
  const target = of ?? owner;
  if (!target) return null;
  // The noun phrase's left edge: determiners, adjectives, "one of", the owner.
  let k = i - 1;
  // "X, a vegan and Peta supporter": a plain noun coordinated before the agent noun.
  const coordinated = (k: number) => (t.lemma[k] === 'and' && t.pos[k - 1] === POS.NOUN) || (t.pos[k] === POS.NOUN && !isCapitalised(c.doc, k) && t.lemma[k + 1] === 'and');
  while (k >= c.lo && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV || t.pos[k] === POS.NUM || coordinated(k) ||
    t.lemma[k] === 'of' || t.lemma[k] === 'one' || isPossessiveMark(c, k) || (owner && k >= owner.tokStart && k < owner.tokEnd))) k--;
  // "X has emerged as one of Y's staunchest supporters", "X served as an adviser and ally of Y".
  const before = holderBefore(c, k);
  // An apposition to the target itself ("Y, whose critics include X") says nothing of the holder.
  if (before && before.holder.entity !== target.entity) return { ...before, target };
  // "Trump ally Chris Christie", "Clinton's critics, such as X", "Y supporters including X".
  const end = of ? of.tokEnd : after;
  const member = memberAfter(c, tokenText(c.doc, end) === ',' ? end + 1 : end);
  const titled = (of ? null : startingAt(c, after)) ?? (member > end + 1 || !of ? startingAt(c, member) : null);
  return titled ? { holder: titled, target, rule: 'agent.title' } : null;
}

/** "X is critical of Y", "X, loyal to Y". */
export function adjectiveRoles(c: Clause, i: number, n: number): Roles {
  const target = firstAfter(c, i + n, 5);
  if (!target) return null;
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && t.pos[k] === POS.ADV) k--;
  // "rebels loyal to Y", "forces loyal to Y": the adjective qualifies the noun before it.
  const qualified = endingAt(c, k + 1);
  if (!qualified && (t.pos[k] === POS.NOUN || t.pos[k] === POS.PROPN)) return null;
  const holder = qualified ?? (k >= c.lo && tokenText(c.doc, k) === ',' ? endingAt(c, k) : null) ?? subjectOf(c, i);
  return holder ? { holder, target, rule: 'adjective' } : null;
}

/**
 * Roles read from the phrase around a cue: the accused in "the allegation that Y lied", the
 * one a measure falls on in "his Muslim ban", the doer of "by beating Y" and of "ordered the
 * arrest of Y".
 */
import type { Mention } from '../../doc/types.js';
import { isPassive, type Clause } from '../../nlp/syntax.js';
import { isVerbal, POS } from '../../nlp/tokens.js';
import { endingAt, isPossessiveMark, startingAt } from './mentions.js';

/** Nouns of accusing whose content clause names the accused. */
const ACCUSING = new Set(['accusation', 'allegation', 'charge', 'complaint']);

/** The actor opening a clause at token k whose finite verb follows it: "Y was trying", "the Y government lied". */
function clauseSubject(c: Clause, k: number): Mention | null {
  const t = c.doc.tokens!;
  const m = startingAt(c, k) ?? (t.pos[k] === POS.DET ? startingAt(c, k + 1) : null);
  if (!m || m.kind === 'pronoun') return null;
  let v = m.tokEnd;
  while (v < c.hi && v - m.tokEnd < 3 && (t.pos[v] === POS.NOUN || t.pos[v] === POS.ADV)) v++;
  if (v < c.hi && t.pos[v] === POS.AUX) v++;
  return v < c.hi && isVerbal(t, v) && !LODGING.has(t.lemma[v]) ? m : null;
}

/** Verbs whose subject lodges an accusation: "the charges that prosecutors filed" is a relative clause naming the accuser. */
const LODGING = new Set(['make', 'file', 'bring', 'level', 'raise', 'lodge', 'press', 'launch', 'submit', 'hurl', 'voice', 'repeat', 'add', 'drop']);

/**
 * "the accusation (by X) that Y was meddling", "allegations Y steals": the subject of the
 * content clause after an accusing noun at token i is the accused.
 */
export function accusedInClause(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  if (!ACCUSING.has(t.lemma[i])) return null;
  // The clause may follow a short agent phrase: "the accusation by a French party that …".
  for (let k = i + 1; k < c.hi && k - i <= 8; k++) {
    // The tagger reads "that" after a noun as a pronoun even when it opens a content clause.
    if (t.lemma[k] === 'that') return clauseSubject(c, k + 1);
    if (k === i + 1 && t.pos[i] === POS.NOUN && /s$/.test(t.lower[i])) {
      const bare = clauseSubject(c, k);
      if (bare) return bare;
    }
    if (isVerbal(t, k) || t.pos[k] === POS.PUNCT) return null;
  }
  return null;
}

/** Nouns of measures whose modifying actor is who they fall on: "the Iran sanctions", "a Muslim ban". */
export const MEASURES = new Set(['ban', 'sanction', 'embargo', 'boycott', 'blockade', 'tariff']);

/**
 * "his proposed Muslim ban", "Trump's Cuba embargo": the actor modifying a measure noun at
 * token i is its target; the owner of the phrase, if any, imposes it.
 */
export function measureRoles(c: Clause, i: number): { target: Mention; owner: Mention | null } | null {
  const t = c.doc.tokens!;
  const target = MEASURES.has(t.lemma[i]) ? endingAt(c, i) : null;
  if (!target || target.kind === 'pronoun') return null;
  let k = target.tokStart - 1;
  while (k >= c.lo && (t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV || (t.pos[k] === POS.VERB && /ed$/.test(t.lower[k])))) k--;
  if (k >= c.lo && isPossessiveMark(c, k)) k--;
  const owner = k >= c.lo ? endingAt(c, k + 1) : null;
  return { target, owner: owner && owner.entity !== target.entity ? owner : null };
}

/** The active verb a few words before token k in the same stretch of clause, else -1. */
export function verbBefore(c: Clause, k: number): number {
  const t = c.doc.tokens!;
  for (let v = k - 1; v >= c.lo && k - v <= 8 && t.pos[v] !== POS.PUNCT; v--) if (t.pos[v] === POS.VERB) return isPassive(c, v) ? -1 : v;
  return -1;
}

/** Verbs by which their subject does an act suffered by another: "ordered the arrest of Y". */
export const AGENTIVE = new Set(['order', 'carry', 'commit', 'perpetrate', 'conduct', 'authorize', 'authorise', 'orchestrate', 'plan', 'claim', 'demand', 'seek', 'call', 'make', 'attempt']);

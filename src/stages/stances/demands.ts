/**
 * Demands that an actor go: "urged Y to resign", "called on Y to step down", "called for Y's
 * resignation". Whoever demands that Y leave or be removed opposes Y.
 */
import type { Mention } from '../../doc/types.js';
import { isNegated, type Clause } from '../../nlp/syntax.js';
import { POS } from '../../nlp/tokens.js';
import { isPossessiveMark, startingAt } from './mentions.js';
import type { Roles } from './roles.js';
import { controllerOf, subjectOf } from './subjects.js';

/** The sentiment lexicon's demand lists, compiled. */
export interface Demands {
  /** Verbs of demanding; "call on", "call for" take their particle before the object. */
  verbs: Set<string>;
  /** Leaving office, as the lemmas after "to": "resign", "step down". */
  exits: string[][];
  /** Nouns of an actor's going or removal, owned by that actor: "Y's resignation". */
  exitNouns: Set<string>;
}

/** The holder and target of a demand at token i, or null. */
export function demandRoles(c: Clause, i: number, demands: Demands): Roles {
  const t = c.doc.tokens!;
  if (t.pos[i] !== POS.VERB || !demands.verbs.has(t.lemma[i]) || isNegated(c, i)) return null;
  let k = i + 1;
  if (t.lemma[k] === 'on' || t.lemma[k] === 'for' || t.lemma[k] === 'that') k++;
  const target: Mention | null = startingAt(c, k) ?? (t.pos[k] === POS.DET ? startingAt(c, k + 1) : null);
  if (!target || target.kind === 'pronoun') return null;
  let after = target.tokEnd;
  // "called for Y's resignation".
  const owned = isPossessiveMark(c, after) && demands.exitNouns.has(t.lemma[after + 1]);
  // "urged Y to resign", "demanded that Y step down".
  if (t.lemma[after] === 'to') after++;
  const exits = !owned && demands.exits.some((words) => words.every((w, n) => t.lemma[after + n] === w));
  if (!owned && !exits) return null;
  const holder = controllerOf(c, i) ?? subjectOf(c, i);
  return holder && holder.entity !== target.entity ? { holder, target, rule: 'demand' } : null;
}

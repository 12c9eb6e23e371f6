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

/** Verbs of demanding, with the particle some take before their object ("call on", "call for"). */
const DEMANDING = new Set(['urge', 'call', 'ask', 'press', 'push', 'tell', 'implore', 'demand', 'want', 'pressure', 'seek']);
/** Leaving office, as the words after "to": "resign", "step down". */
const EXITS = [['resign'], ['quit'], ['step', 'down'], ['stand', 'down'], ['step', 'aside'], ['leave', 'office'], ['surrender']];
/** Nouns of an actor's going or removal, owned by that actor: "Y's resignation". */
const EXIT_NOUNS = new Set(['resignation', 'ouster', 'removal', 'impeachment', 'dismissal', 'firing', 'arrest', 'prosecution', 'expulsion', 'departure', 'sacking', 'extradition', 'indictment']);

/** The holder and target of a demand at token i, or null. */
export function demandRoles(c: Clause, i: number): Roles {
  const t = c.doc.tokens!;
  if (t.pos[i] !== POS.VERB || !DEMANDING.has(t.lemma[i]) || isNegated(c, i)) return null;
  let k = i + 1;
  if (t.lemma[k] === 'on' || t.lemma[k] === 'for' || t.lemma[k] === 'that') k++;
  const target: Mention | null = startingAt(c, k) ?? (t.pos[k] === POS.DET ? startingAt(c, k + 1) : null);
  if (!target || target.kind === 'pronoun') return null;
  let after = target.tokEnd;
  // "called for Y's resignation".
  const owned = isPossessiveMark(c, after) && EXIT_NOUNS.has(t.lemma[after + 1]);
  // "urged Y to resign", "demanded that Y step down".
  if (t.lemma[after] === 'to') after++;
  const exits = !owned && EXITS.some((words) => words.every((w, n) => t.lemma[after + n] === w));
  if (!owned && !exits) return null;
  const holder = controllerOf(c, i) ?? subjectOf(c, i);
  return holder && holder.entity !== target.entity ? { holder, target, rule: 'demand' } : null;
}

/**
 * Agent nouns the actor stage folded into a mention: "a critic of France" and "Russia's
 * strongest critics" are coded as one actor (the country's opposition), yet the phrase still
 * tells who stands against the country: "Germany was a critic of France".
 */
import type { Mention, Span } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { endingAt } from './mentions.js';
import { subjectOf } from './subjects.js';

/**
 * Who an agent-noun phrase describes, from the token k just before the phrase: the name it
 * stands in apposition to ("X, a critic of Y"), the subject of "be" ("X is an ally of Y") or
 * of a verb with "as" ("X emerged as one of Y's critics").
 */
export function holderBefore(c: Clause, k: number): { holder: Mention; rule: string } | null {
  const t = c.doc.tokens!;
  if (k < c.lo) return null;
  if (tokenText(c.doc, k) === ',') {
    const head = endingAt(c, k);
    return head ? { holder: head, rule: 'agent.apposition' } : null;
  }
  if (['be', 'become', 'remain'].includes(t.lemma[k])) {
    const subject = subjectOf(c, k + 1);
    return subject ? { holder: subject, rule: 'agent.copula' } : null;
  }
  // "X and other Y supporters".
  if (t.lemma[k] === 'and' && t.lemma[k + 1] === 'other') {
    const head = endingAt(c, k);
    return head ? { holder: head, rule: 'agent.other' } : null;
  }
  // "X is among Y's supporters".
  if (k > c.lo && t.lemma[k] === 'among' && ['be', 'remain'].includes(t.lemma[k - 1])) {
    const subject = subjectOf(c, k);
    return subject ? { holder: subject, rule: 'agent.copula' } : null;
  }
  if (k > c.lo && t.lemma[k] === 'as' && t.pos[k - 1] === POS.VERB) {
    const subject = subjectOf(c, k - 1);
    return subject ? { holder: subject, rule: 'agent.as' } : null;
  }
  return null;
}

/**
 * The holder and the country named inside mention m, whose agent noun is token i: "[a
 * critic of France]", "one of [Russia's strongest critics]". Only a country given by name
 * is the target; an adjective names the agents' own nation ("French critics").
 */
export function nestedAgent(c: Clause, m: Mention, i: number): { holder: Mention; issue: Span; rule: string } | null {
  if (!m.modifier || m.modifier.kind !== 'name') return null;
  const t = c.doc.tokens!;
  const inModifier = (k: number) => t.start[k] >= m.modifier!.start && t.end[k] <= m.modifier!.end;
  // The agent noun heads the mention: it is not the country's name itself.
  if (inModifier(i)) return null;
  let k = m.tokStart - 1;
  while (k >= c.lo && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV || t.pos[k] === POS.NUM || t.lemma[k] === 'of' || t.lemma[k] === 'one')) k--;
  const found = holderBefore(c, k);
  return found && found.holder.entity !== m.entity ? { holder: found.holder, issue: m.modifier, rule: `${found.rule}.nested` } : null;
}

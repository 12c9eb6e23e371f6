/**
 * Verdicts: a verb of judging with an evaluative complement gives its subject that polarity
 * toward its object: "X called Y a liar", "X described Y's answer as unacceptable", and in
 * the passive "Y was branded unfit by X", "Y, hailed as a hero by X".
 */
import type { Mention } from '../../doc/types.js';
import { firstAfter, isNegated, isPassive, type Clause } from '../../nlp/syntax.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { participleHead } from './mentions.js';
import { objectAfter, type Roles } from './roles.js';
import { subjectOf } from './subjects.js';
import type { CompiledSentiment } from './toward.js';

/** Words that may stand between a judging verb's object and its verdict. */
const LINKS = new Set(['as', 'a', 'an', 'the', 'to', 'be', 'being', 'more', 'most', 'very', 'so', 'too', 'truly', 'really', 'totally', 'utterly', 'simply', 'not']);

/**
 * Sum of evaluative words from token `from`, read up to `span` tokens while they are quote
 * marks, links, adjectives or nouns; 0 when none judges.
 */
function verdict(c: Clause, from: number, lex: CompiledSentiment, span = 6): { score: number; end: number } {
  const t = c.doc.tokens!;
  let score = 0;
  let k = from;
  for (; k < c.hi && k - from < span; k++) {
    const w = tokenText(c.doc, k).toLowerCase();
    const value = lex.evaluative.get(t.lemma[k]) ?? lex.evaluative.get(w) ?? 0;
    if (value) score += value;
    else if (!/^['"“”‘’]$/.test(w) && !LINKS.has(w) && t.pos[k] !== POS.ADJ && t.pos[k] !== POS.ADV && t.pos[k] !== POS.NOUN) break;
  }
  return { score, end: k };
}

/** Where the noun phrase owned by m ends: "Y's latest answer" ends after "answer". */
function phraseEnd(c: Clause, m: Mention): number {
  const t = c.doc.tokens!;
  let k = m.tokEnd;
  if (k < c.hi && /^['’]s?$/.test(tokenText(c.doc, k))) {
    k++;
    while (k < c.hi && k - m.tokEnd <= 4 && (t.pos[k] === POS.ADJ || t.pos[k] === POS.NOUN)) k++;
  }
  return k;
}

/** The holder, target and polarity a judging verb at token i expresses, or null. */
export function judgedRoles(c: Clause, i: number, lex: CompiledSentiment): (Roles & { polarity: 'support' | 'oppose' }) | null {
  const t = c.doc.tokens!;
  let roles: Roles = null;
  let score = 0;
  const participle = !isPassive(c, i) && /(ed|en)$/.test(tokenText(c.doc, i)) ? participleHead(c, i) : null;
  if (isPassive(c, i) || participle) {
    const v = verdict(c, i + 1, lex);
    let by = v.end;
    while (by < c.hi && by - v.end < 2 && t.pos[by] === POS.ADV) by++;
    const holder = t.lemma[by] === 'by' ? firstAfter(c, by + 1, 4) : null;
    const target = participle ?? subjectOf(c, i);
    roles = holder && target ? { holder, target, rule: 'judged.passive' } : null;
    // "Y is seen by X as a threat": the verdict may follow the agent.
    score = v.score || (holder && holder.tokStart === by + 1 ? verdict(c, holder.tokEnd, lex).score : 0);
  }
  // "X called Y a liar": without a comma or an agent, "X called" is the subject's own verb.
  const active = !roles && !isPassive(c, i) && tokenText(c.doc, i - 1) !== ',';
  if (active) {
    const target = objectAfter(c, i + 1, lex, 3);
    const holder = target ? subjectOf(c, i) : null;
    roles = holder && target ? { holder, target, rule: 'judged' } : null;
    score = target ? verdict(c, phraseEnd(c, target), lex).score : 0;
  }
  if (!roles || score === 0) return null;
  const positive = (score > 0) !== isNegated(c, i);
  return { ...roles, polarity: positive ? 'support' : 'oppose' };
}

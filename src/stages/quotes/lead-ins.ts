/**
 * Circumstances between a cue and the clause it reports: "admitted under questioning he had …",
 * "said in a speech on Friday the plan was …". The clause is known by its subject pronoun and
 * finite verb, so a phrase that is itself what was said ("spoke about the plan") is left alone.
 */
import { POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { PERSONAL } from './phrases.js';
import type { QuoteContext } from './speakers.js';

/** Prepositions of time, place and manner that open a circumstance rather than what was said. */
const CIRCUMSTANCE = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'under', 'amid', 'following', 'despite']);

/** Words a circumstance's noun phrase is made of: "under [Warren's grilling]", "in [an interview with CNN]". */
const PHRASE = new Set([POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN]);

/**
 * Where a clause with a pronoun subject starts after one or two circumstances at `c`
 * ("under Warren's grilling he hadn't", "in an interview on Friday she would"); null when none does.
 */
export function clauseAfterCircumstance(ctx: QuoteContext, c: number, hi: number): number | null {
  const t = ctx.doc.tokens!;
  let k = c;
  for (let phrases = 0; phrases < 2 && t.pos[k] === POS.ADP && CIRCUMSTANCE.has(ctx.lemma(k)); phrases++) {
    const open = ++k;
    while (k < hi && k - open < 6 && (PHRASE.has(t.pos[k]) || /^['’]s?$/.test(tokenText(ctx.doc, k)) || (t.pos[k] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[k])))) k++;
    // "with CNN": a phrase may end in one naming who was there.
    if (k === open) return null;
    if (/^(with|of)$/.test(ctx.lemma(k)) && PHRASE.has(t.pos[k + 1])) {
      k++;
      while (k < hi && PHRASE.has(t.pos[k])) k++;
    }
  }
  if (k === c || k >= hi - 1) return null;
  const finite = t.pos[k + 1] === POS.AUX || (t.pos[k + 1] === POS.VERB && !/ing$/.test(tokenText(ctx.doc, k + 1)));
  return t.pos[k] === POS.PRON && PERSONAL.has(t.lemma[k]) && t.lower[k] !== 'it' && finite ? k : null;
}

/** Words that open a subordinate clause before the main one: "Just as the swoon had Republicans wondering …, …". */
export const SUBORDINATORS = new Set(['as', 'when', 'while', 'because', 'if', 'although', 'though', 'since', 'after', 'before', 'once', 'until', 'whenever']);

/**
 * Where content inside a sentence-opening subordinate clause ends: at the comma before the main
 * clause's subject and verb ("just as it had voters wondering about his health, [his rival] faces …").
 * `end` when the sentence does not open with such a clause.
 */
export function subordinateEnd(ctx: QuoteContext, lo: number, from: number, end: number): number {
  const t = ctx.doc.tokens!;
  let k = lo;
  while (k < from && (t.pos[k] === POS.CCONJ || t.pos[k] === POS.ADV)) k++;
  if (!SUBORDINATORS.has(ctx.lemma(k)) || t.pos[k] === POS.ADV) return end;
  for (let c = from; c < end; c++) {
    if (tokenText(ctx.doc, c) !== ',') continue;
    const sp = ctx.phraseAt(c + 1, end);
    if (sp && (t.pos[sp.tokEnd] === POS.VERB || t.pos[sp.tokEnd] === POS.AUX)) return c;
  }
  return end;
}

/**
 * Phrases after a comma that are the reporter's own, so that reported content ends before them:
 * a contrasting clause with a subject of its own ("…, but he has also intensified …"), a
 * participle phrase that comments on the report ("admires Putin as a strong leader, comparing
 * him to …"), an absolute phrase ("…, with one poll showing …") and an adverbial clause after a
 * quotation that opened the content (`saying “That makes me smart,” when Clinton blasted him`).
 */
import { POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import type { QuoteContext } from './speakers.js';

/** Pronouns that open a relative clause rather than a main one. */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'what', 'where', 'whereby']);

/** Forms in -ing that work as prepositions and so keep the phrase in what was said: "including X", "according to X". */
export const PREPOSITIONAL = new Set(['including', 'excluding', 'according', 'regarding', 'concerning', 'following', 'beginning', 'starting', 'pending', 'barring', 'considering', 'notwithstanding']);

/** Words opening an adverbial clause. */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'until', 'once']);

/** Conjunctions of contrast: the reporter sets a fact of their own against the report. */
const CONTRAST = new Set(['but', 'yet']);

/** True when tokens from j are a subject and a finite verb: "the campaign has appeared", "Clinton restricted". */
function mainClauseAt(ctx: QuoteContext, j: number, hi: number): boolean {
  const t = ctx.doc.tokens!;
  let k = j;
  let head = false;
  while (k < hi && k - j < 8) {
    const p = t.pos[k];
    if (p === POS.PRON && RELATIVE.has(ctx.lemma(k))) return false;
    if (p === POS.NOUN || p === POS.PROPN || p === POS.PRON) head = true;
    else if (!(p === POS.DET || p === POS.ADJ || p === POS.NUM || (p === POS.PART && /^['’]s$/.test(tokenText(ctx.doc, k))))) break;
    k++;
  }
  if (!head) return false;
  while (k < hi && t.pos[k] === POS.ADV) k++;
  return t.pos[k] === POS.AUX || (t.pos[k] === POS.VERB && !/ing$/.test(tokenText(ctx.doc, k)));
}

/** Words a prepositional phrase is made of: "in the course of their report". */
const PHRASE = new Set([POS.ADP, POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN]);

/**
 * True when a prepositional phrase from j is followed by a main clause: "… but in the course of
 * their report they could not resist …". The clause starts with a pronoun or after a comma.
 */
function afterPhrase(ctx: QuoteContext, j: number, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (t.pos[j] !== POS.ADP) return false;
  for (let k = j + 2; k < hi && k - j < 9; k++) {
    const p = t.pos[k];
    if (tokenText(ctx.doc, k) === ',') return mainClauseAt(ctx, k + 1, hi);
    if (p === POS.PRON && (t.pos[k - 1] === POS.NOUN || t.pos[k - 1] === POS.PROPN) && !RELATIVE.has(ctx.lemma(k))) return mainClauseAt(ctx, k, hi);
    if (!PHRASE.has(p) && !POSSESSIVE_PRONOUNS.has(t.lower[k])) return false;
  }
  return false;
}

/**
 * True when the comma before token j closes what was said from `from`: the words from j are the
 * reporter's. Not inside a quotation still open, whose words are the speaker's.
 */
export function reporterClause(ctx: QuoteContext, from: number, j: number, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (j >= hi || openQuotation(ctx, from, j)) return false;
  if (CONTRAST.has(ctx.lemma(j)) && (mainClauseAt(ctx, j + 1, hi) || afterPhrase(ctx, j + 1, hi))) return true;
  let g = j;
  while (g < hi && g - j < 2 && t.pos[g] === POS.ADV) g++;
  if (g < hi && t.pos[g] === POS.VERB && /ing$/.test(tokenText(ctx.doc, g)) && !PREPOSITIONAL.has(t.lower[g])) return true;
  if (ctx.lemma(j) === 'with' && j + 1 < hi) return true;
  return false;
}

/**
 * True when a quotation that opens the content closes at the mark k and an adverbial clause of
 * the reporter's follows: `saying “That makes me smart,” when Clinton blasted him …`.
 */
export function quotationThenClause(ctx: QuoteContext, from: number, k: number, hi: number): boolean {
  if (!/^[“"]$/.test(tokenText(ctx.doc, from)) || !/^[”"]$/.test(tokenText(ctx.doc, k)) || openQuotation(ctx, from, k + 1)) return false;
  return k + 2 < hi && SUBORDINATORS.has(ctx.lemma(k + 1)) && mainClauseAt(ctx, k + 2, hi);
}

/** True when a quotation opened between `from` and `j` is still open at `j`: the words are the speaker's. */
function openQuotation(ctx: QuoteContext, from: number, j: number): boolean {
  const t = ctx.doc.tokens!;
  const words = ctx.doc.text.slice(t.start[from], t.start[j]);
  const curly = (words.match(/“/g) ?? []).length - (words.match(/”/g) ?? []).length;
  return curly > 0 || (words.match(/"/g) ?? []).length % 2 === 1 || (words.match(/''/g) ?? []).length % 2 === 1;
}

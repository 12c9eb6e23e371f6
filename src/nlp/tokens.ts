/** Small helpers over the token arrays, shared by the stages. */
import type { Doc, PosTag, Tokens } from '../doc/types.js';
import { POS_TAGS } from '../doc/types.js';

export const POS = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<PosTag, number>;

/** A token's text as written. */
export function tokenText(doc: Doc, i: number): string {
  const t = doc.tokens!;
  return doc.text.slice(t.start[i], t.end[i]);
}

/** Starts with a capital letter. */
export function isCapitalised(doc: Doc, i: number): boolean {
  const ch = doc.text[doc.tokens!.start[i]];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** The first token that ends after `offset` (tokens.count when none does), by binary search. */
export function firstTokenAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finds the token that ends exactly at `end`, scanning from token `from`. */
export function tokenEndingAt(tokens: Tokens, from: number, end: number, limit: number): number {
  for (let j = from; j < limit; j++) {
    if (tokens.end[j] === end) return j;
    if (tokens.end[j] > end) return -1;
  }
  return -1;
}

export const isPunct = (tokens: Tokens, i: number) => tokens.pos[i] === POS.PUNCT;
export const isVerbal = (tokens: Tokens, i: number) => tokens.pos[i] === POS.VERB || tokens.pos[i] === POS.AUX;

/** Opening and closing quotation marks, and apostrophe-like quote tokens. */
/** Possessive determiners: "his" in "his support". */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

export const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);
export const isQuoteToken = (doc: Doc, i: number) => QUOTE_CHARS.has(tokenText(doc, i));

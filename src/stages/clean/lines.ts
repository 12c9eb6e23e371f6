/** Line classification for the cleaner: what looks like prose, a headline or page furniture. */

export interface Line {
  start: number;
  end: number;
  /** The line with surrounding whitespace removed. */
  text: string;
}

const TERMINAL = /[.!?…;]["'”’»)\]]*$/;
const OPENS_QUOTE = /^["“‘'«„]/;

/** Splits text into lines with offsets (blank lines kept, text trimmed). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end + 1;
  }
  return lines;
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/** Ends like a sentence (period, question mark, closing quote after punctuation). */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text) || /[,:;]["”’]$/.test(text);
}

/** A line that reads as running text rather than a label or a link. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  if (!endsSentence(text) && titleCaseShare(text) >= 0.6) return false;
  if (words >= 8 && /[.!?;,:]/.test(text)) return true;
  return words >= 4 && endsSentence(text);
}

/** A quoted paragraph or a short attribution line inside the body ("Wang said."). */
export function isBodyFragment(text: string): boolean {
  return OPENS_QUOTE.test(text) || (endsSentence(text) && /\p{Ll}/u.test(text));
}

/** A headline: several words, mostly capitalised or a full clause, no final period. */
export function isHeadline(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 25) return false;
  if (/[.]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  if (text === text.toUpperCase() && words.length <= 5) return false;
  return /^\p{Lu}/u.test(words[0]) || /^["“‘']/.test(words[0]);
}

/** Share of words of four letters or more that start with a capital (headline style). */
export function titleCaseShare(text: string): number {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

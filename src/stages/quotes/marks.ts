/**
 * Finds direct quotations by pairing quotation marks: curly and straight double quotes,
 * guillemets, and long single-quoted passages. Handles the newspaper convention where
 * each quoted paragraph opens with a mark and only the last one closes. Marks nested
 * inside an open quotation are part of its content.
 */
import type { Span } from '../../doc/types.js';

export interface QuoteMarks {
  /** Content inside the marks, trimmed. */
  content: Span;
  /** Offset of the opening mark and one past the closing mark (or paragraph end). */
  outer: Span;
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’', '”': '”' };
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function isOpening(text: string, p: number): boolean {
  const ch = text[p];
  const before = text[p - 1];
  const after = text[p + 1];
  if (ch === '“' || ch === '«' || ch === '„') return true;
  if (ch === '‘') return !isWord(before) && !isSpace(after);
  // A closing mark typed for an opening one at the start of a line: `”Mr. Trump embodies …”`.
  if (ch === '”') return (before === undefined || before === '\n') && !isSpace(text[p + 1] === ' ' ? text[p + 2] : after);
  // A straight quote opens after a space, a bracket, a dash or the start of a paragraph.
  return (isSpace(before) || /[([{—–-]/.test(before)) && !isSpace(after);
}

function isClosing(text: string, p: number, open: string): boolean {
  const ch = text[p];
  // Straight and curly double marks get mixed in one quotation (`“…," he said`, `"…” said X`):
  // a double mark right after a word or punctuation, not before a word, closes either.
  if (ch !== OPENERS[open] && (open === '"' || open === '“') && (ch === '"' || ch === '”')) return !isSpace(text[p - 1]) && !isWord(text[p + 1]);
  if (ch !== OPENERS[open]) return false;
  if (ch === '’') return !isWord(text[p + 1]);
  if (ch === '"') return !isSpace(text[p - 1]) || isSpace(text[p + 1]);
  return true;
}

function wordsIn(text: string, span: Span): number {
  return (text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Typewriter quotes (`''…''` and ``` ``…'' ```) read as one mark: the character to treat
 * position p as, and how many characters it spans.
 */
function markAt(text: string, p: number): [string, number] {
  const pair = text.slice(p, p + 2);
  if (pair === "''" || pair === '``') return ['"', 2];
  return [text[p], 1];
}

/**
 * Splits paragraphs at single line breaks that end a sentence: an article may mix blank-line
 * and single-newline paragraphs, and a quotation never runs on past such a break unmarked.
 */
export function lineParagraphs(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  for (const para of paragraphs) {
    let start = para.start;
    for (let p = text.indexOf('\n', start); p >= 0 && p < para.end; p = text.indexOf('\n', p + 1)) {
      // The last character before the break and the first after it, spaces skipped (no slicing:
      // a long paragraph of wrapped lines would make that quadratic).
      let last = p - 1;
      while (last >= start && /\s/.test(text[last])) last--;
      let first = p + 1;
      while (first < para.end && /\s/.test(text[first])) first++;
      if (last < start || first >= para.end || !/[.!?"”’:]/.test(text[last]) || !/[\p{Lu}\p{N}"“‘«(]/u.test(String.fromCodePoint(text.codePointAt(first)!))) continue;
      out.push({ start, end: last + 1 });
      start = first;
    }
    out.push({ start, end: para.end });
  }
  return out;
}

/** Finds direct quotations in `text`, given its paragraphs. */
export function findQuoteMarks(text: string, paragraphs: Span[], minWords = 2): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let open: { mark: string; at: number; width: number } | null = null;
  // Curly quotes nest: `“I’d rather live in what he calls “hell” than …”` is one quotation.
  let depth = 0;
  for (const [k, para] of paragraphs.entries()) {
    for (let p = para.start; p < para.end; p++) {
      const [ch, width] = markAt(text, p);
      if (open) {
        // (A mark opening a paragraph continues the quotation rather than nesting one.)
        if (ch === '“' && open.mark === '“' && p > para.start) depth++;
        else if (depth > 0 && ch === '”' && open.mark === '“') depth--;
        else if (width === 2 ? ch === '"' && open.mark === '"' : isClosing(text, p, open.mark)) {
          const content = trimmed(text, open.at + open.width, p);
          const single = open.mark === '‘';
          if (wordsIn(text, content) >= (single ? 4 : minWords)) out.push({ content, outer: { start: open.at, end: p + width } });
          open = null;
        }
      } else if (ch in OPENERS && (width === 2 || isOpening(text, p))) {
        open = { mark: ch, at: p, width };
      }
      p += width - 1;
    }
    if (open && open.mark !== '‘') {
      // Unclosed at paragraph end: the quotation continues if the next paragraph opens with a mark.
      const next = paragraphs[k + 1];
      if (next && markAt(text, next.start)[0] === open.mark) continue;
      const content = trimmed(text, open.at + open.width, para.end);
      if (wordsIn(text, content) >= minWords) out.push({ content, outer: { start: open.at, end: para.end } });
    }
    open = null;
    depth = 0;
  }
  return out;
}

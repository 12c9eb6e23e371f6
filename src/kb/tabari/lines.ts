/**
 * Reading helpers shared by the TABARI/PETRARCH dictionary parsers: comment removal,
 * phrase normalisation, bracketed codes and TABARI dates.
 */

/** One meaningful dictionary line: comments removed, trimmed, with its 1-based number. */
export interface DictLine {
  text: string;
  line: number;
}

/** Something the parser could not read and skipped, with the line it concerns. */
export interface DictIssue {
  line: number;
  message: string;
}

/**
 * Splits a dictionary into lines without comments: `<!-- ... -->` blocks (which may span
 * lines), and `#` or legacy `;` comments outside brackets (so a `[###]` code survives).
 * Blank lines are dropped.
 * @example dictionaryLines('ARNOR [ARN] # note\n<!-- x -->').map((l) => l.text) // ['ARNOR [ARN]']
 */
export function dictionaryLines(source: string): DictLine[] {
  const out: DictLine[] = [];
  let inComment = false;
  const raw = source.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  for (let n = 0; n < raw.length; n++) {
    let text = '';
    let rest = raw[n];
    while (rest.length > 0) {
      if (inComment) {
        const close = rest.indexOf('-->');
        if (close < 0) {
          rest = '';
        } else {
          rest = rest.slice(close + 3);
          inComment = false;
        }
        continue;
      }
      // "<! --" is a common slip for "<!--" in these files.
      const open = /<!\s*--/.exec(rest);
      if (!open) {
        text += rest;
        rest = '';
      } else {
        text += rest.slice(0, open.index);
        rest = rest.slice(open.index + open[0].length);
        inComment = true;
      }
    }
    text = stripLineComment(text).trim();
    if (text) out.push({ text, line: n + 1 });
  }
  return out;
}

function stripLineComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if ((ch === '#' || ch === ';') && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** "NORTH_KOREA_" → "NORTH KOREA": underscores and runs of blanks become one space. */
export function normalisePhrase(phrase: string): string {
  return phrase.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The contents of every `[...]` on a line, and the text before the first one. */
export function splitBrackets(text: string): { head: string; groups: string[] } {
  const first = text.indexOf('[');
  const head = first < 0 ? text : text.slice(0, first);
  const groups: string[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) groups.push(m[1].trim());
  return { head: head.trim(), groups };
}

/**
 * A TABARI date, YYYYMMDD or YYMMDD (YY 00-30 is 20YY, otherwise 19YY, as in TABARI and
 * PETRARCH), as an ISO date; null when it is not a real calendar date.
 */
export function parseTabariDate(text: string): string | null {
  let y: number;
  let m: number;
  let d: number;
  if (/^\d{8}$/.test(text)) {
    [y, m, d] = [Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))];
  } else if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    [y, m, d] = [yy <= 30 ? 2000 + yy : 1900 + yy, Number(text.slice(2, 4)), Number(text.slice(4, 6))];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A code with the period it applies to; null dates are open ends. A null code means "not coded". */
export interface DatedCode {
  code: string | null;
  from: string | null;
  to: string | null;
}

const NULL_CODES = new Set(['---', '']);

/**
 * Reads one actor code group: "USAGOV", "HOBGOV 19950601 - 19990815", "HOB < 950601",
 * "HOBREB >990816" or "<911226" (no code: not coded then). Returns an error message when
 * the group cannot be read. Limits are inclusive, as in PETRARCH.
 */
export function parseCodeGroup(group: string): DatedCode | string {
  const m = /^([^\s<>]*?)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?$/.exec(group.trim());
  if (!m) return `cannot read the code "[${group}]"`;
  let code = m[1];
  // "[19950601-19990815]" without a code reads as a code of digits; it is a range.
  if (/^\d+$/.test(code) && !m[2] && !m[4]) return `"[${group}]" has no code`;
  code = code.toUpperCase();
  let from: string | null = null;
  let to: string | null = null;
  if (m[2]) {
    const date = parseTabariDate(m[3]);
    if (!date) return `bad date "${m[3]}" in "[${group}]"`;
    if (m[2] === '<') to = date;
    else from = date;
  } else if (m[4]) {
    from = parseTabariDate(m[4]);
    to = parseTabariDate(m[5]);
    if (!from || !to) return `bad date range "${m[4]}-${m[5]}" in "[${group}]"`;
  }
  if (NULL_CODES.has(code)) return { code: null, from, to };
  if (!/^[A-Z0-9]{2,}(\/[A-Z0-9]+)*$/.test(code)) return `"${code}" is not an actor code`;
  return { code, from, to };
}

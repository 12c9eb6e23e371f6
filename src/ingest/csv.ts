/**
 * A small RFC 4180 CSV parser: comma-separated fields, CRLF/LF/CR record breaks, quoted
 * fields holding commas, doubled quotes and line breaks.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
}

export interface CsvParse {
  records: CsvRecord[];
  /** Set when parsing stopped early; the records before it are good. */
  error?: { line: number; reason: string };
}

/**
 * Parses CSV text into records, skipping blank lines.
 * @example parseCsv('id,text\n1,"a, ""b"""').records[1].fields // ['1', 'a, "b"']
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= n) return { records, error: { line: opened, reason: 'unterminated quoted field' } };
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          return { records, error: { line, reason: `unexpected ${JSON.stringify(text[i])} after a closing quote` } };
        }
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        field = text.slice(from, i);
      }
      fields.push(field);
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: start });
  }
  return { records };
}

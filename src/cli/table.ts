/**
 * Aligned text tables for terminal output. Long text columns shrink to fit the terminal,
 * or to 60 characters when output is not a terminal.
 */

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** A long text column: truncated to fit rather than widening the table. */
  flex?: boolean;
  align?: 'left' | 'right';
  /** Where to cut an over-long value: paths keep their informative end. */
  cut?: 'end' | 'start';
}

export interface TableOptions {
  /** Terminal width; undefined when output is not a terminal. */
  columns?: number;
}

/** Width a flex column gets when output is not a terminal. */
export const PIPE_TEXT_WIDTH = 60;
/** A flex column never shrinks below this, even on a narrow terminal. */
const MIN_FLEX = 20;
/** Non-flex columns are capped so one long name cannot push the text off screen. */
const MAX_FIXED = 32;
const GAP = '  ';

/** Shortens text to `width` characters, marking the cut with an ellipsis at the end (or the start). */
export function truncate(text: string, width: number, cut: 'end' | 'start' = 'end'): string {
  if (text.length <= width) return text;
  const keep = Math.max(0, width - 1);
  return cut === 'start' ? `…${text.slice(text.length - keep)}` : `${text.slice(0, keep)}…`;
}

function cell(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
}

/**
 * Renders rows as an aligned table with a header line.
 * @example formatTable(rows, [{ header: 'code', value: (r) => r.code }], {})
 */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[], options: TableOptions = {}): string {
  const cells = rows.map((row) => columns.map((c) => cell(c.value(row))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const flex = columns.map((c) => c.flex === true);
  columns.forEach((c, i) => {
    if (!flex[i]) widths[i] = Math.min(widths[i], Math.max(MAX_FIXED, c.header.length));
  });
  const flexCount = flex.filter(Boolean).length;
  if (flexCount > 0) {
    const fixed = widths.reduce((sum, w, i) => (flex[i] ? sum : sum + w), 0) + GAP.length * (columns.length - 1);
    const share = options.columns === undefined ? PIPE_TEXT_WIDTH : Math.max(MIN_FLEX, Math.floor((options.columns - fixed) / flexCount));
    columns.forEach((c, i) => {
      if (flex[i]) widths[i] = Math.min(widths[i], Math.max(share, c.header.length));
    });
  }
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const text = truncate(v, widths[i], columns[i].cut);
        const last = i === values.length - 1;
        if (columns[i].align === 'right') return text.padStart(widths[i]);
        return last ? text : text.padEnd(widths[i]);
      })
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}

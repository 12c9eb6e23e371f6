/**
 * Small measurements the benchmark reads off results and records.
 */
import type { ArticleResult } from '../doc/result.js';

/** The sentence count the pipeline reports in `document.sentences`, else an estimate from end punctuation. */
export function sentenceCount(result: ArticleResult): number {
  const reported = (result.document as { sentences?: unknown }).sentences;
  if (typeof reported === 'number') return reported;
  if (Array.isArray(reported)) return reported.length;
  return (result.document.text.match(/[.!?](\s|$)/g) ?? []).length;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * An ISO date from a Reuters-21578 date, or undefined.
 * @example reutersDate(' 26-FEB-1987 15:01:01.79') // '1987-02-26'
 */
export function reutersDate(value: string | undefined): string | undefined {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(value ?? '');
  const month = m ? MONTHS.indexOf(m[2].toUpperCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

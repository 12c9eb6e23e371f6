/** Datelines: "Sept. 1, 2017 (EIRNS)—", "MOSCOW, March 3, 2018 (Reuters) - ", "BEIJING (Xinhua) -- ". */
import * as chrono from 'chrono-node';
import { isoDate } from '../../nlp/dates.js';

export interface Dateline {
  /** Length of the dateline prefix, including the dash and the spaces after it. */
  length: number;
  date: string | null;
  /** The agency or publisher named in parentheses. */
  agency: string | null;
  place: string | null;
}

// A prefix of at most ~90 characters ending in a dash, with a place, a date or an agency.
const DATELINE = /^([^\n—–]{0,90}?)\s*(?:—|–|--|-(?=\s)|:(?=\s))\s*/;
const AGENCY = /\(([^()]{2,40})\)\s*$/;
const PLACE = /^([A-Z][A-Z.'’ -]{2,40}?)(?=,|\s*\(|\s*$)/;


/** Reads a dateline at the start of the first body paragraph, or returns null. */
export function readDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const prefix = m[1].trim();
  if (!prefix) return null;
  const agency = AGENCY.exec(prefix)?.[1].trim() ?? null;
  const place = PLACE.exec(prefix)?.[1].trim() ?? null;
  let date: string | null = null;
  const found = chrono.strict.parse(prefix);
  const first = found[0];
  if (first && first.start.isCertain('day') && first.start.isCertain('month')) {
    const year = first.start.get('year');
    if (year != null) date = isoDate(year, first.start.get('month')!, first.start.get('day')!);
  }
  if (!date && !agency && !place) return null;
  // Without a date or an agency, a place alone must be ALL CAPS to count ("BEIJING -").
  if (!date && !agency && place && place !== place.toUpperCase()) return null;
  // A real dateline has few words besides its parts.
  const rest = prefix.replace(AGENCY, '').replace(first?.text ?? '', '').replace(place ?? '', '');
  if ((rest.match(/\p{L}+/gu) ?? []).length > 3) return null;
  return { length: m[0].length, date, agency, place };
}

/** The first date in `text` with day, month and year all written out, or null. */
export function firstFullDate(text: string): string | null {
  // A full date names a year; most wire copy names none near its top.
  if (!/\b(1[89]|20)\d\d\b/.test(text)) return null;
  for (const r of chrono.strict.parse(text)) {
    const c = r.start;
    if (c.isCertain('day') && c.isCertain('month') && c.isCertain('year')) return isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
  }
  return null;
}

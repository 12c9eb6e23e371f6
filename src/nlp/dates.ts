/**
 * Date expressions resolved against the article date ("today", "on Tuesday", "last week",
 * "Oct. 15, 2020"). Parsing is costly, so callers ask per sentence, only where an event
 * needs a date.
 */
import * as chrono from 'chrono-node';
import type { DateMention, Doc, Span } from '../doc/types.js';

// Cheap test before running the date parser: most sentences name no day.
const DATE_CUE = /\b(today|tonight|yesterday|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[/.-]\d{1,2}/i;
const RELATIVE = /today|tonight|yesterday|tomorrow|day|week|month|ago/i;

/** Formats calendar fields as YYYY-MM-DD (no time zone shift). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds the date expressions in `span` of the text that name a day. Relative ones need
 * the article date to mean anything; without it only absolute dates are kept.
 */
export function findDates(doc: Doc, span: Span): DateMention[] {
  const text = doc.text.slice(span.start, span.end);
  if (!DATE_CUE.test(text)) return [];
  const ref = doc.meta.date ? new Date(`${doc.meta.date}T12:00:00Z`) : undefined;
  const out: DateMention[] = [];
  for (const r of chrono.parse(text, ref ?? new Date(0))) {
    const c = r.start;
    const relative = RELATIVE.test(r.text) || !c.isCertain('year');
    if (!ref && relative) continue;
    if (!c.isCertain('day') && !RELATIVE.test(r.text)) continue;
    const words = r.text.replace(/[\s,.;:]+$/, '');
    out.push({ start: span.start + r.index, end: span.start + r.index + words.length, date: isoDate(c.get('year')!, c.get('month')!, c.get('day')!) });
  }
  return out;
}

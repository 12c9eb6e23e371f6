/** Source spans as annotated: where one source ends when another starts inside it. */
import type { Doc, Quote } from '../../doc/types.js';
import { findRelativeReports } from './relatives.js';
import type { QuoteContext } from './speakers.js';

const RELATIVE = /^(who|which)$/i;
/** A clause reported after the cue, not an act's object: "who emphasized that …", not "who has been challenging the industry". */
const CLAUSE = /^\s*(that|whether|if|how|why|what)\b/i;

/** Adds the reports that sources as written swallowed and ends those sources before them; keeps `quotes` in content order. */
export function refineSources(ctx: QuoteContext, quotes: Quote[], inDirect: (offset: number) => boolean): void {
  const relatives = findRelativeReports(ctx, quotes, inDirect);
  if (relatives.length) {
    quotes.push(...relatives);
    quotes.sort((a, b) => a.content.start - b.content.start);
  }
  trimRelativeSources(ctx.doc, quotes);
}

/**
 * Ends a source before a relative clause that is itself a source of saying: in "Mr. Kamin, who
 * emphasized that …" the clause reports what Mr. Kamin emphasized, so the source of the main
 * cue is "Mr. Kamin" and "who" is the source of "emphasized". Quotes are changed in place.
 */
function trimRelativeSources(doc: Doc, quotes: Quote[]): void {
  const relatives = quotes
    .filter((q) => q.source && q.cue && RELATIVE.test(doc.text.slice(q.source.start, q.source.end)) && CLAUSE.test(doc.text.slice(q.cue.end)))
    .map((q) => q.source!);
  for (const q of quotes) {
    if (!q.source) continue;
    const { start, end } = q.source;
    const inner = relatives.find((r) => r.start > start && r.end < end);
    if (!inner) continue;
    const before = doc.text.slice(start, inner.start);
    if (!/,\s*$/.test(before)) continue;
    q.source = { start, end: start + before.replace(/[,\s]+$/, '').length };
  }
}

/**
 * "He added a note of caution", "Trump offered insights into his approach", "showing support for
 * the plan": a light verb (or one that puts out a document) whose object is a noun of saying takes
 * that noun and its preposition into the cue, as "made the case for …" does; what the noun is about
 * is the content.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import { LIGHT } from './light.js';
import type { QuoteContext } from './speakers.js';

/** Light verbs besides those that make cues on their own: "added a note of caution". */
const ALSO_LIGHT = new Set(['add', 'show']);
/** Prepositions after the noun that take what it is about. */
const ABOUT = new Set(['of', 'for', 'into', 'about', 'on']);

/** Moves a light verb's noun of saying and its preposition from the content into the cue. */
export function withLightObject(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (q.kind !== 'indirect' || !q.cue || q.parts || q.content.start < q.cue.end) continue;
    const v = tokenAt(doc, q.cue.end - 1);
    if (t.pos[v] !== POS.VERB || !(LIGHT.has(ctx.lemma(v)) || ALSO_LIGHT.has(ctx.lemma(v)) || ctx.rules.issue.has(ctx.lemma(v)))) continue;
    let n = tokenAt(doc, q.content.start);
    if (n !== v + 1) continue;
    while (n < t.count && n - v <= 3 && [POS.DET, POS.ADJ, POS.NUM].includes(t.pos[n])) n++;
    const p = n + 1;
    if (t.pos[n] !== POS.NOUN || !ctx.rules.lightNouns.has(ctx.lemma(n)) || t.pos[p] !== POS.ADP || !ABOUT.has(ctx.lemma(p))) continue;
    if (p + 1 >= t.count || t.start[p + 1] >= q.content.end) continue;
    q.cue = { start: q.cue.start, end: t.end[p] };
    q.content = { start: t.start[p + 1], end: q.content.end };
  }
  return quotes;
}

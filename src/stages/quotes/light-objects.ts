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
    if (t.pos[n] !== POS.NOUN || !ctx.rules.lightNouns.has(ctx.lemma(n)) || !isPreposition(t.pos[p]) || !ABOUT.has(ctx.lemma(p))) continue;
    if (p + 1 >= t.count || t.start[p + 1] >= q.content.end) continue;
    q.cue = { start: q.cue.start, end: t.end[p] };
    q.content = { start: t.start[p + 1], end: q.content.end };
  }
  return quotes;
}

/**
 * "highlighted his message that …": a noun of saying between the verb and the that-clause it
 * introduces is part of the cue, as "sends a clear message that …" is for a light verb.
 */
export function withSayingNounBeforeReport(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (q.kind !== 'indirect' || !q.cue || q.parts || q.content.start < q.cue.end) continue;
    const v = tokenAt(doc, q.cue.end - 1);
    if (t.pos[v] !== POS.VERB || ctx.lemma(v) === 'say') continue;
    let n = v + 1;
    if (t.pos[n] === POS.DET || (t.pos[n] === POS.PRON && /^(his|her|its|their|our|my|your)$/.test(t.lower[n]))) n++;
    while (n < v + 4 && t.pos[n] === POS.ADJ) n++;
    const c = n + 1;
    // The noun stands in the gap before the clause or opens the content: "highlighted [his message] that …".
    if (t.pos[n] !== POS.NOUN || !ctx.rules.lightNouns.has(ctx.lemma(n)) || ctx.lemma(c) !== 'that' || t.start[c] < q.content.start || t.start[c] >= q.content.end) continue;
    q.cue = { start: q.cue.start, end: t.end[n] };
    q.content = { start: t.start[c], end: q.content.end };
  }
  return quotes;
}

/** The tagger reads "for" before a participle as a subordinator: "a proposal for increased cooperation". */
function isPreposition(pos: number): boolean {
  return pos === POS.ADP || pos === POS.SCONJ;
}

/**
 * Where reported content ends: at the end of its sentence, or before a clause that is the
 * reporter's own (", and cited …", "; …", ", saying …").
 */
import { POS, tokenText } from '../../nlp/tokens.js';
import { beforeMedium } from './medium.js';
import { cueLemma } from './misread.js';
import { quotationThenClause, reporterClause } from './breaks.js';
import { closingCue } from './closing.js';
import type { Cue, QuoteContext } from './speakers.js';

/** True for a verb form in -ing at k: "saying", "arguing". */
export function isGerund(ctx: QuoteContext, k: number): boolean {
  return /ing$/.test(tokenText(ctx.doc, k)) && (ctx.doc.tokens!.pos[k] === POS.VERB || cueLemma(ctx, k) !== null);
}

/**
 * True when a main clause after a comma goes on past its cue ("…, Ham also noted several …"),
 * not a closing attribution ("…, Graham told The Huffington Post on Thursday."): "say" and
 * "tell" need a clause of their own after them.
 */
function saysMore(ctx: QuoteContext, c: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (c.tokEnd >= hi - 2 || t.pos[c.tokEnd] === POS.PUNCT) return false;
  if (c.verb !== 'say' && c.verb !== 'tell') return true;
  for (let k = c.tokEnd; k < hi; k++) if (t.pos[k] === POS.VERB || t.pos[k] === POS.AUX) return true;
  return false;
}

/** Words that join a clause of its own to reported content: "…, though she acknowledged …", "…, which he said …", "…, who cited …". */
const LINKS = new Set(['but', 'and', 'though', 'although', 'while', 'whereas', 'as', 'yet', 'which', 'who']);

/** Indirect content runs to the sentence end, stopping before ", and cited ..." or ";". */
export function contentEnd(ctx: QuoteContext, from: number, hi: number): number {
  const t = ctx.doc.tokens!;
  for (let k = from; k < hi; k++) {
    const w = tokenText(ctx.doc, k);
    if (w === ';') return k;
    if (w === ',' && t.pos[k + 1] === POS.CCONJ && t.pos[k + 2] === POS.VERB) return k;
    // "…, saying …" and "… by saying …" open a report of their own.
    // "…, even suggesting …": an adverb may come first.
    const g = w === ',' && t.pos[k + 1] === POS.ADV ? k + 2 : k + 1;
    if ((w === ',' || ctx.lemma(k) === 'by') && isGerund(ctx, g) && ctx.rules.indirect.has(cueLemma(ctx, g) ?? t.lemma[g])) return k;
    if (t.pos[k] === POS.CCONJ && ctx.verbChainAt(k + 1, hi)) return k;
    // "…, though she acknowledged …", "… and lawyers said …": another report of its own.
    // "…, many of whom say …" and "… -- who cited …" as well.
    const partitive = w === ',' && ctx.lemma(k + 2) === 'of' && /^(whom|which)$/.test(ctx.lemma(k + 3));
    // "…'s appearance, in which he said …": a relative clause after its preposition.
    const prepRelative = w === ',' && t.pos[k + 1] === POS.ADP && /^(whom|which)$/.test(ctx.lemma(k + 2));
    const link = /^(,|--|—)$/.test(w) && LINKS.has(ctx.lemma(k + 1)) ? k + 2 : prepRelative ? k + 3 : partitive || t.pos[k] === POS.CCONJ ? k + 1 : -1;
    if (link > 0) {
      const c = ctx.cueAt(link, hi) ?? (link === k + 2 ? ctx.cueAt(k + 1, hi) : null);
      if (c && !c.according && c.verb && ctx.rules.indirect.has(c.verb)) return k;
    }
    // `… “in front of you,” though she noted …`: the same after a closing quotation mark, which the content keeps.
    if (w === ',' && /^[”"]$/.test(tokenText(ctx.doc, k + 1)) && LINKS.has(ctx.lemma(k + 2))) {
      const c = ctx.cueAt(k + 3, hi);
      if (c && !c.according && c.verb && ctx.rules.indirect.has(c.verb)) return k + 2;
    }
    if (k > from && quotationThenClause(ctx, from, k, hi)) return k + 1;
    // A clause of the reporter's own, after the comma or after a quotation mark closing with it.
    if (w === ',' && k > from) {
      const mark = /^[”"]$/.test(tokenText(ctx.doc, k + 1));
      if (reporterClause(ctx, from, mark ? k + 2 : k + 1, hi)) return mark ? k + 2 : k;
      // `… because “most people don’t know,” she said.`: the closing cue attributes the quotation, which ends what was said.
      if (mark && closingCue(ctx, k + 2, hi, hi)) return k + 2;
    }
    // "Back when he wrote his book, Mr. Smith said that …": the main clause reports on its own.
    // So does "While he acknowledged …, Ham also noted several …" when the clause goes on past its cue.
    if (w === ',' && k > from) {
      const c = ctx.cueAt(k + 1, hi);
      if (c && !c.according && c.speaker.start < c.cue.start && c.verb && ctx.rules.indirect.has(c.verb) && (ctx.lemma(c.tokEnd) === 'that' || c.speaker.tokStart === k + 1 && saysMore(ctx, c, hi))) return k;
    }
  }
  let end = hi;
  while (end > from && t.pos[end - 1] === POS.PUNCT) end--;
  end = beforeMedium(ctx, from, end);
  while (end > from && t.pos[end - 1] === POS.PUNCT && !/^[”"]$/.test(tokenText(ctx.doc, end - 1))) end--;
  // A quotation that closes the sentence keeps its closing mark: `… as “a paragon of virtue.”`.
  const words = ctx.doc.text.slice(t.start[from], t.end[Math.max(end - 1, from)]);
  const open = (words.match(/[“"]/g) ?? []).length - (words.match(/”/g) ?? []).length;
  if (open % 2 === 1) {
    for (let k = end; k < Math.min(t.count, hi + 1); k++) if (/^[”"]$/.test(tokenText(ctx.doc, k))) return k + 1;
  }
  // Typewriter quotes, two apostrophes each: `… was ''a disaster.''`.
  if ((words.match(/''/g) ?? []).length % 2 === 1) {
    // (The sentence splitter may leave the closing mark to the next sentence.)
    for (let k = end; k < Math.min(t.count, hi + 1); k++) if (ctx.doc.text.slice(t.end[k] - 2, t.end[k]) === "''") return k + 1;
  }
  return end;
}

/**
 * Parenthetical "as" cues: "As the senator put it, the plan is dead", "Hawaii, as one adviser
 * pointed out, rarely gets hurricanes", "…, as police have said." The clause around the aside is
 * what was said; the cue is the verb with its auxiliaries, without "as".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue, tokenAt } from './build.js';
import { contentEnd } from './content-end.js';
import type { QuoteContext } from './speakers.js';

/** Verbs that take no content, so that "as" before them tells when: "As he spoke, the crowd cheered". */
const TEMPORAL = new Set(['speak', 'talk', 'testify', 'campaign', 'debate', 'joke']);

/** Finds "as X said," asides where no other quote's cue lies. */
export function findParentheticals(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart; k < s.tokEnd - 2; k++) {
      if (ctx.lemma(k) !== 'as' || inDirect(t.start[k])) continue;
      // After a quotation that closes with its comma too: `… a "lawful source of income," as a memo put it.`
      const opens = k === s.tokStart || /^[,(—–]$/.test(tokenText(doc, k - 1)) || (k === s.tokStart + 1 && t.pos[s.tokStart] === POS.CCONJ)
        || (/^[”"]$|^''$/.test(tokenText(doc, k - 1)) && tokenText(doc, k - 2) === ',');
      if (!opens) continue;
      const cue = ctx.cueAt(k + 1, s.tokEnd);
      if (!cue || cue.according || cue.speaker.tokStart !== k + 1 || !cue.verb || !ctx.rules.indirect.has(cue.verb) || TEMPORAL.has(cue.verb)) continue;
      // The aside closes soon after its verb, with no object of its own: "put it in a statement to my colleague,".
      let close = cue.tokEnd;
      while (close < s.tokEnd && close - cue.tokEnd < 12 && !/^[,;.!?)—–]$/.test(tokenText(doc, close)) && t.pos[close] !== POS.VERB && ctx.lemma(close) !== 'that') close++;
      if (close >= s.tokEnd || !/^[,;.!?)—–]$/.test(tokenText(doc, close))) continue;
      if (overlapsCue(found, cue.cue) || overlapsCue(out, cue.cue)) continue;
      // After a quotation closing inside another report, the aside comments on what that report says, not on its cue.
      const quoted = tokenText(doc, k - 1) !== ',' && tokenText(doc, k - 2) === ',';
      const host = quoted && found.find((q) => q.cue && q.cue.end <= t.start[k] && q.content.start < t.start[k] && t.start[k] <= q.content.end + 2 && q.content.start >= s.start);
      const content = around(ctx, k, close, host ? tokenAt(doc, host.content.start) : s.tokStart, s.tokEnd);
      if (!content) continue;
      const q = build(ctx, 'indirect', { start: content[0].start, end: content[content.length - 1].end }, cue, null, null, 'quotes.indirect.as');
      if (content.length > 1) q.parts = content;
      out.push(q);
      k = close;
    }
  }
  return out;
}

/** The clause the aside between `as` and `close` comments on: before it, after it or both. */
function around(ctx: QuoteContext, as: number, close: number, lo: number, hi: number): Span[] | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const parts: Span[] = [];
  let from = lo;
  while (from < as && (t.pos[from] === POS.CCONJ || /^[(“"]$/.test(tokenText(doc, from)))) from++;
  // Before the aside: from the clause's start up to the comma before "as".
  const before = as - 1;
  // Not a conjunction alone: "If, as I have suggested, …".
  if (before - from >= 1 && !(before - from === 1 && [POS.SCONJ, POS.ADP].includes(t.pos[from]))) parts.push({ start: t.start[from], end: t.end[before - 1] });
  if (tokenText(doc, close) === ',' || tokenText(doc, close) === ')') {
    const start = close + 1 + (tokenText(doc, close) === ')' && tokenText(doc, close + 1) === ',' ? 1 : 0);
    const end = contentEnd(ctx, start, hi);
    if (end - start >= 2) parts.push({ start: t.start[start], end: t.end[end - 1] });
  }
  const words = parts.reduce((n, p) => n + doc.text.slice(p.start, p.end).split(/\s+/).length, 0);
  return words >= 3 ? parts : null;
}

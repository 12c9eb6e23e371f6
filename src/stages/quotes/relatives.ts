/**
 * Reports inside a relative clause that a source as written swallowed: in "Mr. Obama, who
 * understood that a push would be fruitless, told his advisers …" the clause is a report of
 * its own, with "who" as its source.
 */
import type { Quote, Span } from '../../doc/types.js';
import { tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue, tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

/** Finds relative clauses with a cue and a "that" clause inside the sources of `found`. */
export function findRelativeReports(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const q of found) {
    if (!q.source || !q.cue || q.source.end > q.cue.start) continue;
    const first = tokenAt(doc, q.source.start);
    const last = tokenAt(doc, q.source.end - 1);
    // The clause runs to the comma that closes the source: "…, who understood that …,".
    if (tokenText(doc, last) !== ',') continue;
    for (let w = first + 2; w < last - 3; w++) {
      if (!/^(who|which)$/.test(ctx.lemma(w)) || tokenText(doc, w - 1) !== ',') continue;
      const cue = ctx.cueAt(w, last);
      if (!cue || !cue.verb || !ctx.rules.indirect.has(cue.verb) || ctx.lemma(cue.tokEnd) !== 'that' || cue.tokEnd + 1 >= last) continue;
      const content: Span = { start: t.start[cue.tokEnd], end: t.end[last - 1] };
      if (overlapsCue([...found, ...out], cue.cue) || inDirect(content.start)) continue;
      out.push(build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.relative'));
      break;
    }
  }
  return out;
}

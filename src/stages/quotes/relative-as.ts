/**
 * A verb of describing whose object is a relative pronoun, with the description after "as": "an
 * explosion that the mayor described as “an intentional act”", "engaging in what analysts described
 * as pre-debate tactics", "in what is being criticized as a purge". The description is what was
 * said; the cue runs from the verb through "as", as it does with the object in place ("described
 * the blast as").
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { relativePronoun } from './object-relatives.js';
import type { QuoteContext } from './speakers.js';

/** Verbs that describe something as something: what follows "as" is their speaker's description. */
const DESCRIBING = new Set([
  'describe', 'characterize', 'characterise', 'label', 'brand', 'dismiss', 'portray', 'depict', 'cast', 'hail',
  'tout', 'bill', 'criticize', 'criticise', 'denounce', 'condemn', 'praise', 'deride', 'decry', 'call',
]);

export const RELATIVE_AS_RULE = 'quotes.indirect.relative-as';

/** The description from `from`: to the clause's end, a colon or a dash. */
function description(ctx: QuoteContext, from: number, hi: number): Span | null {
  const t = ctx.doc.tokens!;
  let end = contentEnd(ctx, from, hi);
  for (let k = from + 1; k < end; k++) if (/^[:—–]$|^--$/.test(tokenText(ctx.doc, k))) end = k;
  return end > from ? { start: t.start[from], end: t.end[end - 1] } : null;
}

/**
 * Finds "that X described as …" and "what is being criticized as …". A direct quotation already
 * attributed to the same verb ("that the mayor described as “an intentional act.”") takes "as"
 * into its cue instead.
 */
export function findRelativeAs(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let r = s.tokStart; r < s.tokEnd - 3; r++) {
      if (!relativePronoun(ctx, r, s.tokStart) || inDirect(t.start[r])) continue;
      // The passive, whose subject is the pronoun: "what is being criticized as …".
      let v = r + 1;
      while (v < s.tokEnd && v - r <= 3 && t.pos[v] === POS.AUX) v++;
      if (v > r + 1 && v + 1 < s.tokEnd && t.pos[v] === POS.VERB && DESCRIBING.has(t.lemma[v]) && t.lower[v + 1] === 'as') {
        const cue = { start: t.start[r + 1], end: t.end[v + 1] };
        const content = description(ctx, v + 2, s.tokEnd);
        if (content && !overlapsCue([...found, ...out], cue)) out.push({ kind: 'indirect', content, cue, source: null, speaker: null, via: [], rule: RELATIVE_AS_RULE });
        continue;
      }
      const c = ctx.cueAt(r + 1, s.tokEnd);
      if (!c || c.according || !c.verb || !DESCRIBING.has(c.verb) || c.speaker.tokStart !== r + 1 || c.speaker.tokEnd - c.speaker.tokStart > 5) continue;
      if (c.tokEnd >= s.tokEnd - 1 || t.lower[c.tokEnd] !== 'as') continue;
      const cue = { start: c.cue.start, end: t.end[c.tokEnd] };
      // `“an intentional act.”` is a quotation attributed to this verb already: its cue takes "as".
      const quoted = found.find((q) => q.cue && q.cue.start === c.cue.start && q.cue.end === c.cue.end && q.content.start >= cue.end);
      if (quoted) {
        quoted.cue = cue;
        continue;
      }
      if (overlapsCue([...found, ...out], cue)) continue;
      const content = description(ctx, c.tokEnd + 1, s.tokEnd);
      if (content) out.push(build(ctx, 'indirect', content, { ...c, cue }, null, null, RELATIVE_AS_RULE));
    }
  }
  return out;
}

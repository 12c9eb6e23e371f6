/**
 * The relay's own attribution in "According to her account, she insisted …": the account
 * reports the whole clause after it, her words included. "Citing a poll, Trump said …" is
 * Trump's too: he cites the poll.
 */
import type { Quote } from '../../doc/types.js';
import { tokenText } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { Cue, QuoteContext } from './speakers.js';

/** One quote for each opening "according to X," (or "citing X,") that another quote's speech verb follows, unless X is an outlet. */
export function findRelayed(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const q of quotes) {
    if (q.rule !== 'quotes.indirect.according-said' || !q.cue) continue;
    const verb = tokenAt(doc, q.cue.start);
    const sent = doc.sentences![t.sent[verb]];
    let acc: Cue | null = null;
    for (let i = sent.tokStart; i < verb && !acc; i++) acc = ctx.accordingAt(i, verb);
    // An outlet that relays the speaker is already the quote's `via`.
    if (!acc || tokenText(doc, acc.tokEnd) !== ',' || ctx.isMedia(acc.speaker)) continue;
    const source = { start: acc.speaker.start, end: acc.speaker.end };
    if (ctx.lemma(acc.tokStart) === 'cite') {
      out.push({ kind: 'indirect', content: source, cue: acc.cue, source: q.source, speaker: q.speaker, via: [], rule: 'quotes.indirect.citing' });
    } else {
      // Its rule is that of a relay, so the principal's quote inside it stays.
      const content = { start: t.start[acc.tokEnd + 1], end: q.content.end };
      out.push({ kind: 'indirect', content, cue: acc.cue, source, speaker: ctx.ref(acc.speaker), via: [], rule: 'quotes.indirect.nested' });
    }
  }
  return out;
}

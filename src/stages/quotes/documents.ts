/**
 * A poll or survey as the source of a finding with no verb: "In the latest poll, Clinton leads by
 * five points", "Trump gained ground in two national surveys". The cue is "in", the source the poll.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { contentEnd } from './indirect.js';
import type { QuoteContext } from './speakers.js';

const MEASURES = new Set(['poll', 'survey']);

/** Finds "in <poll>" attributions in sentences that no other quote covers. */
export function findPollFindings(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const covered = (s: Span) => found.some((q) => (q.cue && q.cue.start < s.end && s.start < q.cue.end) || (q.content.start < s.end && s.start < q.content.end));
  for (const s of doc.sentences!) {
    for (let k = s.tokStart; k < s.tokEnd - 2; k++) {
      if (ctx.lemma(k) !== 'in' || t.pos[k] !== POS.ADP || inDirect(t.start[k])) continue;
      const poll = ctx.phraseAt(k + 1, s.tokEnd);
      if (!poll) continue;
      // The poll's head noun: the last noun before an "of"/"by" tail ("one of the first post-debate polls").
      let head = -1;
      for (let j = poll.tokStart; j < poll.tokEnd; j++) if (MEASURES.has(ctx.lemma(j)) && t.pos[j] === POS.NOUN) head = j;
      if (head < 0) continue;
      let content: Span | null = null;
      if (k === s.tokStart && tokenText(doc, poll.tokEnd) === ',') {
        // "In the last poll, conducted in May, …": a participle's aside is about the poll.
        let c = poll.tokEnd + 1;
        if (t.pos[c] === POS.VERB && /ed$/.test(tokenText(doc, c))) {
          while (c < s.tokEnd && tokenText(doc, c) !== ',') c++;
          c++;
        }
        const end = contentEnd(ctx, c, s.tokEnd);
        if (end - c > 2) content = { start: t.start[c], end: t.end[end - 1] };
      } else if (k > s.tokStart + 2 && /^[.,;]$/.test(tokenText(doc, poll.tokEnd))) {
        content = { start: t.start[s.tokStart], end: t.end[k - 1] };
      }
      if (!content) continue;
      const cue = { start: t.start[k], end: t.end[k] };
      if (covered(cue) || covered(content)) continue;
      out.push({ kind: 'indirect', content, cue, source: { start: poll.start, end: poll.end }, speaker: { code: null, name: doc.text.slice(poll.start, poll.end) }, via: [], rule: 'quotes.indirect.poll' });
      k = poll.tokEnd;
    }
  }
  return out;
}

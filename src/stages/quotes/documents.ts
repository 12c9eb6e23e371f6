/**
 * A poll or survey as the source of a finding with no verb: "In the latest poll, Clinton leads by
 * five points", "Trump gained ground in two national surveys". The cue is "in", the source the poll.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { contentEnd } from './content-end.js';
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
      const poll = measurePhrase(ctx, k + 1, s.tokEnd);
      if (!poll) continue;
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
      } else if (k > s.tokStart + 2 && (poll.tokEnd >= s.tokEnd || /^[.,;]$/.test(tokenText(doc, poll.tokEnd)) || t.pos[poll.tokEnd] === POS.AUX)) {
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

/** Words a poll's name may hold before its head noun: "the previous Washington Post/ABC News national poll". */
const MODIFIERS = new Set<number>([POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN, POS.CCONJ]);

/**
 * The poll named after "in": its modifiers, a head noun of measuring ("poll", "surveys") and what
 * describes it up to the clause's end ("some polls in the Middle West", "snap polls conducted after
 * the debates", "one of the first post-debate polls to emerge"). Null when no such noun heads it.
 */
function measurePhrase(ctx: QuoteContext, from: number, hi: number): Span & { tokStart: number; tokEnd: number } | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let k = from;
  // "one of the first …": a partitive before the poll itself.
  if (t.pos[k] === POS.NUM && ctx.lemma(k + 1) === 'of') k += 2;
  let head = -1;
  for (; k < Math.min(hi, from + 12); k++) {
    if (MEASURES.has(ctx.lemma(k)) && t.pos[k] === POS.NOUN) head = k;
    else if (head >= 0) break;
    else if (!MODIFIERS.has(t.pos[k]) && !/^[/-]$/.test(tokenText(doc, k))) return null;
  }
  if (head < 0) return null;
  // The description runs on to a clause break or the clause's own verb: "… polls … may prove".
  let end = head + 1;
  // A list of names goes on past its commas: "by outlets such as Time, Slate and Drudge Report".
  const listed = (k: number) => tokenText(doc, k) === ',' && t.pos[k - 1] === POS.PROPN && t.pos[k + 1] === POS.PROPN;
  while (end < hi && (!/^[.,;:!?]$/.test(tokenText(doc, end)) || listed(end)) && t.pos[end] !== POS.AUX && !(t.pos[end] === POS.VERB && !describes(ctx, end))) end++;
  return { tokStart: from, tokEnd: end, start: t.start[from], end: t.end[end - 1] };
}

/** A verb that describes the noun before it rather than heading a clause: "conducted after …", "to emerge". */
function describes(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens!;
  return ctx.lemma(k - 1) === 'to' || (/(ed|en)$/.test(t.lower[k]) && t.pos[k - 1] === POS.NOUN);
}

/** Assembling a quote: its speaker, its reporting chain and its spans. */
import type { ActorRef, Doc, Quote, Span } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** True when `span` overlaps the cue of a quote in `quotes`: a second cue class must not claim it. */
export function overlapsCue(quotes: Quote[], span: Span): boolean {
  return quotes.some((q) => q.cue && q.cue.start < span.end && span.start < q.cue.end);
}

/**
 * True when `offset` lies in what a cued quote in `quotes` reports: a cue there is part of that
 * report. Between the pieces of an interrupted quotation the words are the reporter's.
 */
export function insideReport(quotes: Quote[], offset: number): boolean {
  return quotes.some((q) => q.cue && (q.parts ?? [q.content]).some((c) => offset >= c.start && offset < c.end));
}

/** The first token that ends after `offset`. */
export function tokenAt(doc: Doc, offset: number, from = 0): number {
  const t = doc.tokens!;
  let i = from;
  while (i < t.count && t.end[i] <= offset) i++;
  return i;
}

/**
 * The cue as PARC-style annotation marks it: with a colon after it ("He said:") and with the
 * medium it was said in ("said in a statement", "wrote in an email to the board").
 */
function cueWords(ctx: QuoteContext, cue: Cue): Span {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (doc.text[cue.cue.end] === ':') return { start: cue.cue.start, end: cue.cue.end + 1 };
  const k = tokenAt(doc, cue.cue.end);
  const endsCue = k > 0 && t.end[k - 1] === cue.cue.end;
  if (cue.according || !endsCue || ctx.lemma(k) !== 'in') return cue.cue;
  let j = k + 1;
  if (t.pos[j] === POS.DET || (t.pos[j] === POS.PRON && /^(his|her|its|their)$/.test(ctx.lemma(j)))) j++;
  while (j < k + 5 && (t.pos[j] === POS.ADJ || t.pos[j] === POS.NOUN) && !ctx.rules.medium.has(ctx.lemma(j))) j++;
  return ctx.rules.medium.has(ctx.lemma(j)) ? { start: cue.cue.start, end: t.end[j] } : cue.cue;
}

/** Builds a quote, choosing the speaker and the outlets that relayed it from the cues found. */
export function build(ctx: QuoteContext, kind: Quote['kind'], content: Span, cue: Cue | null, inner: Cue | null, embedded: Speaker | null, rule: string, relay: Speaker | null = null): Quote {
  let speaker: Speaker | null = cue ? cue.speaker : null;
  const via: ActorRef[] = [];
  const add = (ref: ActorRef) => { if (!via.some((v) => v.name === ref.name)) via.push(ref); };
  if (cue && cue.according && inner && inner.speaker.start !== cue.speaker.start) {
    // "According to the Foreign Ministry, she said ...": the named source relays the speaker.
    add(ctx.ref(cue.speaker));
    speaker = inner.speaker;
  } else if (cue && ctx.isMedia(cue.speaker)) {
    // The outlet relays someone: the speaker inside the quote or the sentence's subject.
    const who = inner?.speaker ?? embedded;
    if (who && !ctx.isMedia(who)) {
      add(ctx.ref(cue.speaker));
      speaker = who;
    }
  } else if (!cue && (inner || embedded)) speaker = (inner?.speaker ?? embedded)!;
  if (relay) add(ctx.ref(relay));
  if (speaker && !ctx.isMedia(speaker) && !relay) {
    const outlet = ctx.outletAt(cue ? cue.cue.end : content.start, speaker);
    if (outlet) add(outlet);
  }
  // "According to Yahoo News, Lehrich said …": two attributions; this quote's cue is the speech verb.
  const cueSpan = cue ? cueWords(ctx, cue.according && inner ? inner : cue) : null;
  return {
    kind,
    content,
    cue: cueSpan,
    source: speaker ? { start: speaker.start, end: speaker.end } : null,
    speaker: speaker ? ctx.ref(speaker) : null,
    via,
    rule,
  };
}

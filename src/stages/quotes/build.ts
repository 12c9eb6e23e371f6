/** Assembling a quote: its speaker, its reporting chain and its spans. */
import type { ActorRef, Doc, Quote, Span } from '../../doc/types.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** The first token that ends after `offset`. */
export function tokenAt(doc: Doc, offset: number, from = 0): number {
  const t = doc.tokens!;
  let i = from;
  while (i < t.count && t.end[i] <= offset) i++;
  return i;
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
  return {
    kind,
    content,
    cue: cue ? cue.cue : null,
    source: speaker ? { start: speaker.start, end: speaker.end } : null,
    speaker: speaker ? ctx.ref(speaker) : null,
    via,
    rule,
  };
}

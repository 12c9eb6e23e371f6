/**
 * The JSON contract `readout code` prints, one object per article. Other tools read these
 * field names: add fields freely, never rename them. Offsets refer to `document.text`.
 */
import type { ActorRef, Doc, Span } from './types.js';
import { textOf } from './types.js';

export interface SpanText {
  start: number;
  end: number;
  text: string;
}

export interface ArticleResult {
  id: string;
  document: {
    title: string | null;
    date: string | null;
    publisher: ActorRef | null;
    source: string | null;
    text: string;
    /** Offset of `text` in the input when it is one contiguous slice of it, else -1. */
    offset: number;
  };
  entities: Array<{
    id: string;
    name: string;
    kind: string;
    actor: string | null;
    role: string | null;
    new: boolean;
    mentions: Array<SpanText & { kind: string; rule: string; corrected_from?: string }>;
  }>;
  events: Array<{
    cameo: string;
    plover: string | null;
    quad: number;
    goldstein: number;
    /** From an imported user code list: plover is null, quad and goldstein are the CAMEO parent's or 0 (unknown). */
    user_code?: boolean;
    source: ActorRef;
    target: ActorRef | null;
    date: string | null;
    text: string;
    start: number;
    end: number;
    evidence: SpanText[];
    trigger: SpanText;
    rule: string;
    reported_by?: ActorRef;
    negated?: boolean;
  }>;
  quotes: Array<{
    kind: 'direct' | 'indirect';
    text: string;
    speaker: ActorRef | null;
    via: ActorRef[];
    content: SpanText;
    /** The content's pieces when the attribution interrupts it; `content` spans them all. */
    parts?: SpanText[];
    cue: SpanText | null;
    source: SpanText | null;
    rule: string;
  }>;
  stances: Array<{
    holder: ActorRef;
    issue: string;
    target?: ActorRef;
    polarity: 'support' | 'oppose';
    text: string;
    start: number;
    end: number;
    rule: string;
  }>;
  provenance: Record<string, string>;
}

/** One coded event of the contract. */
export type ResultEvent = ArticleResult['events'][number];

/** A quotation's words without its outer marks and the comma before the closing mark. */
export function quotedText(text: string): string {
  // One mark each side: a nested quote at either end keeps its own mark ("‘A’ and ‘B’ …").
  return text.trim().replace(/^(''|``|["“”‘'«„])/, '').replace(/(''|["“”’'»])$/, '').trim().replace(/,$/, '');
}

function spanText(doc: Doc, span: Span): SpanText {
  return { start: span.start, end: span.end, text: textOf(doc, span) };
}

/** Turns a fully annotated Doc into the output contract. */
export function toResult(doc: Doc): ArticleResult {
  const mentions = doc.mentions ?? [];
  return {
    id: doc.meta.id,
    document: {
      title: doc.meta.title,
      date: doc.meta.date,
      publisher: doc.meta.publisher,
      source: doc.meta.source,
      text: doc.text,
      offset: doc.rawOffset,
    },
    entities: (doc.entities ?? []).map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      actor: e.actor,
      role: e.role,
      new: e.isNew,
      mentions: e.mentions.map((i) => {
        const m = mentions[i];
        const out: SpanText & { kind: string; rule: string; corrected_from?: string } = {
          ...spanText(doc, m),
          kind: m.kind,
          rule: m.rule,
        };
        if (m.correctedFrom) out.corrected_from = m.correctedFrom;
        return out;
      }),
    })),
    events: (doc.events ?? []).map((e) => {
      const first = e.evidence[0];
      return {
        cameo: e.cameo,
        plover: e.plover,
        quad: e.quad,
        goldstein: e.goldstein,
        ...(e.userCode ? { user_code: true } : {}),
        source: e.source,
        target: e.target,
        date: e.date,
        text: textOf(doc, first),
        start: first.start,
        end: first.end,
        evidence: e.evidence.map((s) => spanText(doc, s)),
        trigger: spanText(doc, e.trigger),
        rule: e.rule,
        ...(e.reportedBy ? { reported_by: e.reportedBy } : {}),
        ...(e.negated ? { negated: true } : {}),
      };
    }),
    quotes: (doc.quotes ?? []).map((q) => ({
      kind: q.kind,
      text: (q.parts ?? [q.content]).map((p) => quotedText(textOf(doc, p))).join(' '),
      speaker: q.speaker,
      via: q.via,
      content: spanText(doc, q.content),
      ...(q.parts ? { parts: q.parts.map((p) => spanText(doc, p)) } : {}),
      cue: q.cue ? spanText(doc, q.cue) : null,
      source: q.source ? spanText(doc, q.source) : null,
      rule: q.rule,
    })),
    stances: (doc.stances ?? []).map((s) => ({
      holder: s.holder,
      issue: s.issue,
      ...(s.target ? { target: s.target } : {}),
      polarity: s.polarity,
      text: textOf(doc, s.evidence),
      start: s.evidence.start,
      end: s.evidence.end,
      rule: s.rule,
    })),
    provenance: doc.provenance,
  };
}

/**
 * The document model. One `Doc` owns the text; every layer stores half-open character
 * offsets into `doc.text` and never copies strings. This module imports nothing.
 */

/** A half-open character range `[start, end)` into `doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Where an article came from and what the cleaner read off it. */
export interface DocMeta {
  /** Caller's id (JSONL input) or a content hash. */
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) the article was published or datelined. */
  date: string | null;
  publisher: ActorRef | null;
  /** Path, URL or "-" for stdin. */
  source: string | null;
  /** Already clean running text: the cleaner keeps it whole and reads no headline. */
  verbatim?: boolean;
  /** Spans of the raw input the caller marked as names (an annotator's marks): each names an actor. */
  names?: Span[];
}

/** A resolved actor as it appears in output: CAMEO-style code plus a readable name. */
export interface ActorRef {
  code: string | null;
  name: string;
}

export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON',
  'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/**
 * Tokens as parallel arrays (struct of arrays) so a long article costs a handful of
 * allocations, not one object per token.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Index into POS_TAGS. */
  pos: Uint8Array;
  /** Lower-cased lemma. */
  lemma: string[];
  /** Lower-cased word as written; rules compare with it on every token, so it is made once. */
  lower: string[];
  /** Index of the sentence holding each token. */
  sent: Int32Array;
}

export interface Sentence extends Span {
  /** First token index and one past the last. */
  tokStart: number;
  tokEnd: number;
  paragraph: number;
}

/** `other`: a name that is no actor (a competition, an index, a product): "World Cup", "Nikkei". */
export type EntityKind = 'person' | 'country' | 'organization' | 'media' | 'group' | 'location' | 'other';

export type MentionKind =
  | 'name' // a proper name: "Wang Yi", "Xinhua", "North Korea"
  | 'adjective' // "Chinese", "Japanese"
  | 'title' // a role title with or without a name: "Foreign Minister Sergey Lavrov"
  | 'pronoun' // "he", "his", "its"
  | 'nominal'; // "the wire", "the minister", "his Japanese counterpart"

export interface Mention extends Span {
  tokStart: number;
  tokEnd: number;
  kind: MentionKind;
  /** Index into `doc.entities`, or -1 when unresolved. */
  entity: number;
  /** Id of the rule that found or resolved the mention. */
  rule: string;
  /** Set when the text misspells a known name ("Taro Tono" for Taro Kono). */
  correctedFrom?: string;
  /** Where the name itself starts in a titled mention ("Foreign Minister |Wang Yi"). */
  nameStart?: number;
  /** The country word of a composite ("|Iraqi| troops", "Foreign Minister of |Japan|"), a name or an adjective. */
  modifier?: Span & { kind: 'name' | 'adjective' };
}

export interface Entity {
  /** Knowledge-base id, or `new:<slug>` for an actor described only by the text. */
  id: string;
  name: string;
  kind: EntityKind;
  /** CAMEO-style code at the article date, e.g. CHNGOV; null when unknown. */
  actor: string | null;
  /** Role title at the article date, when known. */
  role: string | null;
  /** Grammatical gender for pronoun resolution, when known. */
  gender: 'm' | 'f' | null;
  /** True when the actor is not in the knowledge base and was coded from the text. */
  isNew: boolean;
  mentions: number[];
}

export interface DateMention extends Span {
  /** Resolved ISO date. */
  date: string;
}

export interface Event {
  cameo: string;
  plover: string | null;
  quad: number;
  goldstein: number;
  /** The code is from an imported user code list: no PLOVER type; quad and Goldstein from its CAMEO parent, else 0 (unknown). */
  userCode?: boolean;
  source: ActorRef;
  target: ActorRef | null;
  date: string | null;
  /** Evidence: the clause or phrase that supports the event (several when merged). */
  evidence: Span[];
  /** The words that triggered the rule. */
  trigger: Span;
  sentence: number;
  rule: string;
  /** Set when the event is reported inside someone's speech rather than asserted. */
  reportedBy?: ActorRef;
  negated?: boolean;
}

export interface Quote {
  kind: 'direct' | 'indirect';
  content: Span;
  /**
   * The content's pieces when the attribution interrupts it ("The museum, he said, was …",
   * "“…,” he said. “…”"); `content` then runs from the first piece to the last.
   */
  parts?: Span[];
  cue: Span | null;
  /** The speaker's mention as written ("he", "Wang"), when there is one. */
  source: Span | null;
  speaker: ActorRef | null;
  via: ActorRef[];
  rule: string;
}

export interface Stance {
  holder: ActorRef;
  issue: string;
  /** The actor the stance is toward, when the issue is an actor ("X praised Y"). */
  target?: ActorRef;
  polarity: 'support' | 'oppose';
  evidence: Span;
  rule: string;
}

/** Stage name → stage version and data version, for provenance. */
export type Provenance = Record<string, string>;

export interface Doc {
  meta: DocMeta;
  /** The cleaned text; fixed once the clean stage has run. */
  text: string;
  /** The input as received, before cleaning. */
  raw: string;
  /** Offset of `text` inside `raw` when the text is one contiguous slice of it, else -1. */
  rawOffset: number;
  paragraphs?: Span[];
  sentences?: Sentence[];
  tokens?: Tokens;
  dates?: DateMention[];
  mentions?: Mention[];
  entities?: Entity[];
  events?: Event[];
  quotes?: Quote[];
  stances?: Stance[];
  provenance: Provenance;
}

/** The names of the layers a stage may require or assign. */
export type Layer =
  | 'raw'
  | 'text'
  | 'meta'
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'dates'
  | 'mentions'
  | 'entities'
  | 'events'
  | 'quotes'
  | 'stances';

/** Reads the text a span covers. */
export function textOf(doc: Pick<Doc, 'text'>, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Builds a Doc from raw text before any stage has run. */
export function createDoc(raw: string, meta: Partial<DocMeta> = {}): Doc {
  return {
    meta: {
      id: meta.id ?? '',
      title: meta.title ?? null,
      date: meta.date ?? null,
      publisher: meta.publisher ?? null,
      source: meta.source ?? null,
      ...(meta.verbatim ? { verbatim: true } : {}),
      ...(meta.names?.length ? { names: meta.names } : {}),
    },
    text: raw,
    raw,
    rawOffset: 0,
    provenance: {},
  };
}

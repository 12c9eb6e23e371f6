/**
 * The `Store` interface: where coded articles and their layers are kept and queried.
 * Methods are async so a networked implementation (PostgreSQL) fits the same shape; every
 * implementation must pass `store.contract.ts`.
 */
import type { ActorRef } from '../doc/types.js';
import type { ArticleResult, ResultEvent, SpanText } from '../doc/result.js';
import type {
  ActorActivity, ActorHit, ActorProfile, ActorSearch, ArticleHit, ArticleSearch, DateRange, DyadMonth, EventSearch,
  Network, NetworkQuery, Page, QuoteHit, QuoteSearch, StanceMatrix, StanceMatrixQuery, StoredArticle, TimelinePoint,
} from './explore.js';

export * from './explore.js';

export type InputStatus = 'coded' | 'skipped' | 'failed';

export interface SaveArticleInput {
  /** sha256 hex of the article text; an article is stored once per hash. */
  hash: string;
  /** Path (with `:line` or `[index]` for multi-article files), URL or "-". */
  source: string;
  result: ArticleResult;
}

export interface SaveOutcome {
  articleId: number;
  status: 'coded' | 'skipped';
  reason?: string;
}

/**
 * What to select. Every field is optional; fields combine with AND.
 * - `actor`: an exact code (CHNGOV) or a code prefix (CHN), or an exact name (case-insensitive);
 *   matches an event's source or target, a quote's speaker, a stance's holder or target, an entity.
 * - `type`: for events and articles a CAMEO code prefix ("04") or a PLOVER name (CONSULT);
 *   for quotes the kind (direct, indirect); for stances the polarity or the issue;
 *   for actors the entity kind (person, country, ...).
 * - `from`/`to`: inclusive ISO dates or prefixes ("2017", "2017-09"); an event's own date
 *   wins over its article's date.
 * - `text`: substring of evidence, quote or stance text, actor name; full-text match on articles.
 */
export interface QueryFilter {
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  text?: string;
  /** Actors only: those described only by the text (not in the knowledge base). */
  isNew?: boolean;
  limit?: number;
  offset?: number;
}

/** Fields every row that belongs to one article carries. */
interface ArticleLink {
  articleId: number;
  /** The article's own id from the result (caller's id or content hash). */
  articleRef: string;
  articleTitle: string | null;
}

/** A stored event: the result contract's event, with store ids and camelCase flags. */
export interface EventRow extends ArticleLink, Omit<ResultEvent, 'reported_by' | 'negated' | 'user_code'> {
  id: number;
  /** Coded from an imported user code list (plover is null). */
  userCode: boolean;
  /** The event's date, else its article's date. */
  date: string | null;
  reportedBy: ActorRef | null;
  negated: boolean;
}

export interface QuoteRow extends ArticleLink {
  id: number;
  kind: 'direct' | 'indirect';
  text: string;
  speaker: ActorRef | null;
  via: ActorRef[];
  content: SpanText;
  /** The content's pieces when the attribution interrupts it, else null. */
  parts: SpanText[] | null;
  cue: SpanText | null;
  source: SpanText | null;
  rule: string;
  date: string | null;
}

export interface StanceRow extends ArticleLink {
  id: number;
  holder: ActorRef;
  issue: string;
  /** The actor the stance is toward (`issue` is then its name), else null. */
  target: ActorRef | null;
  polarity: 'support' | 'oppose';
  text: string;
  start: number;
  end: number;
  rule: string;
  date: string | null;
}

export interface ActorRow {
  code: string | null;
  name: string;
  kind: string;
  role: string | null;
  isNew: boolean;
  /** Articles the actor appears in. */
  articles: number;
  mentions: number;
  /** Events with the actor as source or target. */
  events: number;
}

export interface ArticleRow {
  id: number;
  ref: string;
  hash: string;
  source: string;
  title: string | null;
  date: string | null;
  publisher: ActorRef | null;
  /** The first characters of the text, whitespace collapsed. */
  snippet: string;
  chars: number;
  offset: number;
  codedAt: string;
  provenance: Record<string, string>;
  events: number;
  quotes: number;
  stances: number;
}

export interface InputRow {
  source: string;
  status: InputStatus;
  reason: string | null;
  articleId: number | null;
  recordedAt: string;
}

export interface StoreCounts {
  articles: number;
  entities: number;
  mentions: number;
  events: number;
  quotes: number;
  stances: number;
  inputs: Record<InputStatus, number>;
}

export interface Store {
  /** Brings the schema up to date; safe to call again. Returns the schema version. */
  migrate(): Promise<number>;
  /** Stores an article and all its layers atomically; a known hash is skipped, not stored twice. Also records the input. */
  saveArticle(input: SaveArticleInput): Promise<SaveOutcome>;
  /** The stored article id for a content hash, or null. */
  findArticle(hash: string): Promise<number | null>;
  /** Records the outcome for one input; a later outcome replaces an earlier one, except that a coded input stays coded when re-read unchanged. */
  recordInput(source: string, status: InputStatus, reason?: string | null, articleId?: number | null): Promise<void>;
  events(filter?: QueryFilter): Promise<EventRow[]>;
  quotes(filter?: QueryFilter): Promise<QuoteRow[]>;
  stances(filter?: QueryFilter): Promise<StanceRow[]>;
  actors(filter?: QueryFilter): Promise<ActorRow[]>;
  articles(filter?: QueryFilter): Promise<ArticleRow[]>;
  inputs(filter?: { status?: InputStatus }): Promise<InputRow[]>;
  counts(): Promise<StoreCounts>;
  /** Events with filters, sorting and a total; fast on millions of events. */
  searchEvents(search?: EventSearch): Promise<Page<EventRow>>;
  /** Every event matching `search` (its limit/offset/sort ignored), in id order, read in batches. */
  eachEvent(search?: EventSearch): AsyncIterable<EventRow>;
  /** Quotes by speaker, outlet (reporting chain or publisher) and words. */
  searchQuotes(search?: QuoteSearch): Promise<Page<QuoteHit>>;
  /** Articles, newest first, or by full-text match. */
  searchArticles(search?: ArticleSearch): Promise<Page<ArticleHit>>;
  /** One article with all its layers, or null. */
  article(id: number): Promise<StoredArticle | null>;
  /** Events per month and quad class. */
  timeline(range?: DateRange): Promise<TimelinePoint[]>;
  /** Actors with the most events. */
  topActors(range?: DateRange & { limit?: number }): Promise<ActorActivity[]>;
  /** Actors by part of a name or a code prefix, most active first. */
  searchActors(search?: ActorSearch): Promise<ActorHit[]>;
  /** Everything known about one actor key, or null. */
  actorProfile(key: string): Promise<ActorProfile | null>;
  /** Interactions between two actor keys per month. */
  dyad(a: string, b: string, range?: DateRange): Promise<DyadMonth[]>;
  /** The most interacting pairs of actors and the actors in them. */
  network(query?: NetworkQuery): Promise<Network>;
  /** Support and oppose counts of actors by issue. */
  stanceMatrix(query?: StanceMatrixQuery): Promise<StanceMatrix>;
  close(): Promise<void>;
}

export type StoreErrorCode = 'E_NO_DB' | 'E_SCHEMA' | 'E_STORE' | 'E_CLOSED' | 'E_FILTER';

/** An error from a store, with a stable code and the database it concerns. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly input: string;
  constructor(code: StoreErrorCode, input: string, reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'StoreError';
    this.code = code;
    this.input = input;
  }
}

const DATE_FILTER = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Throws E_FILTER when a filter field is malformed; implementations call it first. */
export function checkFilter(filter: QueryFilter, where: string): void {
  for (const key of ['from', 'to'] as const) {
    const value = filter[key];
    if (value !== undefined && !DATE_FILTER.test(value)) {
      throw new StoreError('E_FILTER', where, `--${key} must be a date like 2017, 2017-09 or 2017-09-01, not "${value}"`);
    }
  }
  for (const key of ['limit', 'offset'] as const) {
    const value = filter[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new StoreError('E_FILTER', where, `${key} must be a whole number >= 0, not ${value}`);
    }
  }
}

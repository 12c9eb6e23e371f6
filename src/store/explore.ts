/**
 * Types for exploring a store at scale: paged searches with totals, and aggregates
 * (timelines, actor profiles, dyads, the actor network, the stance matrix) that a store
 * keeps up to date as articles are saved, so they answer fast on millions of events.
 *
 * An actor is identified by its *key*: its code (CHNGOV) when it has one, else its name
 * (actors described only by the text). Aggregates count events that are not negated and
 * group dates by month; `from`/`to` on aggregates are truncated to months.
 */
import type { ActorRef } from '../doc/types.js';
import type { ArticleResult } from '../doc/result.js';
import type { ArticleRow, QuoteRow } from './store.js';

/** One page of rows and how many rows match in all. */
export interface Page<T> {
  rows: T[];
  /** Matching rows, counted up to `TOTAL_CAP`. */
  total: number;
  /** False when counting stopped at the cap: there are more than `total`. */
  exact: boolean;
}

/** Counting matches stops here, so a broad filter on millions of rows still answers fast. */
export const TOTAL_CAP = 1_000;

/** The deepest page a search reaches (`offset`). */
export const MAX_OFFSET = 10_000;

/** Date range shared by searches and aggregates: inclusive ISO dates or prefixes. */
export interface DateRange {
  from?: string;
  to?: string;
}

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein';

export interface EventSearch extends DateRange {
  /** Actor code or code prefix (CHN matches CHNGOV), on either side. */
  actor?: string;
  /** Exact name of an actor without a code, on either side. */
  actorName?: string;
  /** With `actor`: only events between `actor` and this code or prefix, in either direction. */
  partner?: string;
  /** `actor` and `partner` are whole codes, not prefixes. */
  exact?: boolean;
  /** ISO 3166 alpha-3 code: the country of the source or of the target. */
  country?: string;
  /** CAMEO code prefix ("04", "042"). */
  cameo?: string;
  /** PLOVER category (CONSULT). */
  plover?: string;
  /** Quad classes 1-4 (verbal/material cooperation, verbal/material conflict). */
  quad?: number[];
  /** Words that must all occur in the evidence text. */
  text?: string;
  /** False leaves out negated events ("did not meet"). */
  negated?: boolean;
  articleId?: number;
  sort?: EventSort;
  limit?: number;
  offset?: number;
}

export interface QuoteSearch extends DateRange {
  /** Speaker code or code prefix. */
  speaker?: string;
  /** `speaker` is a whole code, not a prefix. */
  exact?: boolean;
  /** Exact speaker name (for speakers without a code). */
  speakerName?: string;
  /** Outlet in the reporting chain, or the publisher: code (CHNMED) or exact name (Xinhua). */
  outlet?: string;
  /** Words that must all occur in the quote. */
  text?: string;
  kind?: 'direct' | 'indirect';
  /** true: only quotes whose speaker is known; false: only those without one. */
  attributed?: boolean;
  limit?: number;
  offset?: number;
}

/** A quote with the publisher of its article: the end of the reporting chain. */
export interface QuoteHit extends QuoteRow {
  publisher: ActorRef | null;
}

export interface ArticleSearch extends DateRange {
  /** Full-text query; words are ANDed. */
  text?: string;
  /** Newest first (default), oldest first, or best match first (needs `text`; ranks the newest 5,000 matches). */
  sort?: 'date' | '-date' | 'rank';
  limit?: number;
  offset?: number;
}

/** An article row; with a text search, a snippet whose matches sit between \u0002 and \u0003. */
export interface ArticleHit extends ArticleRow {
  highlight: string | null;
}

/** An article with every layer, as the `readout code` contract. */
export interface StoredArticle {
  article: ArticleRow;
  result: ArticleResult;
}

/** Events per month and quad class. */
export interface TimelinePoint {
  month: string;
  quad: number;
  events: number;
  /** Mean Goldstein score. */
  goldstein: number;
}

export interface ActorActivity {
  key: string;
  code: string | null;
  /** The name the actor was last seen under. */
  name: string;
  events: number;
  goldstein: number;
}

export interface ActorSearch {
  /** Part of a name, or a code prefix. */
  text?: string;
  kind?: string;
  limit?: number;
}

export interface ActorHit {
  key: string;
  code: string | null;
  name: string;
  kind: string;
  /** Articles the actor is mentioned in. */
  articles: number;
  /** Events (not negated) the actor takes part in. */
  events: number;
  isNew: boolean;
}

/** A name an actor appears under, with the role the text gave it and when. */
export interface ActorName {
  name: string;
  kind: string;
  role: string | null;
  articles: number;
  first: string | null;
  last: string | null;
  isNew: boolean;
}

export interface ActorProfile {
  key: string;
  code: string | null;
  name: string;
  names: ActorName[];
  events: number;
  asSource: number;
  asTarget: number;
  goldstein: number;
  /** Counts by CAMEO root (two digits) and side. */
  byType: Array<{ root: string; side: 'source' | 'target'; events: number; goldstein: number }>;
  partners: Array<ActorActivity & { outgoing: number; incoming: number }>;
  months: Array<{ month: string; events: number; goldstein: number }>;
  quotes: number;
  stances: number;
}

/** Interactions between two actors in one month, both directions. */
export interface DyadMonth {
  month: string;
  events: number;
  goldstein: number;
  /** Events with the first actor as source. */
  forward: number;
  backward: number;
}

/**
 * With a date range, pairs are ranked by their events in the range among the 1,000 pairs
 * most active overall (12 × limit when that is more).
 */
export interface NetworkQuery extends DateRange {
  /** Most interacting pairs to return. */
  limit?: number;
  /** Only pairs with at least this many events. */
  minEvents?: number;
  /** Only pairs that involve this actor key. */
  actor?: string;
}

export interface Network {
  nodes: ActorActivity[];
  /** Undirected: `source` sorts before `target`. */
  edges: Array<{ source: string; target: string; events: number; goldstein: number }>;
}

export interface StanceMatrixQuery {
  /** Only stances of this actor key. */
  actor?: string;
  /** Part of an issue. */
  issue?: string;
  actors?: number;
  issues?: number;
}

export interface StanceMatrix {
  actors: Array<{ key: string; code: string | null; name: string; stances: number }>;
  issues: Array<{ issue: string; stances: number }>;
  cells: Array<{ actor: string; issue: string; support: number; oppose: number }>;
}

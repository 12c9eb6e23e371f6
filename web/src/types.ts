/**
 * Shapes of the API's answers, from the server's own types.
 */
import type { ActorRef } from '../../src/doc/types.js';
import type { ArticleResult } from '../../src/doc/result.js';
import type {
  ActorActivity, ActorHit, ActorProfile, ArticleHit, DyadMonth, EventRow, Page, QuoteHit, StanceMatrix, StanceRow,
  StoreCounts, StoredArticle, TimelinePoint,
} from '../../src/store/store.js';

export type {
  ActorRef, ArticleResult, ArticleHit, DyadMonth, EventRow, Page, QuoteHit, StanceRow, StoredArticle, TimelinePoint,
};

type Labeled<T> = T & { label: string };
export type Actor = Labeled<ActorActivity>;
export type Hit = Labeled<ActorHit>;
export type Profile = Labeled<Omit<ActorProfile, 'partners'>> & { partners: Array<Labeled<ActorProfile['partners'][number]>> };
export type Matrix = Omit<StanceMatrix, 'actors'> & { actors: Array<Labeled<StanceMatrix['actors'][number]>> };
export interface NetworkAnswer {
  nodes: Actor[];
  edges: Array<{ source: string; target: string; events: number; goldstein: number }>;
}
export interface Stats {
  counts: StoreCounts;
  version: string;
  writeNeedsToken: boolean;
}
export interface Ontology {
  quadClasses: Record<string, string>;
  plover: Array<{ name: string; quad: number; description: string }>;
  roots: Array<{ code: string; label: string; quad: number; goldstein: number }>;
}

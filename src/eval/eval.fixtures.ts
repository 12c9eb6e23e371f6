/**
 * Small hand-made results and paths for the scorer tests.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleResult } from '../doc/result.js';
import type { ActorRef } from '../doc/types.js';

type Event = ArticleResult['events'][number];
type Entity = ArticleResult['entities'][number];
type Quote = ArticleResult['quotes'][number];
type Stance = ArticleResult['stances'][number];

/** The shared data folder beside the checkout. */
export const SHARED_DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');

/** `false` when `path` exists, else the reason a real-data test is skipped. */
export function needs(path: string): false | string {
  return existsSync(path) ? false : `needs ${path} (shared reference data), which this clone lacks`;
}

export const actor = (code: string | null, name = code ?? '?'): ActorRef => ({ code, name });

/** An event with just what the scorers read. */
export function event(plover: string, source: ActorRef, target: ActorRef | null, extra: Partial<Event> = {}): Event {
  return {
    cameo: '010', plover, quad: 1, goldstein: 0, source, target, date: null, text: '', start: 0, end: 0,
    evidence: [], trigger: { start: 0, end: 0, text: '' }, rule: 'test', ...extra,
  };
}

/** An entity with mentions at the given spans of `text`. */
export function entity(name: string, code: string | null, text: string, spans: Array<[number, number, string?]> = []): Entity {
  return {
    id: name, name, kind: 'country', actor: code, role: null, new: false,
    mentions: spans.map(([start, end, kind]) => ({ start, end, text: text.slice(start, end), kind: kind ?? 'name', rule: 'test' })),
  };
}

/** A quote with content, cue and source spans over `text`. */
export function quote(text: string, content: [number, number], cue: [number, number] | null, source: [number, number] | null): Quote {
  const span = (s: [number, number]) => ({ start: s[0], end: s[1], text: text.slice(s[0], s[1]) });
  return { kind: 'direct', text: text.slice(...content), speaker: null, via: [], content: span(content), cue: cue && span(cue), source: source && span(source), rule: 'test' };
}

export function stance(holder: ActorRef, issue: string, polarity: 'support' | 'oppose', start = 0): Stance {
  return { holder, issue, polarity, text: '', start, end: start, rule: 'test' };
}

/** A result over `text` (offset 0) with the given layers. */
export function result(text: string, layers: Partial<Pick<ArticleResult, 'entities' | 'events' | 'quotes' | 'stances'>> = {}, offset = 0): ArticleResult {
  return {
    id: 'test',
    document: { title: null, date: null, publisher: null, source: null, text, offset },
    entities: [], events: [], quotes: [], stances: [],
    provenance: {},
    ...layers,
  };
}

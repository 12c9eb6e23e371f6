/**
 * The API routes as data: method, path, what it does, the schemas of its parameters and
 * body, and the handler. The app registers them and the OpenAPI document is built from them.
 */
import type { z } from 'zod/v4';
import type { Readout } from '../readout.js';
import { parseText } from '../ingest/index.js';
import type { ActorActivity, EventSearch, Store } from '../store/store.js';
import { HttpError } from './errors.js';
import { exportChunks, toStream, type ExportContext, type ExportFormat } from './exports.js';
import type { Labeler } from './labels.js';
import type { Ontology } from './reference.js';
import { CODE_BODY, PATH, QUERY } from './params.js';

/** What the handlers use. */
export interface Deps {
  store: Store;
  readout: () => Promise<Readout>;
  label: Labeler;
  exports: ExportContext;
  ontology: Ontology;
  /** Whether POST routes need the bearer token. */
  writeNeedsToken: boolean;
  version: string;
}

export interface Input<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  deps: Deps;
}

export interface Route<Q = any, P = any, B = any> {
  method: 'get' | 'post';
  /** Hono syntax: /api/articles/:id */
  path: string;
  summary: string;
  query: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Stores something; needs the token when the server is not on localhost. */
  write?: boolean;
  /** Response media type when not JSON. */
  produces?: string;
  handle(input: Input<Q, P, B>): Promise<unknown>;
}

const route = <Q extends z.ZodObject, P extends z.ZodObject | undefined = undefined, B extends z.ZodType | undefined = undefined>(r: {
  method: 'get' | 'post'; path: string; summary: string; query: Q; params?: P; body?: B; write?: boolean; produces?: string;
  handle(input: Input<z.output<Q>, P extends z.ZodObject ? z.output<P> : undefined, B extends z.ZodType ? z.output<B> : undefined>): Promise<unknown>;
}): Route => r as Route;

type EventQuery = z.output<typeof QUERY.exports>;

function eventSearch(q: EventQuery): EventSearch {
  return {
    actor: q.actor, actorName: q.name, partner: q.partner, exact: q.exact, country: q.country, cameo: q.cameo, plover: q.plover,
    quad: q.quad, from: q.from, to: q.to, text: q.text, negated: q.negated, articleId: q.article,
  };
}

const labeled = <T extends { key: string; code: string | null; name: string }>(deps: Deps, actor: T) =>
  ({ ...actor, label: deps.label(actor.key, actor.code, actor.name) });

const notFound = (what: string) => new HttpError(404, 'E_NOT_FOUND', `${what} not found`);

const EXPORTS: Array<[ExportFormat, string, string]> = [
  ['csv', '/api/events.csv', 'text/csv; charset=utf-8'],
  ['jsonl', '/api/events.jsonl', 'application/x-ndjson'],
  ['plover', '/api/events.plover.json', 'application/json'],
];

async function codeBody(deps: Deps, body: z.output<typeof CODE_BODY>) {
  const [item] = parseText(body.text, 'api', body.format ?? 'text');
  if (!item.ok) throw new HttpError(400, 'E_BODY', `text: ${item.error.message.replace(/^api: /, '')}`, 'text');
  const readout = await deps.readout();
  const hash = item.article.hash;
  const result = readout.code({
    id: body.id ?? hash.slice(0, 16), text: item.article.text, title: body.title ?? item.article.title, date: body.date, source: 'api',
  });
  return { hash, result };
}

/** Every API route. */
export const ROUTES: Route[] = [
  route({
    method: 'get', path: '/api/stats', summary: 'Counts of stored articles, events, quotes, stances and inputs; server facts', query: QUERY.none,
    handle: async ({ deps }) => ({ counts: await deps.store.counts(), version: deps.version, writeNeedsToken: deps.writeNeedsToken }),
  }),
  route({
    method: 'get', path: '/api/ontology', summary: 'Quad classes, PLOVER categories and CAMEO root codes with their labels', query: QUERY.none,
    handle: async ({ deps }) => deps.ontology,
  }),
  route({
    method: 'get', path: '/api/articles', summary: 'Articles, newest first, or matching a full-text query', query: QUERY.articles,
    handle: ({ query, deps }) => deps.store.searchArticles(query),
  }),
  route({
    method: 'get', path: '/api/articles/:id', summary: 'One article with all its layers (the readout code contract)', query: QUERY.none, params: PATH.id,
    handle: async ({ params, deps }) => (await deps.store.article(params.id)) ?? Promise.reject(notFound(`article ${params.id}`)),
  }),
  route({
    method: 'get', path: '/api/search', summary: 'Full-text search over article titles and texts (FTS5), best match first', query: QUERY.search,
    handle: ({ query, deps }) => deps.store.searchArticles({ text: query.q, from: query.from, to: query.to, sort: 'rank', limit: query.limit, offset: query.offset }),
  }),
  route({
    method: 'get', path: '/api/events', summary: 'Events with filters, sorting and paging', query: QUERY.events,
    handle: ({ query, deps }) => deps.store.searchEvents({ ...eventSearch(query), sort: query.sort, limit: query.limit, offset: query.offset }),
  }),
  ...EXPORTS.map(([format, path, type]) => route({
    method: 'get', path, summary: `Export matching events as ${format === 'csv' ? 'CSV with GDELT-like columns' : format === 'jsonl' ? 'JSON lines' : 'PLOVER JSON'}`,
    query: QUERY.exports, produces: type,
    handle: async ({ query, deps }) => new Response(
      toStream(exportChunks(deps.store.eachEvent(eventSearch(query)), format, deps.exports, query.limit)),
      { headers: { 'content-type': type, 'content-disposition': `attachment; filename="${path.slice(5)}"` } },
    ),
  })),
  route({
    method: 'get', path: '/api/timeline', summary: 'Events per month and quad class, with the mean Goldstein score', query: QUERY.timeline,
    handle: ({ query, deps }) => deps.store.timeline(query),
  }),
  route({
    method: 'get', path: '/api/actors/top', summary: 'The most active actors', query: QUERY.topActors,
    handle: async ({ query, deps }) => (await deps.store.topActors(query)).map((a) => labeled(deps, a)),
  }),
  route({
    method: 'get', path: '/api/actors', summary: 'Actors by part of a name or a code prefix, most active first', query: QUERY.actors,
    handle: async ({ query, deps }) => (await deps.store.searchActors(query)).map((a) => labeled(deps, a)),
  }),
  route({
    method: 'get', path: '/api/actors/:key', summary: 'An actor profile: names and roles, counts by event type, partners, months', query: QUERY.none, params: PATH.key,
    handle: async ({ params, deps }) => {
      const profile = await deps.store.actorProfile(params.key);
      if (!profile) throw notFound(`actor ${params.key}`);
      return { ...labeled(deps, profile), partners: profile.partners.map((p) => labeled(deps, p)) };
    },
  }),
  route({
    method: 'get', path: '/api/dyads', summary: 'Interactions between two actors per month, with the mean Goldstein score', query: QUERY.dyads,
    handle: async ({ query, deps }) => ({ a: query.a, b: query.b, months: await deps.store.dyad(query.a, query.b, query) }),
  }),
  route({
    method: 'get', path: '/api/network', summary: 'The most interacting pairs of actors (edges) and their actors (nodes)', query: QUERY.network,
    handle: async ({ query, deps }) => {
      const net = await deps.store.network(query);
      return { nodes: net.nodes.map((n: ActorActivity) => labeled(deps, n)), edges: net.edges };
    },
  }),
  route({
    method: 'get', path: '/api/quotes', summary: 'Quotes by speaker, outlet and words, with the reporting chain', query: QUERY.quotes,
    handle: ({ query, deps }) => deps.store.searchQuotes(query),
  }),
  route({
    method: 'get', path: '/api/stances', summary: 'Stances by holder, issue and polarity', query: QUERY.stances,
    handle: async ({ query, deps }) => {
      const rows = await deps.store.stances({
        actor: query.actor, type: query.issue ?? query.polarity, text: query.text, from: query.from, to: query.to,
        limit: query.limit ?? 50, offset: query.offset,
      });
      return { rows: query.issue && query.polarity ? rows.filter((s) => s.polarity === query.polarity) : rows };
    },
  }),
  route({
    method: 'get', path: '/api/stances/matrix', summary: 'Actors by issues: how often each supports and opposes each', query: QUERY.stanceMatrix,
    handle: async ({ query, deps }) => {
      const matrix = await deps.store.stanceMatrix(query);
      return { ...matrix, actors: matrix.actors.map((a) => labeled(deps, a)) };
    },
  }),
  route({
    method: 'post', path: '/api/code', summary: 'Codes one article and returns the readout code JSON contract; stores nothing', query: QUERY.none, body: CODE_BODY,
    handle: async ({ body, deps }) => (await codeBody(deps, body)).result,
  }),
  route({
    method: 'post', path: '/api/articles', summary: 'Codes one article and stores it', query: QUERY.none, body: CODE_BODY, write: true,
    handle: async ({ body, deps }) => {
      const { hash, result } = await codeBody(deps, body);
      const saved = await deps.store.saveArticle({ hash, source: `api:${result.id}`, result });
      return { ...saved, result };
    },
  }),
];

/**
 * Planning an event search so it answers fast on millions of events. SQLite's own planner
 * sorts whole match sets (every event of a busy actor) or picks skip-scans that read the
 * table; here a search becomes a few *streams*, each an index range already in the
 * requested order (INDEXED BY pins it), merged by UNION ALL and cut to one page. Filters
 * that do not drive a stream are checked row by row inside each stream.
 */
import type { EventSearch } from '../explore.js';
import { ftsQuery } from './query.js';
import { prefixRange, type Params, type Statements, Where } from './sql.js';

type Sort = NonNullable<EventSearch['sort']>;

/** One index range in sort order: `FROM events e INDEXED BY index WHERE cond`. */
export interface Stream {
  index: string;
  cond: string;
  params: Params;
}

export const ORDER: Record<Sort, string> = {
  date: 'e.day, e.id',
  '-date': 'e.day DESC, e.id DESC',
  goldstein: 'e.goldstein, e.day, e.id',
  '-goldstein': 'e.goldstein DESC, e.day DESC, e.id DESC',
};

/** Above this many text matches, text filters rows; below, the matches drive the search. */
export const TEXT_DRIVES = 2_000;
/** More streams than this and one ordered scan with every filter is cheaper. */
export const MAX_STREAMS = 120;

type Filter = 'actor' | 'actorName' | 'country' | 'cameo' | 'plover' | 'quad' | 'text';

/** Conditions for every filter except those in `skip`; `textIn` replaces the text lookup. */
export function filters(search: EventSearch, skip: ReadonlySet<Filter> = new Set(), textIn?: string): Where {
  const where = new Where();
  const code = (column: string, value: string, exact?: boolean) => {
    if (exact) return { sql: `${column} = ?`, params: [value.toUpperCase()] as Params };
    const [sql, ...params] = prefixRange(column, value);
    return { sql, params: params as Params };
  };
  const either = (value: string, exact?: boolean) => {
    const s = code('e.source_code', value, exact);
    const t = code('e.target_code', value, exact);
    return { sql: `(${s.sql}) OR (${t.sql})`, params: [...s.params, ...t.params] };
  };
  if (search.actor && !skip.has('actor')) {
    if (search.partner) {
      const [a1, b1, a2, b2] = [code('e.source_code', search.actor, search.exact), code('e.target_code', search.partner, search.exact),
        code('e.source_code', search.partner, search.exact), code('e.target_code', search.actor, search.exact)];
      where.add(`(${a1.sql} AND ${b1.sql}) OR (${a2.sql} AND ${b2.sql})`, ...a1.params, ...b1.params, ...a2.params, ...b2.params);
    } else {
      const c = either(search.actor, search.exact);
      where.add(c.sql, ...c.params);
    }
  }
  if (search.actorName && !skip.has('actorName')) {
    where.add('(e.source_code IS NULL AND e.source_name = ?) OR (e.target_code IS NULL AND e.target_name = ?)', search.actorName, search.actorName);
  }
  if (search.country && !skip.has('country')) {
    const c = either(search.country.slice(0, 3));
    where.add(c.sql, ...c.params);
  }
  if (search.cameo && !skip.has('cameo')) {
    const c = code('e.cameo', search.cameo);
    where.add(c.sql, ...c.params);
  }
  if (search.plover && !skip.has('plover')) where.add('e.plover = ?', search.plover.toUpperCase());
  if (search.quad?.length && !skip.has('quad')) where.add(`e.quad IN (${search.quad.map(() => '?').join(', ')})`, ...search.quad);
  if (search.from) where.add('e.day >= ?', search.from);
  if (search.to) where.add('e.day < ?', `${search.to}~`);
  if (search.negated === false) where.add('e.negated = 0');
  if (search.articleId !== undefined) where.add('e.article_id = ?', search.articleId);
  if (search.text !== undefined && !skip.has('text')) {
    const match = ftsQuery(search.text);
    if (match === null) where.add('0');
    else if (textIn) where.add(`e.id IN ${textIn}`);
    else where.add('e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)', match);
  }
  return where;
}

/** How to count matches: by the streams, from the full-text index alone, or by a plain query SQLite plans. */
export type CountPlan = 'streams' | 'text' | 'plain';

// Matches of a common word are written once per search into this table, so each stream
// checks them by primary key instead of rebuilding the set.
const MATCHES = 'temp.event_matches';

function storeMatches(sql: Statements, match: string): string {
  sql.db.exec('CREATE TEMP TABLE IF NOT EXISTS event_matches (id INTEGER PRIMARY KEY)');
  sql.get(`DELETE FROM ${MATCHES}`).run();
  sql.get(`INSERT INTO ${MATCHES} SELECT rowid FROM event_fts WHERE event_fts MATCH ?`).run(match);
  return MATCHES;
}

/** Distinct values of `column` in `index` within [low, high), by repeated index seeks. */
export function distinct(sql: Statements, index: string, column: string, low: string, high: string, table = 'events'): string[] {
  const out: string[] = [];
  let next = sql.one(`SELECT ${column} AS v FROM ${table} INDEXED BY ${index} WHERE ${column} >= ? AND ${column} < ? ORDER BY ${column} LIMIT 1`, [low, high]);
  while (next && next.v !== null && out.length <= MAX_STREAMS) {
    out.push(next.v);
    next = sql.one(`SELECT ${column} AS v FROM ${table} INDEXED BY ${index} WHERE ${column} > ? AND ${column} < ? ORDER BY ${column} LIMIT 1`, [next.v, high]);
  }
  return out;
}

/** Distinct Goldstein scores under an equality prefix of an index ending in (goldstein, day). */
function scores(sql: Statements, index: string, fixed: string, params: Params): number[] {
  const out: number[] = [];
  let next = sql.one(`SELECT goldstein AS v FROM events INDEXED BY ${index} WHERE ${fixed} ORDER BY goldstein LIMIT 1`, params);
  while (next && out.length <= MAX_STREAMS) {
    out.push(next.v);
    next = sql.one(`SELECT goldstein AS v FROM events INDEXED BY ${index} WHERE ${fixed} AND goldstein > ? ORDER BY goldstein LIMIT 1`, [...params, next.v]);
  }
  return out;
}

function codes(sql: Statements, side: 'source' | 'target', value: string, exact?: boolean): string[] {
  if (exact) return [value.toUpperCase()];
  const p = value.toUpperCase();
  return distinct(sql, `events_${side}_day`, `${side}_code`, p, `${p}~`);
}

/** Streams for events with an actor code (or prefix) on either side, or between two. */
function actorStreams(sql: Statements, actor: string, partner: string | undefined, exact: boolean | undefined, byScore: boolean): Stream[] | null {
  const sideIndex = (side: string) => (byScore ? `events_${side}_goldstein` : `events_${side}_day`);
  const [src, tgt] = [codes(sql, 'source', actor, exact), codes(sql, 'target', actor, exact)];
  const [matchSql, ...matchParams] = exact ? ['e.source_code = ?', actor.toUpperCase()] : prefixRange('e.source_code', actor);
  if (!partner) {
    if (src.length + tgt.length > MAX_STREAMS) return null;
    return [
      ...src.map((c) => ({ index: sideIndex('source'), cond: 'e.source_code = ?', params: [c] })),
      // An event with the actor on both sides is already in a source stream.
      ...tgt.map((c) => ({ index: sideIndex('target'), cond: `e.target_code = ? AND NOT (coalesce(${matchSql}, 0))`, params: [c, ...matchParams] })),
    ];
  }
  const [psrc, ptgt] = [codes(sql, 'source', partner, exact), codes(sql, 'target', partner, exact)];
  if (src.length * ptgt.length + psrc.length * tgt.length > MAX_STREAMS) return null;
  const [tMatch, ...tParams] = exact ? ['e.target_code = ?', partner.toUpperCase()] : prefixRange('e.target_code', partner);
  return [
    ...src.flatMap((a) => ptgt.map((b) => ({ index: 'events_pair', cond: 'e.source_code = ? AND e.target_code = ?', params: [a, b] }))),
    ...psrc.flatMap((b) => tgt.map((a) => ({
      index: 'events_pair', cond: `e.source_code = ? AND e.target_code = ? AND NOT (coalesce(${matchSql} AND ${tMatch}, 0))`,
      params: [b, a, ...matchParams, ...tParams],
    }))),
  ];
}

function nameStreams(name: string): Stream[] {
  return [
    { index: 'events_source_name', cond: 'e.source_code IS NULL AND e.source_name = ?', params: [name] },
    { index: 'events_target_name', cond: 'e.target_code IS NULL AND e.target_name = ? AND NOT (e.source_code IS NULL AND e.source_name IS ?)', params: [name, name] },
  ];
}

/** Streams per distinct score under `column = value`, each ordered by day within one score. */
function scoredStreams(sql: Statements, index: string, column: string, values: Array<string | number>): Stream[] | null {
  const out: Stream[] = [];
  for (const value of values) {
    for (const g of scores(sql, index, `${column} = ?`, [value])) out.push({ index, cond: `e.${column} = ? AND e.goldstein = ?`, params: [value, g] });
    if (out.length > MAX_STREAMS) return null;
  }
  return out;
}

/** The streams, the filters checked in each of them, and how to count. */
export function planEvents(sql: Statements, search: EventSearch): { streams: Stream[]; rest: Where; count: CountPlan } {
  const sort = search.sort ?? '-date';
  const byScore = sort === 'goldstein' || sort === '-goldstein';
  const match = search.text !== undefined ? ftsQuery(search.text) : undefined;
  const textCount = match ? (sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM event_fts WHERE event_fts MATCH ? LIMIT ${TEXT_DRIVES + 1})`, [match])!.n as number) : 0;
  const rareText = Boolean(match) && textCount <= TEXT_DRIVES;
  const textIn = match && !rareText ? storeMatches(sql, match) : undefined;
  const only = (names: string[]) => Object.entries(search).every(([key, value]) => value === undefined || names.includes(key));
  const scan = { index: byScore ? 'events_goldstein' : 'events_day', cond: '1', params: [] };
  const driven = (skip: Filter[], streams: Stream[] | null, count: CountPlan = 'streams') =>
    (streams && streams.length ? { streams, rest: filters(search, new Set(skip), textIn), count } : null);

  return (search.articleId !== undefined ? driven([], [{ index: 'events_article', cond: '1', params: [] }]) : null)
    ?? (rareText ? driven(['text'], [{ index: '', cond: 'e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)', params: [match!] }]) : null)
    ?? (search.actor ? driven(['actor'], actorStreams(sql, search.actor, search.partner, search.exact, byScore)) : null)
    ?? (search.actorName ? driven(['actorName'], nameStreams(search.actorName)) : null)
    ?? (search.country ? driven(['country'], actorStreams(sql, search.country.slice(0, 3), undefined, false, byScore)) : null)
    ?? (search.plover ? driven(['plover'], scoredStreams(sql, 'events_plover', 'plover', [search.plover.toUpperCase()]), 'plain') : null)
    ?? (search.cameo ? driven(['cameo'], scoredStreams(sql, 'events_cameo', 'cameo', distinct(sql, 'events_cameo', 'cameo', search.cameo, `${search.cameo}~`)), 'plain') : null)
    ?? (search.quad?.length && byScore ? driven(['quad'], scoredStreams(sql, 'events_quad', 'quad', search.quad), 'plain') : null)
    ?? { streams: [scan], rest: filters(search, new Set(), textIn), count: match && only(['text', 'sort', 'limit', 'offset']) ? 'text' : 'plain' };
}

/** Counts the matches of `search` up to `cap`, by the plan's counting strategy. */
export function countEvents(sql: Statements, search: EventSearch, plan: ReturnType<typeof planEvents>, cap: number): number {
  if (plan.count === 'text') {
    return sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM event_fts WHERE event_fts MATCH ? LIMIT ${cap})`, [ftsQuery(search.text!)!])!.n as number;
  }
  if (plan.count === 'plain') {
    // No ordering here, so SQLite's own choice (a covering index for quad, PLOVER or dates) is the fast one.
    return sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM events e WHERE ${plan.rest.sql} LIMIT ${cap})`, plan.rest.params)!.n as number;
  }
  let total = 0;
  for (const s of plan.streams) {
    if (total >= cap) break;
    total += sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM ${streamFrom(s)} WHERE (${s.cond}) AND ${plan.rest.sql} LIMIT ${cap - total})`,
      [...s.params, ...plan.rest.params])!.n as number;
  }
  return total;
}

/** FROM clause of one stream. */
export const streamFrom = (s: Stream): string => (s.index ? `events e INDEXED BY ${s.index}` : 'events e NOT INDEXED');

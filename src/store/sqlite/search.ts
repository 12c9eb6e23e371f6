/**
 * Paged searches over events, quotes and articles for the API. Filters map onto the
 * indexes of schema version 2, and totals are counted only up to `TOTAL_CAP`.
 */
import type { ActorRef } from '../../doc/types.js';
import type { SpanText } from '../../doc/result.js';
import { TOTAL_CAP, type ArticleHit, type ArticleSearch, type EventSearch, type Page, type QuoteHit, type QuoteSearch } from '../explore.js';
import type { ArticleRow, EventRow } from '../store.js';
import { ftsQuery } from './query.js';
import { dayRange, parseJson, prefixRange, ref, span, Statements, Where, type Params, type Row } from './sql.js';

const EVENT_SORT: Record<NonNullable<EventSearch['sort']>, string> = {
  date: 'e.day, e.id',
  '-date': 'e.day DESC, e.id DESC',
  goldstein: 'e.goldstein, e.day DESC, e.id DESC',
  '-goldstein': 'e.goldstein DESC, e.day DESC, e.id DESC',
};

/** A condition on a column written COL, with its parameters. */
interface Cond {
  sql: string;
  params: Params;
}

function codeCond(code: string, exact: boolean | undefined): Cond {
  if (exact) return { sql: 'COL = ?', params: [code.toUpperCase()] };
  const [sql, ...params] = prefixRange('COL', code);
  return { sql, params };
}

/** `a` on either side, or with `b`: a and b on opposite sides. */
function sides(a: Cond, b?: Cond): Cond {
  const on = (side: string, c: Cond) => c.sql.replaceAll('COL', `e.${side}_code`);
  if (!b) return { sql: `${on('source', a)} OR ${on('target', a)}`, params: [...a.params, ...a.params] };
  return {
    sql: `(${on('source', a)} AND ${on('target', b)}) OR (${on('source', b)} AND ${on('target', a)})`,
    params: [...a.params, ...b.params, ...b.params, ...a.params],
  };
}

/** The WHERE clause for an event search over `events e`. */
export function eventWhere(search: EventSearch): Where {
  const where = new Where();
  if (search.actor) {
    const s = sides(codeCond(search.actor, search.exact), search.partner ? codeCond(search.partner, search.exact) : undefined);
    where.add(s.sql, ...s.params);
  }
  if (search.actorName) {
    where.add('(e.source_code IS NULL AND e.source_name = ?) OR (e.target_code IS NULL AND e.target_name = ?)', search.actorName, search.actorName);
  }
  if (search.country) {
    const s = sides(codeCond(search.country.slice(0, 3), false));
    where.add(s.sql, ...s.params);
  }
  if (search.cameo) {
    const [sql, ...params] = prefixRange('e.cameo', search.cameo);
    where.add(sql, ...params);
  }
  if (search.plover) where.add('e.plover = ?', search.plover.toUpperCase());
  if (search.quad?.length) where.add(`e.quad IN (${search.quad.map(() => '?').join(', ')})`, ...search.quad);
  dayRange(where, 'e.day', search);
  if (search.negated === false) where.add('e.negated = 0');
  if (search.articleId !== undefined) where.add('e.article_id = ?', search.articleId);
  if (search.text !== undefined) {
    const match = ftsQuery(search.text);
    if (match === null) where.add('0');
    else where.add('e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)', match);
  }
  return where;
}

const EVENT_COLUMNS = `e.*, a.ref AS article_ref, a.title AS article_title,
  (SELECT json_group_array(json_object('start', v.start, 'end', v.end, 'text', v.text))
     FROM (SELECT * FROM event_evidence WHERE event_id = e.id ORDER BY ord) v) AS evidence_json`;

/** Maps a joined event row to an EventRow. */
export function toEventRow(r: Row): EventRow {
  return {
    id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
    cameo: r.cameo, plover: r.plover, quad: r.quad, goldstein: r.goldstein,
    source: ref(r.source_code, r.source_name)!, target: ref(r.target_code, r.target_name),
    date: r.day, text: r.text, start: r.start, end: r.end,
    evidence: parseJson<SpanText[]>(r.evidence_json),
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    rule: r.rule, reportedBy: ref(r.reported_by_code, r.reported_by_name), negated: r.negated === 1,
  };
}

const EXPORT_BATCH = 1000;

/** Searches over one connection. */
export class Searches {
  constructor(private readonly sql: Statements) {}

  private count(from: string, where: Where): { total: number; exact: boolean } {
    const n = this.sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where.sql} LIMIT ${TOTAL_CAP + 1})`, where.params)!.n as number;
    return n > TOTAL_CAP ? { total: TOTAL_CAP, exact: false } : { total: n, exact: true };
  }

  events(search: EventSearch): Page<EventRow> {
    const where = eventWhere(search);
    const rows = this.sql.all(`
      SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE ${where.sql} ORDER BY ${EVENT_SORT[search.sort ?? '-date']} LIMIT ? OFFSET ?`,
    [...where.params, search.limit ?? 50, search.offset ?? 0]);
    return { rows: rows.map(toEventRow), ...this.count('events e', where) };
  }

  /** One batch of an export: events after `afterId` in id order. */
  eventBatch(search: EventSearch, afterId: number): EventRow[] {
    const where = eventWhere(search).add('e.id > ?', afterId);
    return this.sql.all(`
      SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE ${where.sql} ORDER BY e.id LIMIT ${EXPORT_BATCH}`, where.params).map(toEventRow);
  }

  quotes(search: QuoteSearch): Page<QuoteHit> {
    const where = new Where();
    if (search.speaker) {
      const c = codeCond(search.speaker, search.exact);
      where.add(c.sql.replaceAll('COL', 'q.speaker_code'), ...c.params);
    }
    if (search.speakerName) where.add('q.speaker_code IS NULL AND q.speaker_name = ?', search.speakerName);
    if (search.outlet) {
      const o = search.outlet;
      where.add(`q.id IN (SELECT quote_id FROM quote_via WHERE code = ? UNION SELECT quote_id FROM quote_via WHERE name = ?)
        OR q.article_id IN (SELECT id FROM articles WHERE publisher_code = ? UNION SELECT id FROM articles WHERE publisher_name = ?)`, o, o, o, o);
    }
    if (search.kind) where.add('q.kind = ?', search.kind);
    dayRange(where, 'a.date', search);
    if (search.text !== undefined) {
      const match = ftsQuery(search.text);
      if (match === null) where.add('0');
      else where.add('q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)', match);
    }
    const rows = this.sql.all(`
      SELECT q.*, a.ref AS article_ref, a.title AS article_title, a.date AS date,
        a.publisher_code, a.publisher_name,
        (SELECT json_group_array(json_object('code', v.code, 'name', v.name))
           FROM (SELECT * FROM quote_via WHERE quote_id = q.id ORDER BY ord) v) AS via_json
      FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE ${where.sql} ORDER BY a.date DESC, q.id DESC LIMIT ? OFFSET ?`, [...where.params, search.limit ?? 50, search.offset ?? 0]);
    return {
      rows: rows.map((r) => ({
        id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
        kind: r.kind, text: r.text, speaker: ref(r.speaker_code, r.speaker_name),
        via: parseJson<ActorRef[]>(r.via_json),
        content: { start: r.content_start, end: r.content_end, text: r.text },
        cue: span(r.cue_start, r.cue_end, r.cue_text), source: span(r.source_start, r.source_end, r.source_text),
        rule: r.rule, date: r.date, publisher: ref(r.publisher_code, r.publisher_name),
      })),
      ...this.count('quotes q JOIN articles a ON a.id = q.article_id', where),
    };
  }

  articles(search: ArticleSearch): Page<ArticleHit> {
    const where = new Where();
    dayRange(where, 'a.date', search);
    const match = search.text !== undefined ? ftsQuery(search.text) : undefined;
    if (match === null) return { rows: [], total: 0, exact: true };
    const order = search.sort === 'rank' && match ? 'f.rank' : search.sort === 'date' ? 'a.date, a.id' : 'a.date DESC, a.id DESC';
    const from = match ? 'article_fts f JOIN articles a ON a.id = f.rowid' : 'articles a';
    const params: Params = match ? [match, ...where.params] : where.params;
    const cond = match ? `article_fts MATCH ? AND ${where.sql}` : where.sql;
    const rows = this.sql.all(`
      SELECT a.id, a.ref, a.hash, a.source, a.title, a.date, a.publisher_name, a.publisher_code,
        substr(a.text, 1, 400) AS head, length(a.text) AS chars, a.text_offset, a.coded_at, a.provenance,
        ${match ? "snippet(article_fts, 1, char(2), char(3), '…', 24)" : 'NULL'} AS highlight,
        (SELECT count(*) FROM events WHERE article_id = a.id) AS n_events,
        (SELECT count(*) FROM quotes WHERE article_id = a.id) AS n_quotes,
        (SELECT count(*) FROM stances WHERE article_id = a.id) AS n_stances
      FROM ${from} WHERE ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, search.limit ?? 20, search.offset ?? 0]);
    const w = new Where();
    w.add(cond, ...params);
    return { rows: rows.map((r) => ({ ...toArticleRow(r), highlight: r.highlight })), ...this.count(from, w) };
  }
}

const SNIPPET_CHARS = 160;

/** Maps an article row (with head, chars and counts) to an ArticleRow. */
export function toArticleRow(r: Row): ArticleRow {
  const flat = (r.head as string).replace(/\s+/g, ' ').trim();
  return {
    id: r.id, ref: r.ref, hash: r.hash, source: r.source, title: r.title, date: r.date,
    publisher: ref(r.publisher_code, r.publisher_name),
    snippet: flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS - 1)}…` : flat,
    chars: r.chars, offset: r.text_offset, codedAt: r.coded_at,
    provenance: JSON.parse(r.provenance) as Record<string, string>,
    events: r.n_events, quotes: r.n_quotes, stances: r.n_stances,
  };
}

/**
 * Paged searches over events, quotes and articles for the API. Filters map onto the
 * indexes of schema version 2, and totals are counted only up to `TOTAL_CAP`.
 */
import type { ActorRef } from '../../doc/types.js';
import type { SpanText } from '../../doc/result.js';
import { TOTAL_CAP, type ArticleHit, type ArticleSearch, type EventSearch, type Page, type QuoteHit, type QuoteSearch } from '../explore.js';
import type { ArticleRow, EventRow } from '../store.js';
import { ftsQuery } from './query.js';
import { countEvents, distinct, filters, MAX_STREAMS, ORDER, planEvents, streamFrom, TEXT_DRIVES, type Stream } from './event-plan.js';
import { dayRange, parseJson, prefixRange, quoteSpans, ref, span, Statements, Where, type Params, type Row } from './sql.js';

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

const EVENT_COLUMNS = `e.*, a.ref AS article_ref, a.title AS article_title,
  (SELECT json_group_array(json_object('start', v.start, 'end', v.end, 'text', v.text))
     FROM (SELECT * FROM event_evidence WHERE event_id = e.id ORDER BY ord) v) AS evidence_json`;

/** Maps a joined event row to an EventRow. */
export function toEventRow(r: Row): EventRow {
  return {
    id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
    cameo: r.cameo, plover: r.plover, quad: r.quad, goldstein: r.goldstein, userCode: r.user_code === 1,
    source: ref(r.source_code, r.source_name)!, target: ref(r.target_code, r.target_name),
    date: r.day, text: r.text, start: r.start, end: r.end,
    evidence: parseJson<SpanText[]>(r.evidence_json),
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    rule: r.rule, reportedBy: ref(r.reported_by_code, r.reported_by_name), negated: r.negated === 1,
  };
}

const EXPORT_BATCH = 1000;
/** The index of quote_outlet that lists an outlet's quotes newest first. */
const OUTLET = 'quote_outlet_day';

/** Searches over one connection. */
export class Searches {
  constructor(private readonly sql: Statements) {}

  events(search: EventSearch): Page<EventRow> {
    const plan = planEvents(this.sql, search);
    const { streams, rest } = plan;
    const order = ORDER[search.sort ?? '-date'];
    const limit = search.limit ?? 50;
    const offset = search.offset ?? 0;
    const parts = streams.map((s) => `SELECT * FROM (SELECT e.id, e.day, e.goldstein FROM ${streamFrom(s)}
      WHERE (${s.cond}) AND ${rest.sql} ORDER BY ${order} LIMIT ${offset + limit})`);
    const params = streams.flatMap((s) => [...s.params, ...rest.params]);
    const rows = this.sql.all(`
      SELECT ${EVENT_COLUMNS} FROM (SELECT * FROM (${parts.join(' UNION ALL ')}) e ORDER BY ${order} LIMIT ? OFFSET ?) s
      JOIN events e ON e.id = s.id JOIN articles a ON a.id = e.article_id ORDER BY ${order}`, [...params, limit, offset]);
    const total = countEvents(this.sql, search, plan, TOTAL_CAP + 1);
    return { rows: rows.map(toEventRow), total: Math.min(total, TOTAL_CAP), exact: total <= TOTAL_CAP };
  }

  /** One batch of an export: events after `afterId` in id order. */
  eventBatch(search: EventSearch, afterId: number): EventRow[] {
    const where = filters(search).add('e.id > ?', afterId);
    return this.sql.all(`
      SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE ${where.sql} ORDER BY e.id LIMIT ${EXPORT_BATCH}`, where.params).map(toEventRow);
  }

  quotes(search: QuoteSearch): Page<QuoteHit> {
    const { streams, rest } = this.planQuotes(search);
    const order = 'q.day DESC, q.id DESC';
    const limit = search.limit ?? 50;
    const offset = search.offset ?? 0;
    const from = (s: Stream) => (s.index === OUTLET ? `quote_outlet o INDEXED BY ${OUTLET} JOIN quotes q ON q.id = o.quote_id`
      : s.index ? `quotes q INDEXED BY ${s.index}` : 'quotes q NOT INDEXED');
    const sortBy = (s: Stream) => (s.index === OUTLET ? 'o.day DESC, o.quote_id DESC' : order);
    const parts = streams.map((s) => `SELECT * FROM (SELECT q.id, q.day FROM ${from(s)} WHERE (${s.cond}) AND ${rest.sql} ORDER BY ${sortBy(s)} LIMIT ${offset + limit})`);
    const rows = this.sql.all(`
      SELECT q.*, a.ref AS article_ref, a.title AS article_title, a.date AS date,
        a.publisher_code, a.publisher_name,
        (SELECT json_group_array(json_object('code', v.code, 'name', v.name))
           FROM (SELECT * FROM quote_via WHERE quote_id = q.id ORDER BY ord) v) AS via_json
      FROM (SELECT * FROM (${parts.join(' UNION ALL ')}) q ORDER BY ${order} LIMIT ? OFFSET ?) s
      JOIN quotes q ON q.id = s.id JOIN articles a ON a.id = q.article_id ORDER BY ${order}`,
    [...streams.flatMap((s) => [...s.params, ...rest.params]), limit, offset]);
    let total = 0;
    for (const s of streams) {
      if (total > TOTAL_CAP) break;
      total += this.sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM ${from(s)} WHERE (${s.cond}) AND ${rest.sql} LIMIT ${TOTAL_CAP + 1 - total})`,
        [...s.params, ...rest.params])!.n as number;
    }
    return {
      rows: rows.map((r) => ({
        id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
        kind: r.kind, text: r.text, speaker: ref(r.speaker_code, r.speaker_name),
        via: parseJson<ActorRef[]>(r.via_json),
        ...quoteSpans(r),
        cue: span(r.cue_start, r.cue_end, r.cue_text), source: span(r.source_start, r.source_end, r.source_text),
        rule: r.rule, date: r.date, publisher: ref(r.publisher_code, r.publisher_name),
      })),
      total: Math.min(total, TOTAL_CAP),
      exact: total <= TOTAL_CAP,
    };
  }

  /** Like events: the speaker, rare words or a rare outlet drive; otherwise quotes are read newest first. */
  private planQuotes(search: QuoteSearch): { streams: Stream[]; rest: Where } {
    const match = search.text !== undefined ? ftsQuery(search.text) : undefined;
    const o = search.outlet;
    const rest = (skip: 'speaker' | 'text' | 'outlet' | null) => {
      const where = new Where();
      if (search.speaker && skip !== 'speaker') {
        const c = codeCond(search.speaker, search.exact);
        where.add(c.sql.replaceAll('COL', 'q.speaker_code'), ...c.params);
      }
      if (search.speakerName && skip !== 'speaker') where.add('q.speaker_code IS NULL AND q.speaker_name = ?', search.speakerName);
      if (o && skip !== 'outlet') where.add('q.id IN (SELECT quote_id FROM quote_outlet WHERE outlet = ?)', o);
      if (search.kind) where.add('q.kind = ?', search.kind);
      if (search.attributed !== undefined) where.add(`(q.speaker_code IS NOT NULL OR q.speaker_name IS NOT NULL) = ${search.attributed ? 1 : 0}`);
      dayRange(where, 'q.day', search);
      if (match === null) where.add('0');
      else if (match && skip !== 'text') where.add('q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)', match);
      return where;
    };
    if (search.speaker) {
      const codes = search.exact ? [search.speaker.toUpperCase()]
        : distinct(this.sql, 'quotes_speaker_day', 'speaker_code', search.speaker.toUpperCase(), `${search.speaker.toUpperCase()}~`, 'quotes');
      if (codes.length <= MAX_STREAMS) {
        return { streams: codes.map((c) => ({ index: 'quotes_speaker_day', cond: 'q.speaker_code = ?', params: [c] })), rest: rest('speaker') };
      }
    }
    if (search.speakerName) {
      return { streams: [{ index: 'quotes_speaker_name', cond: 'q.speaker_code IS NULL AND q.speaker_name = ?', params: [search.speakerName] }], rest: rest('speaker') };
    }
    if (match && (this.sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM quote_fts WHERE quote_fts MATCH ? LIMIT ${TEXT_DRIVES + 1})`, [match])!.n as number) <= TEXT_DRIVES) {
      return { streams: [{ index: '', cond: 'q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)', params: [match] }], rest: rest('text') };
    }
    if (o) return { streams: [{ index: OUTLET, cond: 'o.outlet = ?', params: [o] }], rest: rest('outlet') };
    return { streams: [{ index: 'quotes_day', cond: '1', params: [] }], rest: rest(null) };
  }

  articles(search: ArticleSearch): Page<ArticleHit> {
    const where = new Where();
    dayRange(where, 'a.date', search);
    const match = search.text !== undefined ? ftsQuery(search.text) : undefined;
    if (match === null) return { rows: [], total: 0, exact: true };
    const limit = search.limit ?? 20;
    const offset = search.offset ?? 0;
    const columns = `a.id, a.ref, a.hash, a.source, a.title, a.date, a.publisher_name, a.publisher_code,
        substr(a.text, 1, 400) AS head, length(a.text) AS chars, a.text_offset, a.coded_at, a.provenance,
        (SELECT count(*) FROM events WHERE article_id = a.id) AS n_events,
        (SELECT count(*) FROM quotes WHERE article_id = a.id) AS n_quotes,
        (SELECT count(*) FROM stances WHERE article_id = a.id) AS n_stances`;
    const order = search.sort === 'date' ? 'a.date, a.id' : 'a.date DESC, a.id DESC';
    if (!match) {
      const rows = this.sql.all(`SELECT ${columns}, NULL AS highlight FROM articles a INDEXED BY articles_date WHERE ${where.sql}
        ORDER BY ${order} LIMIT ? OFFSET ?`, [...where.params, limit, offset]);
      const n = this.sql.one(`SELECT count(*) AS n FROM (SELECT 1 FROM articles a WHERE ${where.sql} LIMIT ${TOTAL_CAP + 1})`, where.params)!.n as number;
      return { rows: rows.map((r) => ({ ...toArticleRow(r), highlight: null })), total: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP };
    }
    // Joining articles costs a lookup per match, so only a date range pays for it.
    const fts = where.parts.length ? 'article_fts JOIN articles a ON a.id = article_fts.rowid' : 'article_fts';
    const cond = `article_fts MATCH ? AND ${where.sql}`;
    const params = [match, ...where.params];
    const inRange = `a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?) AND ${where.sql}`;
    // With dates, the range drives and the matches are looked up once; otherwise the matches drive.
    const n = this.sql.one(where.parts.length
      ? `SELECT count(*) AS n FROM (SELECT 1 FROM articles a INDEXED BY articles_date WHERE ${inRange} LIMIT ${TOTAL_CAP + 1})`
      : `SELECT count(*) AS n FROM (SELECT 1 FROM ${fts} WHERE ${cond} LIMIT ${TOTAL_CAP + 1})`, params)!.n as number;
    const common = n > TOTAL_CAP || where.parts.length > 0;
    // The best matches are ranked among the newest RANKED matches, so a common word costs no more than a rare one.
    const ids = (search.sort === 'rank'
      ? this.sql.all(`SELECT id FROM (SELECT article_fts.rowid AS id, article_fts.rank AS rank FROM ${fts} WHERE ${cond}
          ORDER BY article_fts.rowid DESC LIMIT ${RANKED}) ORDER BY rank LIMIT ? OFFSET ?`, [...params, limit, offset])
      : common
        ? this.sql.all(`SELECT a.id FROM articles a INDEXED BY articles_date WHERE ${inRange} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset])
        : this.sql.all(`SELECT a.id FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE ${cond}
            ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset])).map((r) => Number(r.id));
    if (ids.length === 0) return { rows: [], total: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP };
    // Whole numbers read from the database, so they can be written into the SQL.
    const list = ids.map((id) => Math.trunc(id)).join(', ');
    const byId = new Map(this.sql.all(`SELECT ${columns} FROM articles a WHERE a.id IN (${list})`).map((r) => [r.id as number, r]));
    const snippets = new Map(this.sql.all(`SELECT rowid AS id, snippet(article_fts, 1, char(2), char(3), '…', 24) AS highlight
      FROM article_fts WHERE article_fts MATCH ? AND rowid IN (${list})`, [match]).map((r) => [r.id as number, r.highlight as string]));
    const rows = ids.map((id) => ({ ...byId.get(id)!, highlight: snippets.get(id) ?? null }));
    return { rows: rows.map((r) => ({ ...toArticleRow(r), highlight: r.highlight })), total: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP };
  }
}

/** A text search ranks at most this many of the newest matching articles. */
const RANKED = 5_000;

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

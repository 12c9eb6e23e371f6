/**
 * Read queries for the SQLite store. Each query's SQL depends only on which filter fields
 * are set, so the compiled statements are cached by SQL text and reused.
 */
import type Database from 'better-sqlite3';
import type { ActorRef } from '../../doc/types.js';
import type { SpanText } from '../../doc/result.js';
import { quoteSpans } from './sql.js';
import type {
  ActorRow, ArticleRow, EventRow, InputRow, InputStatus, QueryFilter, QuoteRow, StanceRow, StoreCounts,
} from '../store.js';

type Params = Array<string | number>;
type Row = Record<string, any>;

/** Accumulates WHERE conditions with their parameters. */
class Where {
  readonly parts: string[] = [];
  readonly params: Params = [];
  add(sql: string, ...params: Params): void {
    this.parts.push(sql);
    this.params.push(...params);
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.map((p) => `(${p})`).join(' AND ')}` : '';
  }
}

/** SQL matching an actor code prefix or an exact name against pairs of code/name columns. */
function actorMatch(where: Where, pairs: Array<[string, string]>, actor: string): void {
  const prefix = actor.trim().toUpperCase();
  const name = actor.trim().toLowerCase();
  const sql = pairs.map(([code, nameCol]) => `substr(${code}, 1, ?) = ? OR lower(${nameCol}) = ?`).join(' OR ');
  where.add(sql, ...pairs.flatMap((): Params => [prefix.length, prefix, name]));
}

function dateRange(where: Where, expr: string, filter: QueryFilter): void {
  if (filter.from) where.add(`${expr} >= ?`, filter.from);
  // A partial `to` ("2017-09") includes the whole month, so compare the same-length prefix.
  if (filter.to) where.add(`substr(${expr}, 1, ?) <= ?`, filter.to.length, filter.to);
}

function likeText(where: Where, columns: string[], text: string): void {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  where.add(columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR '), ...columns.map(() => pattern));
}

/** Quotes each word so user text can never be read as FTS5 query syntax; words are ANDed. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

function cameoOrPlover(where: Where, type: string, alias: string): void {
  if (/^\d+$/.test(type)) where.add(`substr(${alias}.cameo, 1, ?) = ?`, type.length, type);
  else where.add(`${alias}.plover = ?`, type.toUpperCase());
}

function page(filter: QueryFilter): { sql: string; params: Params } {
  return { sql: 'LIMIT ? OFFSET ?', params: [filter.limit ?? -1, filter.offset ?? 0] };
}

const ref = (code: string | null, name: string | null): ActorRef | null => (name === null ? null : { code, name });
const span = (start: number | null, end: number | null, text: string | null): SpanText | null =>
  start === null || end === null || text === null ? null : { start, end, text };

/** The read side of the store, bound to one connection. */
export class Queries {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  private all(sql: string, params: Params): Row[] {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt.all(...params) as Row[];
  }

  events(filter: QueryFilter): EventRow[] {
    const where = new Where();
    if (filter.actor) actorMatch(where, [['e.source_code', 'e.source_name'], ['e.target_code', 'e.target_name']], filter.actor);
    if (filter.type) cameoOrPlover(where, filter.type, 'e');
    dateRange(where, 'coalesce(e.date, a.date)', filter);
    if (filter.text) likeText(where, ['e.text', 'e.trigger_text'], filter.text);
    const p = page(filter);
    const rows = this.all(`
      SELECT e.*, a.ref AS article_ref, a.title AS article_title, coalesce(e.date, a.date) AS eff_date,
        (SELECT json_group_array(json_object('start', v.start, 'end', v.end, 'text', v.text))
           FROM (SELECT * FROM event_evidence WHERE event_id = e.id ORDER BY ord) v) AS evidence_json
      FROM events e JOIN articles a ON a.id = e.article_id
      ${where}
      ORDER BY eff_date IS NULL, eff_date, e.article_id, e.ord
      ${p.sql}`, [...where.params, ...p.params]);
    return rows.map((r) => ({
      id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
      cameo: r.cameo, plover: r.plover, quad: r.quad, goldstein: r.goldstein, userCode: r.user_code === 1,
      source: ref(r.source_code, r.source_name)!, target: ref(r.target_code, r.target_name),
      date: r.eff_date, text: r.text, start: r.start, end: r.end,
      evidence: JSON.parse(r.evidence_json) as SpanText[],
      trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
      rule: r.rule, reportedBy: ref(r.reported_by_code, r.reported_by_name), negated: r.negated === 1,
    }));
  }

  quotes(filter: QueryFilter): QuoteRow[] {
    const where = new Where();
    if (filter.actor) actorMatch(where, [['q.speaker_code', 'q.speaker_name']], filter.actor);
    if (filter.type) where.add('q.kind = ?', filter.type.toLowerCase());
    dateRange(where, 'a.date', filter);
    if (filter.text) likeText(where, ['q.text'], filter.text);
    const p = page(filter);
    const rows = this.all(`
      SELECT q.*, a.ref AS article_ref, a.title AS article_title, a.date AS date,
        (SELECT json_group_array(json_object('code', v.code, 'name', v.name))
           FROM (SELECT * FROM quote_via WHERE quote_id = q.id ORDER BY ord) v) AS via_json
      FROM quotes q JOIN articles a ON a.id = q.article_id
      ${where}
      ORDER BY a.date IS NULL, a.date, q.article_id, q.ord
      ${p.sql}`, [...where.params, ...p.params]);
    return rows.map((r) => ({
      id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
      kind: r.kind, text: r.text, speaker: ref(r.speaker_code, r.speaker_name),
      via: JSON.parse(r.via_json) as ActorRef[],
      ...quoteSpans(r),
      cue: span(r.cue_start, r.cue_end, r.cue_text), source: span(r.source_start, r.source_end, r.source_text),
      rule: r.rule, date: r.date,
    }));
  }

  stances(filter: QueryFilter): StanceRow[] {
    const where = new Where();
    if (filter.actor) actorMatch(where, [['s.holder_code', 's.holder_name'], ['s.target_code', 's.target_name']], filter.actor);
    if (filter.type) where.add('s.polarity = lower(?) OR lower(s.issue) = lower(?)', filter.type, filter.type);
    dateRange(where, 'a.date', filter);
    if (filter.text) likeText(where, ['s.text', 's.issue'], filter.text);
    const p = page(filter);
    const rows = this.all(`
      SELECT s.*, a.ref AS article_ref, a.title AS article_title, a.date AS date
      FROM stances s JOIN articles a ON a.id = s.article_id
      ${where}
      ORDER BY a.date IS NULL, a.date, s.article_id, s.ord
      ${p.sql}`, [...where.params, ...p.params]);
    return rows.map((r) => ({
      id: r.id, articleId: r.article_id, articleRef: r.article_ref, articleTitle: r.article_title,
      holder: ref(r.holder_code, r.holder_name)!, issue: r.issue, target: ref(r.target_code, r.target_name), polarity: r.polarity,
      text: r.text, start: r.start, end: r.end, rule: r.rule, date: r.date,
    }));
  }

  actors(filter: QueryFilter): ActorRow[] {
    const where = new Where();
    if (filter.actor) actorMatch(where, [['en.actor', 'en.name']], filter.actor);
    if (filter.type) where.add('en.kind = ?', filter.type.toLowerCase());
    if (filter.isNew !== undefined) where.add('en.is_new = ?', filter.isNew ? 1 : 0);
    dateRange(where, 'a.date', filter);
    if (filter.text) likeText(where, ['en.name'], filter.text);
    const p = page(filter);
    // Events are counted within the selected articles, so a date filter narrows both counts alike.
    const rows = this.all(`
      WITH sel AS (SELECT en.* FROM entities en JOIN articles a ON a.id = en.article_id ${where})
      SELECT s.actor AS code, s.name, max(s.kind) AS kind, max(s.role) AS role, max(s.is_new) AS is_new,
        count(DISTINCT s.article_id) AS articles, sum(s.mention_count) AS mentions,
        (SELECT count(*) FROM events e
          WHERE e.article_id IN (SELECT s2.article_id FROM sel s2 WHERE s2.actor IS s.actor AND s2.name = s.name)
            AND CASE WHEN s.actor IS NOT NULL THEN (e.source_code = s.actor OR e.target_code = s.actor)
                     ELSE (e.source_name = s.name OR e.target_name = s.name) END) AS events
      FROM sel s
      GROUP BY s.actor, s.name
      ORDER BY mentions DESC, articles DESC, s.name
      ${p.sql}`, [...where.params, ...p.params]);
    return rows.map((r) => ({
      code: r.code, name: r.name, kind: r.kind, role: r.role, isNew: r.is_new === 1,
      articles: r.articles, mentions: r.mentions, events: r.events,
    }));
  }

  articles(filter: QueryFilter): ArticleRow[] {
    const where = new Where();
    if (filter.actor) {
      const inner = new Where();
      actorMatch(inner, [['en.actor', 'en.name']], filter.actor);
      const inEvents = new Where();
      actorMatch(inEvents, [['e.source_code', 'e.source_name'], ['e.target_code', 'e.target_name']], filter.actor);
      where.add(
        `EXISTS (SELECT 1 FROM entities en WHERE en.article_id = a.id AND (${inner.parts[0]}))
         OR EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND (${inEvents.parts[0]}))`,
        ...inner.params, ...inEvents.params,
      );
    }
    if (filter.type) {
      const inner = new Where();
      cameoOrPlover(inner, filter.type, 'e');
      where.add(`EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND (${inner.parts[0]}))`, ...inner.params);
    }
    dateRange(where, 'a.date', filter);
    if (filter.text) {
      const match = ftsQuery(filter.text);
      if (match === null) where.add('0');
      else where.add('a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)', match);
    }
    const p = page(filter);
    const rows = this.all(`
      SELECT a.id, a.ref, a.hash, a.source, a.title, a.date, a.publisher_name, a.publisher_code,
        substr(a.text, 1, 400) AS head, length(a.text) AS chars, a.text_offset, a.coded_at, a.provenance,
        (SELECT count(*) FROM events WHERE article_id = a.id) AS n_events,
        (SELECT count(*) FROM quotes WHERE article_id = a.id) AS n_quotes,
        (SELECT count(*) FROM stances WHERE article_id = a.id) AS n_stances
      FROM articles a
      ${where}
      ORDER BY a.date IS NULL, a.date, a.id
      ${p.sql}`, [...where.params, ...p.params]);
    return rows.map((r) => ({
      id: r.id, ref: r.ref, hash: r.hash, source: r.source, title: r.title, date: r.date,
      publisher: ref(r.publisher_code, r.publisher_name),
      snippet: snippet(r.head), chars: r.chars, offset: r.text_offset, codedAt: r.coded_at,
      provenance: JSON.parse(r.provenance) as Record<string, string>,
      events: r.n_events, quotes: r.n_quotes, stances: r.n_stances,
    }));
  }

  inputs(status?: InputStatus): InputRow[] {
    const where = new Where();
    if (status) where.add('status = ?', status);
    return this.all(`SELECT * FROM inputs ${where} ORDER BY source`, where.params).map((r) => ({
      source: r.source, status: r.status, reason: r.reason, articleId: r.article_id, recordedAt: r.recorded_at,
    }));
  }

  counts(): StoreCounts {
    const [c] = this.all(`
      SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM stances) AS stances`, []);
    const inputs: Record<InputStatus, number> = { coded: 0, skipped: 0, failed: 0 };
    for (const r of this.all('SELECT status, count(*) AS n FROM inputs GROUP BY status', [])) {
      inputs[r.status as InputStatus] = r.n;
    }
    return {
      articles: c.articles, entities: c.entities, mentions: c.mentions,
      events: c.events, quotes: c.quotes, stances: c.stances, inputs,
    };
  }
}

const SNIPPET_CHARS = 160;

function snippet(head: string): string {
  const flat = head.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS - 1)}…` : flat;
}

/**
 * Aggregate queries on the summary tables of schema version 2 (agg_*), which triggers
 * keep current, so each answers from a few thousand rows at most.
 */
import type {
  ActorActivity, ActorHit, ActorProfile, ActorSearch, DateRange, DyadMonth, Network, NetworkQuery,
  StanceMatrix, StanceMatrixQuery, TimelinePoint,
} from '../explore.js';
import type { StoreCounts } from '../store.js';
import { mean, monthRange, prefixRange, Statements, Where, type Params, type Row } from './sql.js';

const isCode = (key: string) => /^[A-Z0-9]{2,}$/.test(key);

const activity = (r: Row): ActorActivity => ({
  key: r.actor, code: r.code ?? null, name: r.name ?? r.actor, events: r.events, goldstein: mean(r.goldstein, r.events),
});

/** With a date range, pairs are ranked among this many of the most active pairs overall. */
export const NETWORK_CANDIDATES = 1000;

/**
 * A date range as whole years (first and last, as YYYY) and the months outside them at
 * either end (YYYY-MM pairs), e.g. 2017-10..2020-02 → years 2018..2019, months 2017-10..2017-12
 * and 2020-01..2020-02.
 */
export function splitRange(range: DateRange): { years: [string, string] | null; months: Array<[string, string]> } {
  const from = range.from ? (range.from.length >= 7 ? range.from.slice(0, 7) : `${range.from}-01`) : '0000-01';
  const to = range.to ? (range.to.length >= 7 ? range.to.slice(0, 7) : `${range.to}-12`) : '9999-12';
  if (from > to) return { years: null, months: [] };
  const firstYear = Number(from.slice(0, 4)) + (from.endsWith('-01') ? 0 : 1);
  const lastYear = Number(to.slice(0, 4)) - (to.endsWith('-12') ? 0 : 1);
  if (firstYear > lastYear) return { years: null, months: [[from, to]] };
  const pad = (y: number) => String(y).padStart(4, '0');
  const months: Array<[string, string]> = [];
  if (!from.endsWith('-01')) months.push([from, `${from.slice(0, 4)}-12`]);
  if (!to.endsWith('-12')) months.push([`${to.slice(0, 4)}-01`, to]);
  return { years: [pad(firstYear), pad(lastYear)], months };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Aggregates over one connection. */
export class Aggregates {
  constructor(private readonly sql: Statements) {}

  /** The counts kept by triggers: no table is scanned. */
  counts(): StoreCounts {
    const n = new Map(this.sql.all('SELECT name, n FROM agg_counts').map((r) => [r.name as string, r.n as number]));
    const get = (name: string) => n.get(name) ?? 0;
    return {
      articles: get('articles'), entities: get('entities'), mentions: get('mentions'), events: get('events'),
      quotes: get('quotes'), stances: get('stances'),
      inputs: { coded: get('inputs:coded'), skipped: get('inputs:skipped'), failed: get('inputs:failed') },
    };
  }

  timeline(range: DateRange): TimelinePoint[] {
    const where = new Where().add('events > 0');
    monthRange(where, 'month', range);
    return this.sql.all(`SELECT * FROM agg_month WHERE ${where.sql} ORDER BY month, quad`, where.params)
      .map((r) => ({ month: r.month, quad: r.quad, events: r.events, goldstein: mean(r.goldstein, r.events) }));
  }

  topActors(range: DateRange & { limit?: number }): ActorActivity[] {
    const limit = range.limit ?? 10;
    if (!range.from && !range.to) {
      return this.sql.all('SELECT * FROM agg_actor WHERE events > 0 ORDER BY events DESC, actor LIMIT ?', [limit]).map(activity);
    }
    const where = new Where();
    monthRange(where, 'm.month', range);
    return this.sql.all(`
      WITH top AS (SELECT m.actor, sum(m.events) AS events, sum(m.goldstein) AS goldstein
        FROM agg_actor_month m WHERE ${where.sql} GROUP BY m.actor HAVING events > 0 ORDER BY events DESC, m.actor LIMIT ?)
      SELECT top.*, x.code, x.name FROM top LEFT JOIN agg_actor x ON x.actor = top.actor ORDER BY top.events DESC, top.actor`,
    [...where.params, limit]).map(activity);
  }

  searchActors(search: ActorSearch): ActorHit[] {
    const where = new Where().add('n.articles > 0');
    if (search.text) {
      const [range, ...params] = prefixRange('n.actor', search.text);
      const pattern = `%${search.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.add(`n.name LIKE ? ESCAPE '\\' OR (${range})`, pattern, ...params);
    }
    if (search.kind) where.add('n.kind = ?', search.kind);
    return this.sql.all(`
      SELECT n.actor, max(n.kind) AS kind, sum(n.articles) AS articles, max(n.is_new) AS is_new,
        (SELECT name FROM agg_names WHERE actor = n.actor AND ${search.text ? "name LIKE ? ESCAPE '\\'" : '1'} ORDER BY articles DESC LIMIT 1) AS best,
        x.code, x.events
      FROM agg_names n LEFT JOIN agg_actor x ON x.actor = n.actor
      WHERE ${where.sql} GROUP BY n.actor ORDER BY coalesce(x.events, 0) DESC, articles DESC, n.actor LIMIT ?`,
    [...(search.text ? [where.params[0]] : []), ...where.params, search.limit ?? 20]).map((r) => ({
      key: r.actor, code: isCode(r.actor) ? r.actor : null, name: r.best ?? r.actor, kind: r.kind,
      articles: r.articles, events: r.events ?? 0, isNew: r.is_new === 1,
    }));
  }

  actorProfile(key: string): ActorProfile | null {
    const x = this.sql.one('SELECT * FROM agg_actor WHERE actor = ?', [key]);
    const names = this.sql.all('SELECT * FROM agg_names WHERE actor = ? AND articles > 0 ORDER BY articles DESC, name, role LIMIT 50', [key]);
    if (!x && names.length === 0) return null;
    const partners = this.sql.all(`
      WITH p AS (
        SELECT b AS actor, events, goldstein, forward AS outgoing FROM agg_pair WHERE a = ? AND events > 0
        UNION ALL SELECT a, events, goldstein, events - forward FROM agg_pair WHERE b = ? AND events > 0)
      SELECT p.*, x.code, x.name FROM p LEFT JOIN agg_actor x ON x.actor = p.actor
      ORDER BY p.events DESC, p.actor LIMIT 20`, [key, key]);
    const code = isCode(key) ? key : null;
    const quotes = this.sql.one(code
      ? 'SELECT count(*) AS n FROM quotes WHERE speaker_code = ?'
      : 'SELECT count(*) AS n FROM quotes WHERE speaker_code IS NULL AND speaker_name = ?', [key])!.n as number;
    const stances = this.sql.one('SELECT coalesce(sum(support + oppose), 0) AS n FROM agg_stance WHERE actor = ?', [key])!.n as number;
    return {
      key, code, name: x?.name ?? names[0].name,
      names: names.map((n) => ({
        name: n.name, kind: n.kind, role: n.role || null, articles: n.articles, first: n.first, last: n.last, isNew: n.is_new === 1,
      })),
      events: x?.events ?? 0, asSource: x?.as_source ?? 0, asTarget: x?.as_target ?? 0,
      goldstein: x ? mean(x.goldstein, x.events) : 0,
      byType: this.sql.all('SELECT * FROM agg_actor_type WHERE actor = ? AND events > 0 ORDER BY root, side', [key])
        .map((r) => ({ root: r.root, side: r.side, events: r.events, goldstein: mean(r.goldstein, r.events) })),
      partners: partners.map((r) => ({ ...activity(r), outgoing: r.outgoing, incoming: r.events - r.outgoing })),
      months: this.sql.all("SELECT * FROM agg_actor_month WHERE actor = ? AND month != '' AND events > 0 ORDER BY month", [key])
        .map((r) => ({ month: r.month, events: r.events, goldstein: mean(r.goldstein, r.events) })),
      quotes, stances,
    };
  }

  dyad(a: string, b: string, range: DateRange): DyadMonth[] {
    const where = new Where().add('(source = ? AND target = ?) OR (source = ? AND target = ?)', a, b, b, a);
    monthRange(where, 'month', range);
    return this.sql.all(`
      SELECT month, sum(events) AS events, sum(goldstein) AS goldstein,
        sum(CASE WHEN source = ? THEN events ELSE 0 END) AS forward
      FROM agg_dyad_month WHERE ${where.sql} GROUP BY month HAVING events > 0 ORDER BY month`, [a, ...where.params])
      .map((r) => ({ month: r.month, events: r.events, goldstein: mean(r.goldstein, r.events), forward: r.forward, backward: r.events - r.forward }));
  }

  network(query: NetworkQuery): Network {
    const limit = query.limit ?? 100;
    const min = Math.max(1, query.minEvents ?? 1);
    let rows: Row[];
    if (!query.from && !query.to) {
      const where = new Where().add('events >= ?', min);
      if (query.actor) where.add('a = ? OR b = ?', query.actor, query.actor);
      rows = this.sql.all(`SELECT a, b, events, goldstein FROM agg_pair WHERE ${where.sql} ORDER BY events DESC, a, b LIMIT ?`, [...where.params, limit]);
    } else {
      // Pairs are ranked within the range among the most active pairs overall, reading whole
      // years from agg_pair_year and only the months at the ends from agg_pair_month, so the
      // cost hardly grows with the length of the range.
      const candidates = new Where().add('events > 0');
      if (query.actor) candidates.add('a = ? OR b = ?', query.actor, query.actor);
      const parts: string[] = [];
      const params: Params = [];
      const { years, months } = splitRange(query);
      // CROSS JOIN keeps the candidates outside: otherwise SQLite may scan a whole summary table.
      if (years) {
        parts.push('SELECT c.a, c.b, y.events, y.goldstein FROM cand c CROSS JOIN agg_pair_year y ON y.a = c.a AND y.b = c.b AND y.year >= ? AND y.year <= ?');
        params.push(...years);
      }
      for (const [first, last] of months) {
        parts.push('SELECT c.a, c.b, m.events, m.goldstein FROM cand c CROSS JOIN agg_pair_month m ON m.a = c.a AND m.b = c.b AND m.month >= ? AND m.month <= ?');
        params.push(first, last);
      }
      rows = parts.length === 0 ? [] : this.sql.all(`
        WITH cand AS (SELECT a, b FROM agg_pair WHERE ${candidates.sql} ORDER BY events DESC LIMIT ?)
        SELECT a, b, sum(events) AS events, sum(goldstein) AS goldstein FROM (${parts.join(' UNION ALL ')})
        GROUP BY a, b HAVING sum(events) >= ? ORDER BY sum(events) DESC, a, b LIMIT ?`,
      [...candidates.params, Math.max(NETWORK_CANDIDATES, limit * 12), ...params, min, limit]);
    }
    const totals = new Map<string, { events: number; goldstein: number }>();
    for (const r of rows) {
      for (const key of [r.a, r.b] as string[]) {
        const t = totals.get(key) ?? { events: 0, goldstein: 0 };
        t.events += r.events;
        t.goldstein += r.goldstein;
        totals.set(key, t);
      }
    }
    const keys = [...totals.keys()];
    const known = new Map<string, Row>();
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      for (const r of this.sql.all(`SELECT actor, code, name FROM agg_actor WHERE actor IN (${placeholders(chunk.length)})`, chunk)) known.set(r.actor, r);
    }
    return {
      nodes: keys.map((key) => {
        const t = totals.get(key)!;
        return { key, code: known.get(key)?.code ?? null, name: known.get(key)?.name ?? key, events: t.events, goldstein: mean(t.goldstein, t.events) };
      }).sort((p, q) => q.events - p.events || p.key.localeCompare(q.key)),
      edges: rows.map((r) => ({ source: r.a, target: r.b, events: r.events, goldstein: mean(r.goldstein, r.events) })),
    };
  }

  stanceMatrix(query: StanceMatrixQuery): StanceMatrix {
    const where = new Where().add('s.support + s.oppose > 0');
    if (query.actor) where.add('s.actor = ?', query.actor);
    if (query.issue) where.add("s.issue LIKE ? ESCAPE '\\'", `%${query.issue.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const actors = this.sql.all(`
      SELECT s.actor, sum(s.support + s.oppose) AS stances, x.code,
        coalesce(x.name, max(s.name)) AS name
      FROM agg_stance s LEFT JOIN agg_actor x ON x.actor = s.actor
      WHERE ${where.sql} GROUP BY s.actor ORDER BY stances DESC, s.actor LIMIT ?`, [...where.params, query.actors ?? 30]);
    if (actors.length === 0) return { actors: [], issues: [], cells: [] };
    const keys: Params = actors.map((r) => r.actor);
    const inActors = `s.actor IN (${placeholders(keys.length)})`;
    const issues = this.sql.all(`SELECT s.issue, sum(s.support + s.oppose) AS stances FROM agg_stance s
      WHERE ${where.sql} AND ${inActors} GROUP BY s.issue ORDER BY stances DESC, s.issue LIMIT ?`, [...where.params, ...keys, query.issues ?? 30]);
    const names: Params = issues.map((r) => r.issue);
    const cells = this.sql.all(`SELECT s.actor, s.issue, s.support, s.oppose FROM agg_stance s
      WHERE ${where.sql} AND ${inActors} AND s.issue IN (${placeholders(names.length)}) ORDER BY s.actor, s.issue`, [...where.params, ...keys, ...names]);
    return {
      actors: actors.map((r) => ({ key: r.actor, code: isCode(r.actor) ? r.actor : null, name: r.name, stances: r.stances })),
      issues: issues.map((r) => ({ issue: r.issue, stances: r.stances })),
      cells: cells.map((r) => ({ actor: r.actor, issue: r.issue, support: r.support, oppose: r.oppose })),
    };
  }
}

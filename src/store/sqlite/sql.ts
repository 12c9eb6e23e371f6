/**
 * Small SQL builders shared by the explore queries: WHERE clauses with parameters, code
 * prefixes as index ranges, date and month bounds, and a statement cache.
 */
import type Database from 'better-sqlite3';
import type { ActorRef } from '../../doc/types.js';
import type { SpanText } from '../../doc/result.js';
import type { DateRange } from '../explore.js';

export type Params = Array<string | number>;
export type Row = Record<string, any>;

/** Accumulates WHERE conditions with their parameters. */
export class Where {
  readonly parts: string[] = [];
  readonly params: Params = [];
  add(sql: string, ...params: Params): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  /** The conditions ANDed, for use after WHERE or AND. */
  get sql(): string {
    return this.parts.length ? this.parts.map((p) => `(${p})`).join(' AND ') : '1';
  }
}

// Codes are upper-case letters and digits, so everything starting with a prefix sorts
// below prefix + '~'; a range lets SQLite use the index where substr() would not.
const AFTER = '~';

/** SQL and parameters for "column starts with prefix", as an index range. */
export function prefixRange(column: string, prefix: string): [string, string, string] {
  const p = prefix.toUpperCase();
  return [`${column} >= ? AND ${column} < ?`, p, p + AFTER];
}

/** Adds day bounds: a partial `to` ("2017-09") includes all of that month. */
export function dayRange(where: Where, column: string, range: DateRange): void {
  if (range.from) where.add(`${column} >= ?`, range.from);
  if (range.to) where.add(`${column} < ?`, range.to + AFTER);
}

/** Adds month bounds for the summary tables (YYYY-MM; '' is undated and always left out). */
export function monthRange(where: Where, column: string, range: DateRange): void {
  where.add(`${column} != ''`);
  if (range.from) where.add(`${column} >= ?`, range.from.slice(0, 7));
  if (range.to) where.add(`${column} <= ?`, range.to.length >= 7 ? range.to.slice(0, 7) : range.to + AFTER);
}

/** Parses the JSON of json_group_array, which is '[null]'-free because callers filter NULL rows. */
export const parseJson = <T>(text: string | null): T => JSON.parse(text ?? '[]') as T;

export const ref = (code: string | null, name: string | null): ActorRef | null => (name === null ? null : { code, name });
export const span = (start: number | null, end: number | null, text: string | null): SpanText | null =>
  start === null || end === null || text === null ? null : { start, end, text };

/** A stored quote's content span and, when the attribution interrupts it, its parts (schema version 3). */
export function quoteSpans(r: Row): { content: SpanText; parts: SpanText[] | null } {
  return {
    content: { start: r.content_start, end: r.content_end, text: r.content_text ?? r.text },
    parts: r.parts === null ? null : (JSON.parse(r.parts) as SpanText[]),
  };
}

/** Mean of a sum over a count, 0 for none, rounded for display stability. */
export const mean = (sum: number, count: number): number => (count ? Math.round((sum / count) * 100) / 100 : 0);

/** Prepared statements cached by SQL text. */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly db: Database.Database) {}
  get(sql: string): Database.Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
  all(sql: string, params: Params = []): Row[] {
    return this.get(sql).all(...params) as Row[];
  }
  one(sql: string, params: Params = []): Row | undefined {
    return this.get(sql).get(...params) as Row | undefined;
  }
}

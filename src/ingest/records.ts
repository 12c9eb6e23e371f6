/**
 * Parsing multi-article formats (JSON lines, JSON, CSV) into raw articles, one outcome per
 * record so a bad record never stops the rest.
 */
import { parseCsv } from './csv.js';
import { IngestError } from './errors.js';
import { contentHash } from './hash.js';

/** A raw article read from an input, ready to code. */
export interface IngestedArticle {
  /** Path, `path:line` (JSON lines, CSV), `path[index]` (JSON array) or "-". */
  source: string;
  /** sha256 hex of the text with line endings normalised. */
  hash: string;
  text: string;
  id?: string;
  title?: string;
  date?: string;
  url?: string;
}

/** One outcome per input unit: an article, or the error that stopped it (with the record's id when it had one). */
export type IngestItem = { ok: true; article: IngestedArticle } | { ok: false; error: IngestError; id?: string };

/** Rejects a text for a reason, e.g. its language; null accepts it. */
export type TextCheck = (text: string) => string | null;

/** Builds an article item from text, applying the empty and language checks. */
export function articleItem(source: string, text: string, fields: Omit<IngestedArticle, 'source' | 'hash' | 'text'> = {}, check?: TextCheck): IngestItem {
  if (text.trim() === '') return fail('E_EMPTY', source, 'empty text');
  const rejected = check?.(text);
  if (rejected) return fail('E_LANGUAGE', source, rejected);
  const article: IngestedArticle = { source, hash: contentHash(text), text };
  for (const [key, value] of Object.entries(fields) as Array<[keyof typeof fields, string | undefined]>) {
    if (value !== undefined) article[key] = value;
  }
  return { ok: true, article };
}

function fail(code: IngestError['code'], source: string, reason: string): IngestItem {
  return { ok: false, error: new IngestError(code, source, reason) };
}

const OPTIONAL_FIELDS = ['title', 'date', 'url'] as const;

/**
 * Reads one `{id, text, date?, title?, url?}` record (`body` is accepted for `text`).
 * @example recordItem({ id: 7, text: 'Talks resumed.' }, 'in.jsonl:3')
 */
export function recordItem(value: unknown, source: string, check?: TextCheck): IngestItem {
  const item = checkRecord(value, source, check);
  const id = (value as { id?: unknown } | null)?.id;
  if (!item.ok && (typeof id === 'string' || typeof id === 'number')) item.id = String(id);
  return item;
}

function checkRecord(value: unknown, source: string, check?: TextCheck): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('E_PARSE', source, 'expected an object like {"id": ..., "text": ...}');
  }
  const record = value as Record<string, unknown>;
  const text = record.text ?? record.body;
  if (typeof text !== 'string') return fail('E_PARSE', source, 'missing "text" string');
  const fields: Omit<IngestedArticle, 'source' | 'hash' | 'text'> = {};
  if (record.id !== undefined && record.id !== null) {
    if (typeof record.id !== 'string' && typeof record.id !== 'number') return fail('E_PARSE', source, '"id" must be a string or a number');
    fields.id = String(record.id);
  }
  for (const key of OPTIONAL_FIELDS) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') return fail('E_PARSE', source, `"${key}" must be a string`);
    if (field !== '') fields[key] = field;
  }
  return articleItem(source, text, fields, check);
}

/** Parses one JSON line; `source` names it as `path:line`. */
export function jsonLineItem(line: string, source: string, check?: TextCheck): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail('E_PARSE', source, `invalid JSON (${(error as Error).message})`);
  }
  return recordItem(value, source, check);
}

/** One item per non-blank line of a JSON lines file. */
export function jsonLinesItems(text: string, path: string, check?: TextCheck): IngestItem[] {
  const items: IngestItem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() !== '') items.push(jsonLineItem(line, `${path}:${i + 1}`, check));
  });
  return items;
}

/** One item for a JSON object, one per element for a JSON array. */
export function jsonItems(text: string, path: string, check?: TextCheck): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [fail('E_PARSE', path, `invalid JSON (${(error as Error).message})`)];
  }
  if (!Array.isArray(value)) return [recordItem(value, path, check)];
  if (value.length === 0) return [fail('E_EMPTY', path, 'empty JSON array')];
  return value.map((record, i) => recordItem(record, `${path}[${i}]`, check));
}

const TEXT_COLUMNS = ['text', 'body', 'content'];
const CSV_FIELDS = ['id', 'title', 'date', 'url'] as const;

/** One item per CSV data row; the header names a text (or body) column and optional id/title/date/url. */
export function csvItems(text: string, path: string, check?: TextCheck): IngestItem[] {
  const { records, error } = parseCsv(text);
  const items: IngestItem[] = [];
  const [header, ...rows] = records;
  if (!header) return [fail('E_PARSE', error ? `${path}:${error.line}` : path, error?.reason ?? 'no CSV header')];
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const textAt = names.findIndex((name) => TEXT_COLUMNS.includes(name));
  if (textAt < 0) return [fail('E_PARSE', `${path}:${header.line}`, 'CSV header has no "text" or "body" column')];
  for (const row of rows) {
    const source = `${path}:${row.line}`;
    if (row.fields.length !== names.length) {
      items.push(fail('E_PARSE', source, `expected ${names.length} fields, found ${row.fields.length}`));
      continue;
    }
    const fields: Omit<IngestedArticle, 'source' | 'hash' | 'text'> = {};
    for (const key of CSV_FIELDS) {
      const value = row.fields[names.indexOf(key)]?.trim();
      if (value) fields[key] = value;
    }
    items.push(articleItem(source, row.fields[textAt], fields, check));
  }
  if (error) items.push(fail('E_PARSE', `${path}:${error.line}`, error.reason));
  if (items.length === 0) items.push(fail('E_EMPTY', path, 'CSV file has a header but no rows'));
  return items;
}

/**
 * Event exports streamed in batches: CSV with GDELT-like columns, JSON lines of the
 * event rows, and PLOVER JSON (events that have a PLOVER category, so never user-coded ones).
 */
import type { ActorRef } from '../doc/types.js';
import type { EventRow } from '../store/store.js';

export type ExportFormat = 'csv' | 'jsonl' | 'plover';

/** What an export needs besides the rows: whether a code prefix is a country, and a CAMEO code's PLOVER mode. */
export interface ExportContext {
  isCountry(code: string): boolean;
  ploverMode(cameo: string): string | null;
}

export const CSV_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'PloverType', 'IsNegated', 'ArticleId', 'ArticleRef', 'ArticleTitle', 'Evidence', 'RuleId',
  // Last, so readers of the earlier columns by position are unaffected; a user code has no PloverType.
  'IsUserCode',
] as const;

const CHUNK_ROWS = 500;

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvField(value: string | number | null, isText = false): string {
  if (value === null) return '';
  let text = String(value);
  if (isText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function country(actor: ActorRef | null, ctx: ExportContext): string | null {
  const prefix = actor?.code?.slice(0, 3);
  return prefix && ctx.isCountry(prefix) ? prefix : null;
}

function csvLine(e: EventRow, ctx: ExportContext): string {
  const day = e.date ?? '';
  const compact = day.replaceAll('-', '');
  return [
    csvField(e.id), csvField(compact.length === 8 ? compact : null), csvField(compact.slice(0, 6) || null), csvField(compact.slice(0, 4) || null),
    csvField(e.source.code), csvField(e.source.name, true), csvField(country(e.source, ctx)),
    csvField(e.target?.code ?? null), csvField(e.target?.name ?? null, true), csvField(country(e.target, ctx)),
    csvField(e.cameo), csvField(e.cameo.slice(0, 3)), csvField(e.cameo.slice(0, 2)), csvField(e.quad),
    csvField(e.goldstein), csvField(e.plover), csvField(e.negated ? 1 : 0), csvField(e.articleId), csvField(e.articleRef, true),
    csvField(e.articleTitle, true), csvField(e.text, true), csvField(e.rule), csvField(e.userCode ? 1 : 0),
  ].join(',');
}

function ploverEvent(e: EventRow, ctx: ExportContext): object {
  const party = (actor: ActorRef | null) =>
    actor ? { name: actor.name, code: actor.code, country: country(actor, ctx) } : null;
  return {
    event_id: String(e.id),
    event_date: e.date,
    event_type: e.plover,
    event_mode: ctx.ploverMode(e.cameo),
    event_text: e.text,
    actor: party(e.source),
    recipient: party(e.target),
    negated: e.negated,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad_class: e.quad,
    story_id: e.articleRef,
    story_title: e.articleTitle,
    rule: e.rule,
  };
}

/** The export as text chunks of several hundred rows each. */
export async function* exportChunks(rows: AsyncIterable<EventRow>, format: ExportFormat, ctx: ExportContext, limit = Infinity): AsyncGenerator<string> {
  let lines: string[] = [];
  let n = 0;
  let first = true;
  if (format === 'csv') lines.push(CSV_COLUMNS.join(','));
  if (format === 'plover') yield '[';
  const flush = () => {
    const text = lines.join(format === 'plover' ? ',\n' : '\n');
    const out = format === 'plover' ? `${first ? '\n' : ',\n'}${text}` : `${text}\n`;
    first = false;
    lines = [];
    return out;
  };
  for await (const row of rows) {
    if (n >= limit) break;
    if (format === 'plover' && row.plover === null) continue;
    n++;
    lines.push(format === 'csv' ? csvLine(row, ctx) : JSON.stringify(format === 'plover' ? ploverEvent(row, ctx) : row));
    if (lines.length >= CHUNK_ROWS) yield flush();
  }
  if (lines.length) yield flush();
  if (format === 'plover') yield '\n]\n';
}

/** A byte stream of text chunks; cancelling it stops reading rows. */
export function toStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

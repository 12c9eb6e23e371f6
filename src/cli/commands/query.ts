/**
 * `readout events|quotes|stances|actors|articles|inputs`: query a store and print an
 * aligned table, or JSON with --json.
 */
import type { ActorRef } from '../../doc/types.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { ActorRow, ArticleRow, EventRow, InputRow, InputStatus, QueryFilter, QuoteRow, StanceRow, Store } from '../../store/store.js';
import { parse, parseCount, parseDate, type Options } from '../args.js';
import { UsageError } from '../errors.js';
import { write, type Io } from '../io.js';
import { DB_OPTION, DEFAULT_DB } from '../options.js';
import { formatTable, type Column } from '../table.js';

/** The commands that list rows from a store. */
export type QueryCommand = 'events' | 'quotes' | 'stances' | 'actors' | 'articles' | 'inputs';

const DEFAULT_LIMIT = 50;

/** "CHNGOV Wang Yi", or just the name for an actor without a code. */
export function actorLabel(actor: ActorRef | null): string {
  if (!actor) return '';
  return actor.code ? `${actor.code} ${actor.name}` : actor.name;
}

const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'cameo', value: (r) => r.cameo },
  { header: 'plover', value: (r) => r.plover },
  { header: 'source', value: (r) => actorLabel(r.source) },
  { header: 'target', value: (r) => actorLabel(r.target) },
  { header: 'text', value: (r) => (r.negated ? `[not] ${r.text}` : r.text), flex: true },
];
const QUOTE_COLUMNS: Column<QuoteRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'speaker', value: (r) => actorLabel(r.speaker) || '?' },
  { header: 'kind', value: (r) => r.kind },
  { header: 'text', value: (r) => r.text, flex: true },
];
const STANCE_COLUMNS: Column<StanceRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'holder', value: (r) => actorLabel(r.holder) },
  { header: 'stance', value: (r) => r.polarity },
  // A stance toward an actor shows the actor's code, so "oppose USAGOV Trump" reads as a dyad.
  { header: 'issue', value: (r) => (r.target ? actorLabel(r.target) : r.issue) },
  { header: 'text', value: (r) => r.text, flex: true },
];
const ACTOR_COLUMNS: Column<ActorRow>[] = [
  { header: 'code', value: (r) => r.code ?? '-' },
  { header: 'name', value: (r) => r.name },
  { header: 'kind', value: (r) => r.kind },
  { header: 'role', value: (r) => r.role },
  { header: 'articles', value: (r) => r.articles, align: 'right' },
  { header: 'mentions', value: (r) => r.mentions, align: 'right' },
  { header: 'events', value: (r) => r.events, align: 'right' },
  { header: 'new', value: (r) => (r.isNew ? 'new' : '') },
];
const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { header: 'id', value: (r) => r.id, align: 'right' },
  { header: 'date', value: (r) => r.date },
  { header: 'events', value: (r) => r.events, align: 'right' },
  { header: 'quotes', value: (r) => r.quotes, align: 'right' },
  { header: 'stances', value: (r) => r.stances, align: 'right' },
  { header: 'title', value: (r) => r.title ?? r.snippet, flex: true },
  { header: 'source', value: (r) => r.source, cut: 'start' },
];
const INPUT_COLUMNS: Column<InputRow>[] = [
  { header: 'status', value: (r) => r.status },
  { header: 'source', value: (r) => r.source, cut: 'start' },
  { header: 'reason', value: (r) => r.reason, flex: true },
];

/** Rows and how to print them, for one command. */
async function select(command: QueryCommand, store: Store, filter: QueryFilter, status?: InputStatus) {
  switch (command) {
    case 'events': return { rows: await store.events(filter), columns: EVENT_COLUMNS as Column<unknown>[] };
    case 'quotes': return { rows: await store.quotes(filter), columns: QUOTE_COLUMNS as Column<unknown>[] };
    case 'stances': return { rows: await store.stances(filter), columns: STANCE_COLUMNS as Column<unknown>[] };
    case 'actors': return { rows: await store.actors(filter), columns: ACTOR_COLUMNS as Column<unknown>[] };
    case 'articles': return { rows: await store.articles(filter), columns: ARTICLE_COLUMNS as Column<unknown>[] };
    case 'inputs': {
      const all = await store.inputs(status ? { status } : {});
      const from = filter.offset ?? 0;
      return { rows: filter.limit === undefined ? all.slice(from) : all.slice(from, from + filter.limit), columns: INPUT_COLUMNS as Column<unknown>[] };
    }
  }
}

const FILTER_OPTIONS: Options = {
  actor: { type: 'string', short: 'a' },
  type: { type: 'string', short: 't' },
  from: { type: 'string' },
  to: { type: 'string' },
  text: { type: 'string' },
};

const STATUSES: readonly InputStatus[] = ['coded', 'skipped', 'failed'];

/** Runs a query command; returns the exit code. */
export async function run(command: QueryCommand, args: string[], io: Io): Promise<number> {
  const options: Options = {
    ...DB_OPTION,
    limit: { type: 'string', short: 'n' },
    offset: { type: 'string' },
    json: { type: 'boolean' },
  };
  if (command === 'inputs') options.status = { type: 'string' };
  else Object.assign(options, FILTER_OPTIONS);
  if (command === 'actors') options.new = { type: 'boolean' };
  const { values } = parse(command, args, options);
  const v = values as Record<string, string | boolean | undefined>;
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const filter: QueryFilter = {};
  if (str('actor')) filter.actor = str('actor');
  if (str('type')) filter.type = str('type');
  if (str('from')) filter.from = parseDate(str('from')!, 'from');
  if (str('to')) filter.to = parseDate(str('to')!, 'to');
  if (str('text')) filter.text = str('text');
  if (v.new === true) filter.isNew = true;
  const limit = str('limit') === undefined ? DEFAULT_LIMIT : parseCount(str('limit')!, 'limit');
  // Ask for one row more than shown, to tell whether the limit cut the list short.
  if (limit > 0) filter.limit = limit + 1;
  if (str('offset')) filter.offset = parseCount(str('offset')!, 'offset');
  const status = str('status') as InputStatus | undefined;
  if (status !== undefined && !STATUSES.includes(status)) {
    throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, not "${status}"`, command);
  }

  const store = await openSqliteStore(str('db') ?? DEFAULT_DB, { create: false });
  try {
    const { rows, columns } = await select(command, store, filter, status);
    const more = limit > 0 && rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    if (v.json === true) {
      await write(io.stdout, JSON.stringify(shown, null, 2) + '\n');
    } else if (shown.length === 0) {
      await write(io.stderr, `no ${command} found\n`);
    } else {
      await write(io.stdout, formatTable(shown, columns, { columns: io.stdout.isTTY ? io.stdout.columns : undefined }));
    }
    if (more) await write(io.stderr, `(first ${limit} shown; use --limit N or --offset N for more, --limit 0 for all)\n`);
    return 0;
  } finally {
    await store.close();
  }
}

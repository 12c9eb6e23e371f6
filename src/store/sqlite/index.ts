/**
 * The SQLite `Store`, on better-sqlite3: WAL journal, foreign keys, versioned migrations,
 * one transaction per article, statements compiled once per connection.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { checkFilter, StoreError, type EventRow, type QueryFilter, type Store } from '../store.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { Aggregates } from './aggregates.js';
import { readArticle } from './article.js';
import { Queries } from './query.js';
import { Searches } from './search.js';
import { Statements } from './sql.js';
import { createWriter } from './save.js';

export { SCHEMA_VERSION };

export interface SqliteStoreOptions {
  /** Create the file when missing (ingest); false makes a missing file an E_NO_DB error (queries). */
  create?: boolean;
  /** Milliseconds to wait for another writer's lock. */
  busyTimeout?: number;
}

const DEFAULTS: Required<SqliteStoreOptions> = { create: true, busyTimeout: 5000 };

/**
 * Opens (and migrates) a SQLite store.
 * @example const store = await openSqliteStore('readout.db');
 */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const opts = { ...DEFAULTS, ...options };
  if (!opts.create && file !== ':memory:' && !existsSync(file)) {
    throw new StoreError('E_NO_DB', file, 'no such database (run "readout ingest" first)');
  }
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: opts.busyTimeout });
  } catch (error) {
    throw new StoreError('E_STORE', file, `cannot open database: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is safe in WAL mode: a killed process never loses a committed transaction.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError('E_STORE', file, `not a readout database: ${(error as Error).message}`);
  }
  return createSqliteStore(db, file);
}

function createSqliteStore(db: Database.Database, file: string): Store {
  const writer = createWriter(db);
  const queries = new Queries(db);
  const statements = new Statements(db);
  const searches = new Searches(statements);
  const aggregates = new Aggregates(statements);
  let closed = false;
  // Every method runs through here so a closed store fails with a coded error, not a driver one.
  const use = <T>(fn: () => T): Promise<T> => {
    if (closed) return Promise.reject(new StoreError('E_CLOSED', file, 'the store is closed'));
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const filtered = <F extends QueryFilter, T>(filter: F | undefined, fn: (f: F) => T) =>
    use(() => {
      const f = filter ?? ({} as F);
      checkFilter(f, file);
      return fn(f);
    });
  return {
    migrate: () => use(() => migrate(db, file)),
    saveArticle: (input) => use(() => writer.save(input)),
    findArticle: (hash) => use(() => writer.findArticle(hash)),
    recordInput: (source, status, reason = null, articleId = null) =>
      use(() => writer.recordInput(source, status, reason, articleId)),
    events: (filter) => filtered(filter, (f) => queries.events(f)),
    quotes: (filter) => filtered(filter, (f) => queries.quotes(f)),
    stances: (filter) => filtered(filter, (f) => queries.stances(f)),
    actors: (filter) => filtered(filter, (f) => queries.actors(f)),
    articles: (filter) => filtered(filter, (f) => queries.articles(f)),
    inputs: (filter) => use(() => queries.inputs(filter?.status)),
    counts: () => use(() => aggregates.counts()),
    searchEvents: (search) => filtered(search, (s) => searches.events(s)),
    eachEvent: (search = {}) => eachEvent((after) => filtered(search, (s) => searches.eventBatch(s, after))),
    searchQuotes: (search) => filtered(search, (s) => searches.quotes(s)),
    searchArticles: (search) => filtered(search, (s) => searches.articles(s)),
    article: (id) => use(() => readArticle(statements, id)),
    timeline: (range) => filtered(range, (r) => aggregates.timeline(r)),
    topActors: (range) => filtered(range, (r) => aggregates.topActors(r)),
    searchActors: (search) => use(() => aggregates.searchActors(search ?? {})),
    actorProfile: (key) => use(() => aggregates.actorProfile(key)),
    dyad: (a, b, range) => filtered(range, (r) => aggregates.dyad(a, b, r)),
    network: (query) => filtered(query, (q) => aggregates.network(q)),
    stanceMatrix: (query) => use(() => aggregates.stanceMatrix(query ?? {})),
    close: () =>
      use(() => {
        closed = true;
        db.close();
      }),
  };
}

/** Reads an export in batches, so no statement stays open between awaits. */
async function* eachEvent(batch: (afterId: number) => Promise<EventRow[]>): AsyncIterable<EventRow> {
  let after = 0;
  for (;;) {
    const rows = await batch(after);
    yield* rows;
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
  }
}

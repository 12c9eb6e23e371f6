/**
 * `npm run fill:events -- --db FILE [--events 1000000] [--seed 1]`: fills a database with
 * realistic synthetic articles (about five events each) through the store's own writer
 * and triggers, then analyses it, for the API benchmark.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { migrate } from '../store/sqlite/migrations.js';
import { createWriter } from '../store/sqlite/save.js';
import { createGenerator } from './api-data.js';

const BATCH = 500;

/** Fills `file` until it holds `events` more events; returns the counts. */
export function fill(file: string, events: number, seed: number, progress?: (done: number) => void): { articles: number; events: number; seconds: number } {
  const started = performance.now();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // A throwaway benchmark database: durability is not needed while filling.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = ON');
  migrate(db, file);
  const writer = createWriter(db);
  const next = createGenerator(seed);
  let made = 0;
  let articles = 0;
  const batch = db.transaction((items: Array<ReturnType<typeof next>>) => {
    for (const item of items) writer.save({ hash: item.hash, source: `synthetic:${item.result.id}`, result: item.result });
  });
  while (made < events) {
    const items: Array<ReturnType<typeof next>> = [];
    for (let i = 0; i < BATCH && made < events; i++) {
      const item = next(seed * 10_000_000 + articles);
      articles++;
      made += item.result.events.length;
      items.push(item);
    }
    batch(items);
    progress?.(made);
  }
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { articles, events: made, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, events: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.db) {
    process.stderr.write('usage: npm run fill:events -- --db FILE [--events 1000000] [--seed 1]\n');
    process.exit(2);
  }
  const events = Number(values.events ?? 1_000_000);
  if (existsSync(values.db)) process.stderr.write(`${values.db} exists: adding to it\n`);
  let last = 0;
  const summary = fill(values.db, events, Number(values.seed ?? 1), (done) => {
    if (done - last >= 50_000 || done >= events) {
      last = done;
      process.stderr.write(`\r${done.toLocaleString('en-US')} / ${events.toLocaleString('en-US')} events`);
    }
  });
  process.stderr.write('\n');
  process.stdout.write(`${values.db}: added ${summary.articles.toLocaleString('en-US')} articles and ${summary.events.toLocaleString('en-US')} events in ${summary.seconds.toFixed(0)} s\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, 'dist/'))) await main();

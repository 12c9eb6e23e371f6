import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Store } from '../store.js';
import { articleA, articleB, articleC, HASH } from '../store.fixtures.js';
import { openSqliteStore } from './index.js';
import { splitRange } from './aggregates.js';
import { migrate, MIGRATIONS } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-explore-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `explore-${++n}.db`);

/** Everything the summary tables and full-text indexes answer, in one comparable value. */
async function snapshot(store: Store) {
  return {
    timeline: await store.timeline(),
    top: await store.topActors({ limit: 50 }),
    actors: await store.searchActors({ limit: 50 }),
    wang: await store.actorProfile('CHNGOV'),
    network: await store.network(),
    ranged: await store.network({ from: '2017-01', to: '2017-12' }),
    dyad: await store.dyad('RUSGOV', 'USAGOV'),
    stances: await store.stanceMatrix(),
    events: (await store.searchEvents({ text: 'phone' })).rows.map((e) => e.id),
    quotes: (await store.searchQuotes({ text: 'dialogue' })).rows.map((q) => q.id),
    dated: (await store.searchEvents({ sort: 'date' })).rows.map((e) => e.date),
  };
}

/** Copies every row of the store at `from` into `db`, keeping only the columns `db`'s older schema has. */
function copyRows(db: Database.Database, from: string): void {
  db.prepare('ATTACH DATABASE ? AS src').run(from);
  const tables = ['articles', 'entities', 'mentions', 'events', 'event_evidence', 'quotes', 'quote_via', 'stances', 'inputs'];
  for (const table of tables) {
    const columns = (db.pragma(`main.table_info(${table})`) as Array<{ name: string }>).map((c) => c.name).join(', ');
    db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM src.${table}`);
  }
  db.exec("INSERT INTO article_fts(article_fts) VALUES ('rebuild'); DETACH DATABASE src");
}

describe('SQLite explore schema (version 2)', () => {
  it('splits a date range into whole years and the months at its ends', () => {
    assert.deepEqual(splitRange({ from: '2017-10', to: '2020-02' }), { years: ['2018', '2019'], months: [['2017-10', '2017-12'], ['2020-01', '2020-02']] });
    assert.deepEqual(splitRange({ from: '2017', to: '2017-12-31' }), { years: ['2017', '2017'], months: [] });
    assert.deepEqual(splitRange({ from: '2017-03-15', to: '2017-05' }), { years: null, months: [['2017-03', '2017-05']] });
    assert.deepEqual(splitRange({ from: '2019' }), { years: ['2019', '9999'], months: [] });
    assert.deepEqual(splitRange({ to: '2019-06' }), { years: ['0000', '2018'], months: [['2019-01', '2019-06']] });
    assert.deepEqual(splitRange({ from: '2020', to: '2019' }), { years: null, months: [] });
  });

  it('fills the summaries from rows stored under version 1, as if they were saved under version 2', async () => {
    const freshPath = freshFile();
    const fresh = await openSqliteStore(freshPath);
    for (const [hash, result] of [[HASH.a, articleA()], [HASH.b, articleB()], [HASH.c, articleC()]] as const) {
      await fresh.saveArticle({ hash, source: `${hash.slice(0, 1)}.txt`, result });
    }
    const oldFile = freshFile();
    const db = new Database(oldFile);
    migrate(db, oldFile, MIGRATIONS.slice(0, 1));
    copyRows(db, freshPath);
    db.close();
    const migrated = await openSqliteStore(oldFile);
    assert.deepEqual(await snapshot(migrated), await snapshot(fresh));
    assert.equal((await migrated.searchEvents({ text: 'phone' })).total, 1);
    await migrated.close();
    await fresh.close();
  });

  it('keeps the summaries right when an article is deleted', async () => {
    const file = freshFile();
    const store = await openSqliteStore(file);
    const b = await store.saveArticle({ hash: HASH.b, source: 'b.txt', result: articleB() });
    await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
    await store.saveArticle({ hash: HASH.c, source: 'c.txt', result: articleC() });
    await store.close();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM articles WHERE id = ?').run(b.articleId);
    db.close();
    const pruned = await openSqliteStore(file);
    const expected = await openSqliteStore(freshFile());
    await expected.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
    await expected.saveArticle({ hash: HASH.c, source: 'c.txt', result: articleC() });
    const [got, want] = [await snapshot(pruned), await snapshot(expected)];
    // Deleting leaves zero rows behind; every query leaves them out.
    assert.deepEqual({ ...got, events: [], quotes: [] }, { ...want, events: [], quotes: [] });
    assert.equal(got.events.length, 1);
    assert.deepEqual((await pruned.searchEvents({ text: 'Manila' })).rows, []);
    await pruned.close();
    await expected.close();
  });

  it('reads each search stream in index order, never sorting it or scanning the table', async () => {
    const file = freshFile();
    await (await openSqliteStore(file)).close();
    const db = new Database(file, { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    const streams = [
      "FROM events e INDEXED BY events_day WHERE e.quad IN (3, 4) ORDER BY e.day DESC, e.id DESC",
      "FROM events e INDEXED BY events_source_day WHERE e.source_code = 'USA' ORDER BY e.day DESC, e.id DESC",
      "FROM events e INDEXED BY events_target_goldstein WHERE e.target_code = 'USA' ORDER BY e.goldstein DESC, e.day DESC, e.id DESC",
      "FROM events e INDEXED BY events_pair WHERE e.source_code = 'USA' AND e.target_code = 'CHN' ORDER BY e.day, e.id",
      "FROM events e INDEXED BY events_cameo WHERE e.cameo = '042' AND e.goldstein = 1.9 ORDER BY e.day DESC, e.id DESC",
      "FROM events e INDEXED BY events_quad WHERE e.quad = 4 AND e.goldstein = -10 ORDER BY e.goldstein, e.day, e.id",
      "FROM events e INDEXED BY events_source_name WHERE e.source_code IS NULL AND e.source_name = 'X' ORDER BY e.day DESC, e.id DESC",
      "FROM quotes q INDEXED BY quotes_speaker_day WHERE q.speaker_code = 'USA' ORDER BY q.day DESC, q.id DESC",
    ];
    for (const stream of streams) {
      const detail = plan(`SELECT * ${stream} LIMIT 50`);
      assert.doesNotMatch(detail, /TEMP B-TREE|SCAN (e|q)$/, stream);
    }
    assert.match(plan('SELECT * FROM agg_pair ORDER BY events DESC LIMIT 10'), /agg_pair_events/);
    db.close();
  });
});

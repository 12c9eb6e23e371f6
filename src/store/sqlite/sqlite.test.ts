import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { storeContract } from '../store.contract.js';
import { articleA, HASH } from '../store.fixtures.js';
import { openSqliteStore, SCHEMA_VERSION } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `store-${++n}.db`);

storeContract('sqlite', () => openSqliteStore(freshFile()));

describe('SQLite store', () => {
  it('uses WAL, foreign keys and a schema_version table, and keeps data across reopening', async () => {
    const file = freshFile();
    const store = await openSqliteStore(file);
    await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
    await store.close();
    const db = new Database(file);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.prepare('SELECT max(version) FROM schema_version').pluck().get(), SCHEMA_VERSION);
    assert.equal(db.prepare("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'Xinhua'").pluck().get(), 1);
    db.close();
    const reopened = await openSqliteStore(file, { create: false });
    assert.equal((await reopened.counts()).events, 2);
    await reopened.close();
  });

  it('refuses a missing database when asked not to create one', async () => {
    const file = join(dir, 'missing.db');
    await assert.rejects(openSqliteStore(file, { create: false }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'E_NO_DB');
      assert.match(error.message, /missing\.db: no such database/);
      return true;
    });
  });

  it('refuses a database from a newer readout and a file that is not a database', async () => {
    const file = freshFile();
    await (await openSqliteStore(file)).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(SCHEMA_VERSION + 1, 'later');
    db.close();
    await assert.rejects(openSqliteStore(file), { code: 'E_SCHEMA' });
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are notes, not a database\n'.repeat(200));
    await assert.rejects(openSqliteStore(text), { code: 'E_STORE' });
  });

  it('survives being killed mid-ingest: nothing half-stored, nothing lost or duplicated on re-run', async () => {
    const file = freshFile();
    const storeUrl = new URL('./index.js', import.meta.url).href;
    const fixturesUrl = new URL('../store.fixtures.js', import.meta.url).href;
    // The writer saves article i under hash i, from `first` up to `last` (or until killed).
    const writer = `
      import { openSqliteStore } from ${JSON.stringify(storeUrl)};
      import { articleA } from ${JSON.stringify(fixturesUrl)};
      const [file, last] = process.argv.slice(1);
      const store = await openSqliteStore(file);
      for (let i = 0; last === 'forever' || i < Number(last); i++) {
        const saved = await store.saveArticle({ hash: i.toString(16).padStart(64, '0'), source: 'in-' + i, result: articleA() });
        process.stdout.write(saved.status + '\\n');
      }
      await store.close();`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', writer, file, 'forever'], { stdio: ['ignore', 'pipe', 'inherit'] });
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
    await new Promise<void>((resolve) => {
      let lines = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        lines += chunk.toString().split('\n').length - 1;
        if (lines >= 200 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    assert.equal(child.signalCode, 'SIGKILL');

    const db = new Database(file);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
    const store = await openSqliteStore(file);
    const killed = await store.counts();
    assert.ok(killed.articles >= 200);
    const perArticle = articleA();
    assert.equal(killed.events, killed.articles * perArticle.events.length, 'no article is stored without its events');
    assert.equal(killed.entities, killed.articles * perArticle.entities.length);
    assert.equal(killed.stances, killed.articles * perArticle.stances.length);
    assert.equal(killed.inputs.coded, killed.articles);
    await store.close();

    const total = killed.articles + 100;
    const rerun = spawnSync(process.execPath, ['--input-type=module', '-e', writer, file, String(total)], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    const statuses = rerun.stdout.trim().split('\n');
    assert.equal(statuses.filter((s) => s === 'skipped').length, killed.articles);
    assert.equal(statuses.filter((s) => s === 'coded').length, 100);
    const final = await openSqliteStore(file);
    const counts = await final.counts();
    assert.equal(counts.articles, total);
    assert.equal(counts.events, total * perArticle.events.length);
    assert.equal(counts.inputs.coded, total);
    await final.close();
  });
});

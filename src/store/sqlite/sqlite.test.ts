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
import { migrate, MIGRATIONS } from './migrations.js';

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

  it('upgrades a version 2 database in place, keeping its rows', async () => {
    const file = freshFile();
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.filter((m) => m.version <= 2));
    const a = articleA();
    const [e, q, s] = [a.events[0], a.quotes[1], a.stances[0]];
    db.prepare(`INSERT INTO articles (id, ref, hash, source, date, text, text_offset, coded_at, provenance)
      VALUES (1, ?, ?, 'a.txt', ?, ?, 0, '2017-09-02', '{}')`).run(a.id, HASH.a, a.document.date, a.document.text);
    db.prepare(`INSERT INTO events (article_id, ord, cameo, plover, quad, goldstein, source_code, source_name, start, end, text,
      trigger_start, trigger_end, trigger_text, rule, negated) VALUES (1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`)
      .run(e.cameo, e.plover, e.quad, e.goldstein, e.source.code, e.source.name, e.start, e.end, e.text,
        e.trigger.start, e.trigger.end, e.trigger.text, e.rule);
    db.prepare(`INSERT INTO quotes (article_id, ord, kind, content_start, content_end, text, rule) VALUES (1, 0, ?, ?, ?, ?, ?)`)
      .run(q.kind, q.content.start, q.content.end, q.content.text, q.rule);
    db.prepare(`INSERT INTO stances (article_id, ord, holder_code, holder_name, issue, polarity, start, end, text, rule)
      VALUES (1, 0, ?, ?, ?, ?, ?, ?, ?, ?)`).run(s.holder.code, s.holder.name, s.issue, s.polarity, s.start, s.end, s.text, s.rule);
    db.close();

    const store = await openSqliteStore(file);
    const upgraded = new Database(file, { readonly: true });
    assert.deepEqual(upgraded.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all(), [1, 2, 3]);
    upgraded.close();
    const counts = await store.counts();
    assert.deepEqual([counts.articles, counts.events, counts.quotes, counts.stances], [1, 1, 1, 1]);
    const [event] = await store.events();
    assert.deepEqual([event.cameo, event.userCode], [e.cameo, false]);
    const [quote] = await store.quotes();
    assert.deepEqual([quote.text, quote.content, quote.parts], [q.content.text, q.content, null]);
    const [stance] = await store.stances();
    assert.deepEqual([stance.issue, stance.target], [s.issue, null]);
    const stored = (await store.article(1))!.result;
    assert.deepEqual([stored.events[0].user_code, stored.quotes[0].parts, stored.stances[0].target], [undefined, undefined, undefined]);
    assert.ok(!('parts' in stored.quotes[0]) && !('target' in stored.stances[0]) && !('user_code' in stored.events[0]));
    await store.close();
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

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite/index.js';
import { articleA, HASH } from '../store/store.fixtures.js';
import { csvField } from './exports.js';
import { createApp } from './index.js';
import { createLabeler } from './labels.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-server-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const BIN = fileURLToPath(new URL('../../bin/readout.js', import.meta.url));

describe('server pieces', () => {
  it('labels actor codes from the knowledge base', () => {
    const label = createLabeler([{ code: 'CHN', name: 'China' }], [{ code: 'IGOUNO', name: 'United Nations' }, { code: 'IGOUNO', name: 'UN Security Council' }],
      [{ code: 'GOV', label: 'Government' }, { code: 'MIL', label: 'Military' }]);
    assert.equal(label('CHN', 'CHN', 'China'), 'China');
    assert.equal(label('CHNGOV', 'CHNGOV', 'Wang Yi'), 'China: Government');
    assert.equal(label('CHNGOVMIL', 'CHNGOVMIL', 'x'), 'China: Government, Military');
    assert.equal(label('IGOUNO', 'IGOUNO', 'Guterres'), 'United Nations');
    assert.equal(label('CHNXYZ', 'CHNXYZ', 'Somebody'), 'Somebody');
    assert.equal(label('Arakan Front', null, 'Arakan Front'), 'Arakan Front');
  });

  it('writes CSV fields safely', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
    assert.equal(csvField('=HYPERLINK("x")', true), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvField(-2), '-2');
    assert.equal(csvField(null), '');
  });

  it('serves the built dashboard, and nothing outside it', async () => {
    const assets = join(dir, 'web');
    mkdirSync(join(assets, 'assets'), { recursive: true });
    writeFileSync(join(assets, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(assets, 'assets', 'app-1.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    const store = await openSqliteStore(join(dir, 'static.db'));
    const app = createApp({ store, assetsDir: assets });
    const index = await app.request('/');
    assert.deepEqual([index.status, index.headers.get('content-type'), index.headers.get('cache-control')], [200, 'text/html; charset=utf-8', 'no-cache']);
    const js = await app.request('/assets/app-1.js');
    assert.deepEqual([js.status, js.headers.get('content-type'), js.headers.get('cache-control')], [200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/nope.js', '/%E0%A4%A']) {
      assert.equal((await app.request(path)).status, 404, path);
    }
    const unbuilt = await createApp({ store, assetsDir: join(dir, 'missing') }).request('/');
    assert.equal(unbuilt.status, 503);
    assert.match(await unbuilt.text(), /npm run build/);
    await store.close();
  });
});

describe('readout serve', () => {
  it('serves a database until stopped, on localhost only', async () => {
    const file = join(dir, 'serve.db');
    const store = await openSqliteStore(file);
    await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
    await store.close();
    const child = spawn(process.execPath, [BIN, 'serve', '--db', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    after(() => child.kill('SIGKILL'));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000).unref();
    });
    const stats = await (await fetch(`${url}api/stats`)).json() as { counts: { events: number } };
    assert.equal(stats.counts.events, 2);
    // fetch() will not send another Host header, as a DNS-rebinding page would; http.get will.
    const rebound = await new Promise<number>((resolve, reject) => {
      get(`${url}api/stats`, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    assert.equal(rebound, 403);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('explains a missing database and a bad port', () => {
    const missing = spawnSync(process.execPath, [BIN, 'serve', '--db', join(dir, 'none.db')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /none\.db: no such database \(run "readout demo --serve" or "readout ingest" first\)/);
    const port = spawnSync(process.execPath, [BIN, 'serve', '--port', '70000'], { encoding: 'utf8' });
    assert.equal(port.status, 2);
    assert.match(port.stderr, /--port must be at most 65535/);
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { contentHash } from '../ingest/hash.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { articleA, articleB, articleC, HASH } from '../store/store.fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'readout.js');
const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'Chinese Foreign Minister Wang Yi spoke by phone with his Japanese counterpart Taro Kono on Friday.\n';

function readout(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, READOUT_DEBUG: '', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('readout: help, version and usage errors', () => {
  it('prints the version and help', () => {
    const version = readout(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = readout(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: readout COMMAND/m);
    const events = readout(['events', '--help']);
    assert.equal(events.status, 0);
    assert.match(events.stdout, /^Usage: readout events/);
  });

  it('exits 2 with one line for usage errors', () => {
    for (const [args, message] of [
      [['nope'], 'readout: unknown command "nope" (see readout --help)'],
      [['events', '--bogus'], "readout: Unknown option '--bogus' (see readout events --help)"],
      [['events', '--limit', 'ten'], 'readout: --limit must be a whole number >= 0, not "ten" (see readout events --help)'],
      [['ingest'], 'readout: ingest needs at least one PATH (a file, a folder or -) (see readout ingest --help)'],
      [['code', 'x.txt', '--format', 'pdf'], 'readout: --format must be one of text, jsonl, json, csv, html, not "pdf" (see readout code --help)'],
    ] as Array<[string[], string]>) {
      const run = readout(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stderr, `${message}\n`);
    }
    const bare = readout([]);
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /Usage: readout/);
  });
});

describe('readout code', () => {
  it('prints one compact JSON line for a file, and pretty JSON with --pretty', () => {
    const path = file('good.txt', GOOD);
    const run = readout(['code', path]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0]);
    assert.equal(result.id, contentHash(GOOD).slice(0, 16));
    assert.ok(result.document.text.includes('Wang Yi'));
    for (const layer of ['entities', 'events', 'quotes', 'stances']) assert.ok(Array.isArray(result[layer]), layer);
    const pretty = readout(['code', '--pretty', path]);
    assert.ok(pretty.stdout.split('\n').length > 5);
    assert.deepEqual(JSON.parse(pretty.stdout), result);
  });

  it('reads standard input for "-"', () => {
    const run = readout(['code', '-'], GOOD);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).id, contentHash(GOOD).slice(0, 16));
  });

  it('reports a bad input in one line, exit 1, no stack trace', () => {
    const missing = join(dir, 'missing.txt');
    const run = readout(['code', missing]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `readout: ${missing}: no such file or directory\n`);
  });

  it('codes JSON lines, one result line per input with its id; bad lines become error lines', () => {
    const input = [
      JSON.stringify({ id: 'x1', text: GOOD, date: '2017-09-01' }),
      '{"id": "x2", "text": ',
      '',
      JSON.stringify({ id: 'x3', title: 'no text' }),
      JSON.stringify({ id: 'x4', text: 'Russia and the United States held talks in Geneva.' }),
    ].join('\n');
    for (const run of [readout(['code', '--jsonl'], input), readout(['code', '--jsonl', file('batch.jsonl', input)])]) {
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => [l.id, l.error?.code ?? 'ok']), [['x1', 'ok'], [null, 'E_PARSE'], ['x3', 'E_PARSE'], ['x4', 'ok']]);
      assert.match(lines[1].error.message, /:2: invalid JSON/);
      assert.match(lines[2].error.message, /:4: missing "text" string/);
      assert.equal(lines[0].document.text.includes('Wang Yi'), true);
    }
  });
});

describe('readout ingest', () => {
  let db: string;
  let folder: string;
  let missing: string;
  before(() => {
    db = join(dir, 'ingest.db');
    folder = join(dir, 'inbox');
    file('inbox/good.txt', GOOD);
    file('inbox/empty.txt', '');
    file('inbox/binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    file('inbox/latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks.')]));
    missing = join(dir, 'not-there.txt');
  });

  it('stores the good article and records every bad input as failed with its reason (exit 0)', async () => {
    const run = readout(['ingest', folder, missing, '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^.*ingest\.db: 1 coded, 0 skipped, 4 failed; found \d+ events?, \d+ quotes?, \d+ stances? \(/);
    assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('failed: ')).length, 4);
    const store = await openSqliteStore(db, { create: false });
    try {
      assert.equal((await store.counts()).articles, 1);
      const inputs = Object.fromEntries((await store.inputs()).map((i) => [i.source, `${i.status} ${i.reason ?? ''}`.trim()]));
      assert.deepEqual(inputs, {
        [join(folder, 'binary.txt')]: 'failed E_BINARY: binary data, not text',
        [join(folder, 'empty.txt')]: 'failed E_EMPTY: empty file',
        [join(folder, 'good.txt')]: 'coded',
        [join(folder, 'latin1.txt')]: 'failed E_ENCODING: invalid UTF-8 at byte 3; convert the file to UTF-8',
        [missing]: 'failed E_NOT_FOUND: no such file or directory',
      });
    } finally {
      await store.close();
    }
  });

  it('changes nothing when run again', async () => {
    const snapshot = async () => {
      const store = await openSqliteStore(db, { create: false });
      try {
        return { counts: await store.counts(), articles: await store.articles(), events: await store.events(), inputs: await store.inputs() };
      } finally {
        await store.close();
      }
    };
    const before = await snapshot();
    const run = readout(['ingest', folder, missing, '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /0 coded, 1 skipped \(already stored\), 4 failed/);
    const afterRun = await snapshot();
    assert.deepEqual({ ...afterRun, inputs: afterRun.inputs.map((i) => ({ ...i, recordedAt: '' })) }, { ...before, inputs: before.inputs.map((i) => ({ ...i, recordedAt: '' })) });
  });

  it('exits 1 when every input failed', () => {
    const run = readout(['ingest', join(folder, 'empty.txt'), '--db', join(dir, 'failed.db')]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /0 coded, 0 skipped, 1 failed/);
  });
});

describe('readout query commands', () => {
  let db: string;
  before(async () => {
    db = join(dir, 'query.db');
    const store = await openSqliteStore(db);
    await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
    await store.saveArticle({ hash: HASH.b, source: 'b.txt', result: articleB() });
    await store.saveArticle({ hash: HASH.c, source: 'c.txt', result: articleC() });
    await store.recordInput('bad.txt', 'failed', 'E_EMPTY: empty file');
    await store.close();
  });
  const json = (args: string[]) => {
    const run = readout([...args, '--db', db, '--json']);
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as Array<Record<string, any>>;
  };

  it('filters events by actor, type, date and text (JSON)', () => {
    assert.deepEqual(json(['events', '--actor', 'CHN']).map((e) => e.rule), ['events.consult.phone', 'events.oppose', 'events.call']);
    assert.deepEqual(json(['events', '--type', 'CONSULT', '--from', '2017-10']).map((e) => e.rule), ['events.meet', 'events.call']);
    assert.deepEqual(json(['events', '-t', '1', '--text', 'shelling']).map((e) => e.rule), ['events.accuse']);
  });

  it('prints an aligned table with long text cut to 60 characters when not on a terminal', () => {
    const run = readout(['events', '--db', db, '--actor', 'CHNGOV']);
    assert.equal(run.status, 0, run.stderr);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    assert.match(header, /^date\s+cameo\s+plover\s+source\s+target\s+text$/);
    assert.equal(rows.length, 2);
    const textAt = header.indexOf('text');
    assert.ok(rows.every((row) => row.indexOf('CHNGOV Wang Yi') === header.indexOf('source')), 'columns line up');
    assert.ok(rows.every((row) => row.length - textAt <= 60));
    assert.match(rows[0], /^2017-08-31\s+040\s+CONSULT\s+CHNGOV Wang Yi\s+JPNGOV Taro Kono\s+Wang Yi spoke by phone with his Japanese counterpart Taro K…$/);
  });

  it('says when the limit cut the list short', () => {
    const run = readout(['events', '--db', db, '--limit', '2']);
    assert.equal(run.stdout.trimEnd().split('\n').length, 3);
    assert.match(run.stderr, /first 2 shown/);
  });

  it('lists quotes, stances, actors (--new), articles (full text) and inputs', () => {
    assert.deepEqual(json(['quotes', '--type', 'direct']).map((q) => q.text), ['Dialogue is the only way out,', 'We will not stop,']);
    assert.deepEqual(json(['stances', '--actor', 'RUS']).map((s) => s.polarity), ['support']);
    assert.deepEqual(json(['actors', '--new']).map((a) => [a.name, a.isNew]), [['Arakan Liberation Front', true]]);
    assert.deepEqual(json(['actors', '--actor', 'CHNGOV']).map((a) => [a.name, a.articles, a.events]), [['Wang Yi', 2, 2]]);
    assert.deepEqual(json(['articles', '--text', 'Manila']).map((a) => a.ref), ['b-russia-us']);
    assert.deepEqual(json(['inputs', '--status', 'failed']).map((i) => [i.source, i.reason]), [['bad.txt', 'E_EMPTY: empty file']]);
    const actors = readout(['actors', '--db', db]);
    assert.match(actors.stdout.split('\n')[1], /^CHNGOV\s+Wang Yi\s+person\s+Foreign Minister\s+2\s+4\s+2$/);
  });

  it('exports events as GDELT-like CSV, JSON lines and PLOVER JSON, to standard output or a file', () => {
    const csv = readout(['export', '--db', db, '--actor', 'CHN']);
    assert.equal(csv.status, 0, csv.stderr);
    const [header, ...rows] = csv.stdout.trimEnd().split('\n');
    const columns = header.split(',');
    assert.equal(columns[0], 'GLOBALEVENTID');
    assert.equal(rows.length, 3);
    const rule = columns.indexOf('RuleId');
    assert.deepEqual(rows.map((r) => r.split(',')[rule]).sort(), ['events.call', 'events.consult.phone', 'events.oppose']);

    const jsonl = readout(['export', '--db', db, '-f', 'jsonl', '--plover', 'CONSULT', '--from', '2017-10']);
    assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).rule).sort(), ['events.call', 'events.meet']);

    const out = join(dir, 'events.plover.json');
    const plover = readout(['export', '--db', db, '--format', 'plover', '-o', out, '--limit', '1']);
    assert.equal(plover.status, 0, plover.stderr);
    assert.equal(plover.stdout, '');
    const events = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, any>>;
    assert.equal(events.length, 1);
    assert.ok(events[0].event_type && events[0].actor.name, 'a PLOVER event with its actor');

    const bad = readout(['export', '--db', db, '--format', 'xml']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'readout: --format must be one of csv, jsonl, plover, not "xml" (see readout export --help)\n');
    const unwritable = readout(['export', '--db', db, '-o', join(dir, 'no-such-dir', 'x.csv')]);
    assert.equal(unwritable.status, 1);
    assert.match(unwritable.stderr, /^readout: cannot write .*x\.csv: ENOENT[^\n]*\n$/);
  });

  it('refuses a missing database and a bad date in one line', () => {
    const missing = readout(['events', '--db', join(dir, 'none.db')]);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, `readout: ${join(dir, 'none.db')}: no such database (run "readout ingest" first)\n`);
    const date = readout(['quotes', '--db', db, '--to', '09/01/2017']);
    assert.equal(date.status, 2);
    assert.doesNotMatch(date.stderr, /\n./);
  });
});

describe('readout demo', () => {
  it('ingests a samples folder and summarises what was found', () => {
    file('samples/one.txt', GOOD);
    file('samples/two.txt', 'Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Rex Tillerson in Manila.\n');
    file('samples/README.md', 'Not an article.\n');
    file('samples/gold/one.gold.json', '{"events": []}');
    const db = join(dir, 'demo.db');
    const run = readout(['demo', '--db', db, '--samples', join(dir, 'samples')]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Ingested 2 sample articles into .*demo\.db: 2 coded, 0 skipped, 0 failed/);
    assert.match(run.stdout, /The database now holds 2 articles, \d+ events?/);
    assert.match(run.stdout, /readout events --db .*demo\.db --actor CHN/);
    const again = readout(['demo', '--db', db, '--samples', join(dir, 'samples')]);
    assert.match(again.stdout, /0 coded, 2 skipped \(already stored\)/);
    assert.match(again.stdout, /now holds 2 articles/);
  });
});

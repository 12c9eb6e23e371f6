import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

const BIN = join(fileURLToPath(new URL('../../', import.meta.url)), 'bin', 'readout.js');
const dir = mkdtempSync(join(tmpdir(), 'readout-kb-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function readout(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, READOUT_DEBUG: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Invented dictionaries; Latin-1 bytes in one name, as in older TABARI files.
writeFileSync(join(dir, 'test.actors.txt'), Buffer.from('ZANDORIA_ [ZND]\nQUILLAN [QLN]\nM\xdcRREN [MRN]\nBAD_LINE [+++]\n', 'latin1'));
writeFileSync(join(dir, 'test.verbs.txt'), '--- SNUB [121] ---\nSNUB {SNUBBED}\n- * AGAIN [122]\n- $ * + [999]\n');
writeFileSync(join(dir, 'article.txt'), 'Zandoria snubbed Quillan on Monday.\n');

describe('readout kb import', () => {
  it('converts dictionaries into a folder and says what it skipped', () => {
    const run = readout(['kb', 'import', 'test.actors.txt', 'test.verbs.txt', '--out', 'kb']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /test\.actors\.txt -> kb\/test-actors\.json: actors: 4 actors, 4 entries/);
    assert.match(run.stdout, /line 4: "\+\+\+" is not an actor code/);
    assert.match(run.stdout, /2 patterns: 2 converted .*0 skipped/);
    assert.match(run.stdout, /1 codes outside our CAMEO ontology kept as user codes/);
    const actors = JSON.parse(readFileSync(join(dir, 'kb', 'test-actors.json'), 'utf8'));
    assert.equal(actors.kind, 'actors-overlay');
    assert.ok(actors.actors.some((a: { name: string }) => a.name === 'Mürren'));
    const verbs = JSON.parse(readFileSync(join(dir, 'kb', 'test-verbs.json'), 'utf8'));
    assert.deepEqual(verbs.codes, [{ code: '999', label: 'SNUB (test.verbs.txt)' }]);
  });

  it('codes with the imported folder when given --kb', () => {
    const run = readout(['code', '--kb', 'kb', 'article.txt']);
    assert.equal(run.status, 0, run.stderr);
    const events = (JSON.parse(run.stdout) as { events: Array<{ cameo: string; source: { code: string }; target: { code: string } }> }).events;
    assert.deepEqual(events.map((e) => `${e.cameo} ${e.source.code}->${e.target.code}`), ['121 ZND->QLN']);
  });

  it('reports usage errors and missing files in one line', () => {
    for (const [args, status, message] of [
      [['kb', 'import', 'test.actors.txt'], 2, /needs --out DIR/],
      [['kb', 'import', '--out', 'x'], 2, /needs at least one dictionary FILE/],
      [['kb', 'export'], 2, /unknown kb command "export"/],
      [['kb', 'import', 'test.actors.txt', '--out', 'x', '--kind', 'nouns'], 2, /--kind must be one of actors, agents, verbs, discards/],
      [['kb', 'import', 'missing.txt', '--out', 'x'], 1, /missing\.txt: no such file/],
      [['code', '--kb', 'nowhere', 'article.txt'], 1, /--kb nowhere: no such folder/],
    ] as const) {
      const run = readout([...args]);
      assert.equal(run.status, status, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
  });
});

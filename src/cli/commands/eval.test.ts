import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { scoreDirected } from '../../eval/directed.js';
import { actor, event, result } from '../../eval/eval.fixtures.js';
import { scorePlover } from '../../eval/plover.js';
import { DEFAULT_PATHS, limited, parseEvalArgs } from './eval.js';
import { formatDirected, formatPlover } from './eval-report.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'readout.js');

describe('parseEvalArgs', () => {
  it('takes an optional path after each data flag, else the default', () => {
    const args = parseEvalArgs(['--plover', '--conll', 'x.conll', '--polnear=dir', '--directed-sentiment', '--json']);
    assert.equal(args.plover, DEFAULT_PATHS.plover);
    assert.equal(args.conll, 'x.conll');
    assert.equal(args.polnear, 'dir');
    assert.equal(args.directed, DEFAULT_PATHS['directed-sentiment']);
    assert.equal(args.json, true);
    assert.deepEqual(parseEvalArgs(['--gold-dir']).goldDirs, [DEFAULT_PATHS['gold-dir']]);
  });

  it('pairs --text with a single --gold and reads --limit', () => {
    const args = parseEvalArgs(['--gold', 'a.gold.json', '--text', 'a.txt', '-n', '5']);
    assert.deepEqual(args.gold, [{ gold: 'a.gold.json', text: 'a.txt' }]);
    assert.equal(args.limit, 5);
  });

  it('rejects missing values, stray arguments, unknown options and an empty request', () => {
    assert.throws(() => parseEvalArgs(['--gold']), /--gold needs a value/);
    assert.throws(() => parseEvalArgs(['--text', 'a.txt']), /--text goes with exactly one --gold/);
    assert.throws(() => parseEvalArgs(['dev.json']), /unexpected argument "dev.json"/);
    assert.throws(() => parseEvalArgs(['--frob']), /unknown option --frob/);
    assert.throws(() => parseEvalArgs([]), /at least one data set/);
    assert.throws(() => parseEvalArgs(['--limit', '0', '--plover']), /--limit must be a whole number >= 1/);
  });

  it('--all includes our samples at least', () => {
    assert.ok(parseEvalArgs(['--all']).goldDirs.includes(DEFAULT_PATHS['gold-dir']));
  });
});

describe('limited', () => {
  it('spreads the kept items evenly over a list, which may be sorted by label', () => {
    assert.deepEqual(limited([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3), [0, 3, 6]);
    assert.deepEqual(limited([1, 2], 5), [1, 2]);
    assert.deepEqual(limited([1, 2], undefined), [1, 2]);
  });
});

describe('eval reports', () => {
  it('prints the PLOVER headline figures, the type table and failing examples', () => {
    const records = [{ id: 'r1', date: null, text: 'Iran rejected the plan.', type: 'REJECT', sources: [{ code: 'IRN', text: 'Iran' }], targets: [] }];
    const text = formatPlover('dev.json', scorePlover(records, [result('', { events: [event('ACCUSE', actor('IRN'), null)] })], {}), 0.25, {});
    assert.match(text, /^PLOVER GSR: dev\.json \(1 sentence, 0\.3 s\)\n  gold type among our events +0\/1  0\.0%/);
    assert.match(text, /\n  type +gold +found +with actors +produced +of gold type +precision\n  REJECT +1 +0 +0 +0 +0 +-\n/);
    assert.match(text, /REJECT: 0\/1 found\n    r1: "Iran rejected the plan\."\n      gold: REJECT IRN -> -\n      ours: ACCUSE IRN -> -/);
  });

  it('prints directed-sentiment accuracy beside the majority baseline', () => {
    const text = formatDirected('valid.txt', scoreDirected([0, 0, 3], [0, 3, 3]), 1, {});
    assert.match(text, /accuracy 66\.7%  macro F1 \d+\.\d%/);
    assert.match(text, /always "neutral" would score accuracy 66\.7%/);
    assert.match(text, /\n  3 negative p→q +1 +2 +1 +50\.0% +100\.0% +66\.7%\n/);
  });
});

describe('readout eval (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-eval-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const readout = (args: string[]) => spawnSync(process.execPath, [BIN, 'eval', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, READOUT_DEBUG: '' } });

  it('scores a folder of gold annotations as a table and as JSON', () => {
    mkdirSync(join(dir, 'arts', 'gold'), { recursive: true });
    writeFileSync(join(dir, 'arts', 'phone-call.txt'), readFileSync(join(ROOT, 'samples', 'phone-call.txt')));
    writeFileSync(join(dir, 'arts', 'gold', 'phone-call.gold.json'), readFileSync(join(ROOT, 'samples', 'gold', 'phone-call.gold.json')));
    const text = readout(['--gold-dir', 'arts']);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^Gold annotations: arts \(1 article, [\d.]+ s\)\n\s+article\s+events/);
    assert.match(text.stdout, /\n\s+total\s+\d+\/\d+/);
    const json = readout(['--gold-dir', 'arts', '--json']);
    const report = JSON.parse(json.stdout);
    assert.equal(report.gold[0].path, 'arts');
    assert.equal(report.gold[0].totals.articles, 1);
    assert.equal(typeof report.gold[0].seconds, 'number');
  });

  it('names a missing data file in one line and exits 1', () => {
    const run = readout(['--plover', 'nope.json']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, 'readout: nope.json: no such file\n');
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { testReadout } from '../testing/readout.js';
import { actor, entity, event, needs, result } from './eval.fixtures.js';
import { findGoldPairs, loadGoldArticles, runGold, scoreGoldArticles, textForGold } from './gold-files.js';
import type { GoldFile } from './gold.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-gold-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (path: string, text = '') => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  return join(dir, path);
};

describe('finding gold files', () => {
  it('pairs X.txt with gold/X.gold.json beside it or in ../gold, and lists articles without one', () => {
    file('samples/a.txt');
    file('samples/b.txt');
    file('samples/gold/a.gold.json', '{}');
    file('shared/seeds/s.txt');
    file('shared/gold/s.gold.json', '{}');
    const samples = findGoldPairs(join(dir, 'samples'));
    assert.deepEqual(samples.pairs, [{ name: 'a', textPath: join(dir, 'samples', 'a.txt'), goldPath: join(dir, 'samples', 'gold', 'a.gold.json') }]);
    assert.deepEqual(samples.withoutGold, ['b.txt']);
    assert.equal(findGoldPairs(join(dir, 'shared', 'seeds')).pairs[0].goldPath, join(dir, 'shared', 'gold', 's.gold.json'));
  });

  it('finds the article a gold file annotates', () => {
    assert.equal(textForGold(join(dir, 'samples', 'gold', 'a.gold.json')), join(dir, 'samples', 'a.txt'));
    assert.equal(textForGold(join(dir, 'shared', 'gold', 's.gold.json')), join(dir, 'shared', 'seeds', 's.txt'));
    assert.equal(textForGold(join(dir, 'shared', 'gold', 'none.gold.json')), null);
  });
});

describe('scoreGoldArticles', () => {
  const gold: GoldFile = {
    document: { title: 'Talks', date: '2020-01-02', boilerplate_lines: [], body_starts_with: 'Russia met Japan' },
    entities: [{ name: 'Russia', actor: 'RUS' }],
    events: [{ id: 'e1', required: true, plover: ['CONSULT'], cameo: ['040'], source: ['RUS'], target: ['JPN'], evidence: 'Russia met Japan' }],
    quotes: [],
    stances: [],
    must_not: [{ cameo_prefix: '19', evidence: 'Russia met Japan' }],
  };
  const text = 'Russia met Japan.';
  const good = { ...result(text, { events: [event('CONSULT', actor('RUS'), actor('JPN'), { cameo: '040' })], entities: [entity('Russia', 'RUS', text, [[0, 6]])] }) };
  good.document = { ...good.document, title: 'Talks', date: '2020-01-02' };

  it('keeps scoreGold per article and adds the counts up', () => {
    const report = scoreGoldArticles([{ name: 'good', gold, result: good }, { name: 'empty', gold, result: result(text) }], ['x.txt']);
    assert.deepEqual(report.articles.map((a) => [a.name, a.score.pass]), [['good', true], ['empty', false]]);
    assert.deepEqual(report.totals.events, { required: 2, found: 1, optionalFound: 0, extra: 0 });
    assert.deepEqual(report.totals.document, { checks: 6, ok: 4 });
    assert.deepEqual([report.totals.passed, report.totals.articles, report.totals.entities.found], [1, 2, 1]);
    assert.deepEqual(report.withoutGold, ['x.txt']);
  });
});

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
describe('gold folders on disk', () => {
  it('scores our sample articles', () => {
    const { pairs } = findGoldPairs(join(ROOT, 'samples'));
    assert.ok(pairs.length >= 6);
    const report = runGold(testReadout(), loadGoldArticles(pairs));
    assert.equal(report.totals.articles, pairs.length);
    assert.equal(report.totals.document.checks, 3 * pairs.length);
    assert.ok(report.totals.events.found <= report.totals.events.required);
  });

  it('scores the shared seed article against ../shared/gold', { skip: needs(SEEDS) }, () => {
    const report = runGold(testReadout(), loadGoldArticles(findGoldPairs(SEEDS).pairs));
    assert.equal(report.totals.articles, 1);
    assert.ok(report.totals.events.required > 0);
  });
});

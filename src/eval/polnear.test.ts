import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { testReadout } from '../testing/readout.js';
import { needs, quote, result, SHARED_DATA } from './eval.fixtures.js';
import { articleOf, countSpans, loadPolnear, parseBrat, predictedSpans, runPolnear, scorePolnear, type PolnearArticle } from './polnear.js';

//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123
const TEXT = '“We will win,” Smith said. Jones added that it was over, “done.”';
const ANN = [
  'T1\tContent 0 14\t“We will win,”',
  'T2\tSource 15 20\tSmith',
  'T3\tCue 21 25\tsaid',
  'T4\tAttribution 21 25\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tSource 27 32\tJones',
  'T6\tCue 33 38\tadded',
  'T7\tContent 39 55;57 64\tthat it was over “done.”',
  'T8\tAttribution 33 38\tadded',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  'T9\tDiscard 0 2\t“W',
  'T10\tSource 0 2\t“W',
].join('\n');

describe('parseBrat', () => {
  it('reads Source, Cue and Content spans linked into attributions, with discontinuous fragments', () => {
    const { gold, attributions } = parseBrat(ANN);
    assert.equal(attributions, 2);
    assert.deepEqual(gold.source, [[{ start: 15, end: 20 }], [{ start: 27, end: 32 }]]);
    assert.deepEqual(gold.cue, [[{ start: 21, end: 25 }], [{ start: 33, end: 38 }]]);
    assert.deepEqual(gold.content[1], [{ start: 39, end: 55 }, { start: 57, end: 64 }]);
  });

  it('counts attributions without a source, and knows an article by its file name', () => {
    assert.equal(parseBrat('T1\tCue 0 4\tsaid\nT2\tContent 5 9\tthat\nT3\tAttribution-no-source 0 4\tsaid\nE1\tAttribution-no-source:T3 Content:T2 Cue:T1').attributions, 1);
    assert.equal(articleOf('politico_2016-09-08_flynn-says_4b22.ann'), 'politico_2016-09-08_flynn-says');
  });
});

describe('countSpans', () => {
  const gold = parseBrat(ANN).gold;
  it('counts exact matches by identical fragments and overlap matches one to one', () => {
    const predicted = [[{ start: 1, end: 12 }], [{ start: 39, end: 64 }]];
    const c = countSpans(gold.content, predicted);
    assert.deepEqual(c.exact, { tp: 0, gold: 2, pred: 2 });
    assert.deepEqual(c.overlap, { tp: 2, gold: 2, pred: 2 });
    assert.deepEqual(countSpans(gold.content, [[{ start: 0, end: 64 }]]).overlap, { tp: 1, gold: 2, pred: 1 });
    assert.deepEqual(countSpans(gold.cue, [[{ start: 21, end: 25 }], [{ start: 21, end: 25 }]]).exact, { tp: 1, gold: 2, pred: 1 });
  });

  it('counts shared characters for the partial figures', () => {
    const c = countSpans([[{ start: 0, end: 10 }]], [[{ start: 5, end: 20 }]]);
    assert.deepEqual(c.partial, { predCovered: 5, predChars: 15, goldCovered: 5, goldChars: 10 });
  });
});

describe('scorePolnear', () => {
  const article: PolnearArticle = { name: 'a', annotation: 'a_x.ann', text: TEXT, gold: parseBrat(ANN).gold, attributions: 2 };

  it('scores our quote spans, mapped back through the cleaner offset', () => {
    // The cleaner kept the text from offset 0; one quote fully right, one with only its content wrong.
    const ours = result(TEXT, { quotes: [quote(TEXT, [0, 14], [21, 25], [15, 20]), quote(TEXT, [57, 64], [27, 38], [27, 32])] });
    const report = scorePolnear([article], [ours], 1);
    const row = (role: string) => report.rows.find((r) => r.role === role)!;
    assert.deepEqual([row('source').exact.tp, row('source').exact.precision], [2, 1]);
    assert.deepEqual([row('cue').exact.tp, row('cue').overlap.tp], [1, 2]);
    assert.deepEqual([row('content').exact.tp, row('content').overlap.tp, row('content').overlap.recall], [1, 2, 1]);
    assert.equal(report.skippedAnnotations, 1);
    assert.equal(report.predictedQuotes, 2);
  });

  it('maps spans of a trimmed text back onto the input, and counts spans it cannot place', () => {
    const trimmed = TEXT.slice(15);
    const mapped = predictedSpans(result(trimmed, { quotes: [quote(trimmed, [12, 17], [6, 10], [0, 5])] }, 15), TEXT);
    assert.deepEqual(mapped.spans.source, [[{ start: 15, end: 20 }]]);
    // A quote in parts is scored by its parts, as brat's discontinuous spans are.
    const parted = quote(TEXT, [0, 64], [21, 25], [15, 20]);
    parted.parts = [{ start: 0, end: 14, text: TEXT.slice(0, 14) }, { start: 57, end: 64, text: TEXT.slice(57, 64) }];
    assert.deepEqual(predictedSpans(result(TEXT, { quotes: [parted] }), TEXT).spans.content, [[{ start: 0, end: 14 }, { start: 57, end: 64 }]]);
    const lost = predictedSpans(result('Something else entirely.', { quotes: [quote('Something else entirely.', [0, 9], null, null)] }, -1), TEXT);
    assert.equal(lost.unmapped, 1);
  });
});

describe('loadPolnear', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-polnear-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the first annotation of an article annotated twice and counts the rest as skipped', () => {
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'news_2016_story.txt'), TEXT);
    writeFileSync(join(dir, 'attributions', 'news_2016_story_aaaa.ann'), ANN);
    writeFileSync(join(dir, 'attributions', 'news_2016_story_bbbb.ann'), 'T1\tCue 21 25\tsaid\n');
    const data = loadPolnear(dir);
    assert.equal(data.skippedAnnotations, 1);
    assert.equal(data.articles.length, 1);
    assert.equal(data.articles[0].annotation, 'news_2016_story_aaaa.ann');
    assert.equal(data.articles[0].gold.cue.length, 2);
  });
});

const DEV = join(SHARED_DATA, 'polnear', 'dev');
describe('PolNeAR dev (shared data)', () => {
  it('scores three articles into a well-formed report', { skip: needs(DEV) }, () => {
    const data = loadPolnear(DEV);
    assert.equal(data.articles.length + data.skippedAnnotations, readdirSync(join(DEV, 'attributions')).filter((f) => f.endsWith('.ann')).length);
    const report = runPolnear(testReadout(), { ...data, articles: data.articles.slice(0, 3) });
    assert.equal(report.articles, 3);
    assert.deepEqual(report.rows.map((r) => r.role), ['source', 'cue', 'content']);
    for (const r of report.rows) {
      assert.ok(r.gold > 0);
      assert.ok(r.exact.tp <= r.overlap.tp, `${r.role}: an exact match is also an overlap match`);
    }
  });
});

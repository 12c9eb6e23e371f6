import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { testReadout } from '../testing/readout.js';
import { directedLabel, loadDirected, parseDirected, parseDirectedLine, runDirected, scoreDirected, type DirectedLabel } from './directed.js';
import { actor, entity, event, needs, result, SHARED_DATA, stance } from './eval.fixtures.js';

describe('parseDirectedLine', () => {
  it('removes the markers and records the marked spans', () => {
    const item = parseDirectedLine("[Trump] praised [Putin]'s leadership.\tTrump\tPutin\t1", 7)!;
    assert.equal(item.text, "Trump praised Putin's leadership.");
    assert.deepEqual([item.p, item.q, item.label, item.line], [{ start: 0, end: 5, text: 'Trump' }, { start: 14, end: 19, text: 'Putin' }, 1, 7]);
  });

  it('unquotes CSV-style fields and takes p by its text even when it comes second', () => {
    const quoted = parseDirectedLine('"He called [A] ""weak"" and [B""s]."\tA\t"B""s"\t0')!;
    assert.equal(quoted.text, 'He called A "weak" and B"s.');
    assert.equal(quoted.q.text, 'B"s');
    const swapped = parseDirectedLine('[Putin] was praised by [Trump].\tTrump\tPutin\t2')!;
    assert.deepEqual([swapped.p.text, swapped.q.text], ['Trump', 'Putin']);
  });

  it('skips lines without two markers or a label 0–4', () => {
    assert.equal(parseDirectedLine('[A] only\tA\tB\t0'), null);
    assert.equal(parseDirectedLine('[A] and [B]\tA\tB\t7'), null);
    assert.equal(parseDirectedLine('[A] and [B]\tA'), null);
    assert.deepEqual(parseDirected('[A] met [B].\tA\tB\t0\n\nbad line\n').skipped, 1);
  });
});

describe('directedLabel (the mapping from our output to a label)', () => {
  const TEXT = 'Russia condemned Ukraine.';
  const p = { start: 0, end: 6, text: 'Russia' };
  const q = { start: 17, end: 24, text: 'Ukraine' };
  const RUS = actor('RUS', 'Russia');
  const UKR = actor('UKR', 'Ukraine');
  const entities = [entity('Russia', 'RUS', TEXT, [[0, 6]]), entity('Ukraine', 'UKR', TEXT, [[17, 24]])];
  const label = (layers: Parameters<typeof result>[1], text = TEXT, offset = 0) => directedLabel(result(text, { entities, ...layers }, offset), p, q, TEXT);

  it('reads polarity from the quad class and direction from which side the source is on', () => {
    assert.deepEqual(label({ events: [event('ACCUSE', RUS, UKR, { cameo: '112', quad: 3 })] }), { label: 3, by: 'event' });
    assert.equal(label({ events: [event('ACCUSE', UKR, RUS, { cameo: '112', quad: 4 })] }).label, 4);
    assert.equal(label({ events: [event('SUPPORT', RUS, UKR, { cameo: '051', quad: 1 })] }).label, 1);
    assert.equal(label({ events: [event('AID', UKR, RUS, { cameo: '070', quad: 2 })] }).label, 2);
  });

  it('ignores negated events, events with one side only, and actors standing for both p and q', () => {
    assert.equal(label({ events: [event('ACCUSE', RUS, UKR, { cameo: '112', quad: 3, negated: true })] }).label, 0);
    assert.equal(label({ events: [event('ACCUSE', RUS, null, { cameo: '112', quad: 3 })] }).label, 0);
    assert.equal(label({ events: [event('CONSULT', RUS, UKR, { cameo: '040', quad: 1 })] }).label, 0, 'talks show no attitude');
    const both = [entity('Russia', 'RUS', TEXT, [[0, 6], [17, 24]])];
    assert.equal(directedLabel(result(TEXT, { entities: both, events: [event('ACCUSE', RUS, RUS, { cameo: '112', quad: 3 })] }), p, q).label, 0);
  });

  it('uses a stance whose holder is one side and whose issue names the other', () => {
    assert.deepEqual(label({ stances: [stance(RUS, 'sanctions on Ukraine', 'oppose')] }), { label: 3, by: 'stance' });
    assert.equal(label({ stances: [stance(UKR, 'talks with Russia', 'support')] }).label, 2);
    assert.equal(label({ stances: [stance(RUS, 'lower taxes', 'support')] }).label, 0);
  });

  it('reads a stance toward a target actor first, in its direction, over any event', () => {
    const toward = { ...stance(UKR, 'Russia', 'oppose'), target: RUS };
    const events = [event('SUPPORT', RUS, UKR, { cameo: '051', quad: 1 })];
    assert.deepEqual(label({ events, stances: [toward] }), { label: 4, by: 'stance' });
  });

  it('prefers an event to a stance on an issue, the first event in the text, and predicts 0 without evidence', () => {
    const events = [event('SUPPORT', RUS, UKR, { cameo: '051', quad: 1, start: 10 }), event('ACCUSE', RUS, UKR, { cameo: '112', quad: 3, start: 0 })];
    assert.equal(label({ events, stances: [stance(RUS, 'Ukraine', 'support')] }).label, 3);
    assert.deepEqual(label({}), { label: 0, by: 'none' });
  });

  it('places mentions of a cleaned text on the input by the document offset', () => {
    const trimmed = TEXT.slice(17);
    const shifted = [entity('Russia', 'RUS', TEXT, [[0, 6]]), entity('Ukraine', 'UKR', trimmed, [[0, 7]])];
    // Only Ukraine survives in the text here, so no event can link both sides.
    const got = directedLabel(result(trimmed, { entities: shifted, events: [event('ACCUSE', RUS, UKR, { cameo: '112', quad: 3 })] }, 17), p, q, TEXT);
    assert.equal(got.label, 0);
  });
});

describe('scoreDirected', () => {
  it('computes accuracy, per-class scores, macro F1 and the majority baseline', () => {
    const gold: DirectedLabel[] = [0, 0, 1, 3];
    const report = scoreDirected(gold, [0, 1, 1, 0], 2);
    assert.equal(report.accuracy, 0.5);
    assert.deepEqual([report.classes[0].tp, report.classes[0].fp, report.classes[0].fn], [1, 1, 1]);
    assert.deepEqual([report.classes[1].precision, report.classes[1].recall], [0.5, 1]);
    assert.equal(report.classes[3].fn, 1);
    assert.ok(Math.abs(report.macroF1 - (0.5 + 2 / 3) / 5) < 1e-9);
    assert.deepEqual(report.confusion[3], [1, 0, 0, 0, 0]);
    assert.equal(report.baseline.label, 0);
    assert.equal(report.baseline.accuracy, 0.5);
    assert.equal(report.skipped, 2);
  });
});

const VALID = join(SHARED_DATA, 'directed-sentiment', 'valid.txt');
describe('directed sentiment valid set (shared data)', () => {
  it('reads every line and scores a spread of 100 sentences', { skip: needs(VALID) }, () => {
    const data = loadDirected(VALID);
    assert.ok(data.items.length > 1000);
    assert.ok(data.skipped <= 5, `${data.skipped} unreadable lines`);
    const items = Array.from({ length: 100 }, (_, i) => data.items[Math.floor((i * data.items.length) / 100)]);
    const report = runDirected(testReadout(), { items, skipped: 0 });
    assert.equal(report.sentences, 100);
    assert.equal(report.classes.reduce((s, c) => s + c.gold, 0), 100);
    assert.equal(report.evidence.event + report.evidence.stance + report.evidence.none, 100);
    assert.ok(report.accuracy >= 0 && report.accuracy <= 1);
  });
});

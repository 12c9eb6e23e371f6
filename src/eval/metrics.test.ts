import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOffsetMap, matchOneToOne, overlap, prf, sumPrf } from './metrics.js';

describe('prf', () => {
  it('computes precision, recall and F1, and 0 when there is nothing to count', () => {
    assert.deepEqual(prf(8, 2, 8), { tp: 8, fp: 2, fn: 8, precision: 0.8, recall: 0.5, f1: (2 * 0.8 * 0.5) / 1.3 });
    assert.deepEqual(prf(0, 0, 0), { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('sums counts, not scores (micro average)', () => {
    const total = sumPrf([prf(1, 0, 0), prf(0, 3, 0)]);
    assert.equal(total.precision, 0.25);
    assert.equal(total.recall, 1);
  });
});

describe('overlap and matchOneToOne', () => {
  it('counts shared characters of half-open spans', () => {
    assert.equal(overlap({ start: 0, end: 5 }, { start: 5, end: 9 }), 0);
    assert.equal(overlap({ start: 0, end: 5 }, { start: 3, end: 9 }), 2);
  });

  it('matches each item at most once, best overlap first', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    // One long prediction overlapping both gold spans can match only one of them.
    const pred = [{ start: 5, end: 25 }, { start: 0, end: 9 }];
    assert.deepEqual(matchOneToOne(gold, pred, overlap).sort(), [[0, 1], [1, 0]]);
    assert.deepEqual(matchOneToOne(gold, [{ start: 5, end: 25 }], overlap), [[0, 0]]);
    assert.deepEqual(matchOneToOne(gold, [{ start: 40, end: 50 }], overlap), []);
  });
});

describe('createOffsetMap', () => {
  it('shifts by the offset when the text is one slice of the input', () => {
    const input = 'HEADLINE\n\nBody text here.';
    const map = createOffsetMap(input, 'Body text here.', 10);
    assert.deepEqual(map.toInput({ start: 5, end: 9 }), { start: 15, end: 19 });
    assert.equal(map.kept({ start: 0, end: 8 }), false);
    assert.equal(map.kept({ start: 15, end: 19 }), true);
  });

  it('finds each line in the input when the cleaner dropped lines from the middle (offset -1)', () => {
    const input = 'First line.\nShare\nSecond line here.';
    const text = 'First line.\nSecond line here.';
    const map = createOffsetMap(input, text, -1);
    const span = { start: text.indexOf('line here'), end: text.indexOf('line here') + 9 };
    const at = map.toInput(span)!;
    assert.equal(input.slice(at.start, at.end), 'line here');
    assert.equal(map.kept({ start: 12, end: 17 }), false);
    // A span running into text the input does not have cannot be placed.
    assert.equal(createOffsetMap('abc', 'xyz', -1).toInput({ start: 0, end: 2 }), null);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Tokens } from '../doc/types.js';
import { firstTokenAfter } from './tokens.js';

test('firstTokenAfter finds the first token ending after an offset', () => {
  // "Talks , then peace" as tokens at 0-5, 6-7, 8-12, 13-18.
  const tokens = { count: 4, start: Int32Array.from([0, 6, 8, 13]), end: Int32Array.from([5, 7, 12, 18]) } as Tokens;
  assert.deepEqual([0, 4, 5, 6, 7, 12, 13, 17, 18, 40].map((o) => firstTokenAfter(tokens, o)), [0, 0, 1, 1, 2, 3, 3, 3, 4, 4]);
  assert.equal(firstTokenAfter({ ...tokens, count: 0 }, 3), 0);
});

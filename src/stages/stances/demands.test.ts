import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testReadout } from '../../testing/readout.js';

/** Stances toward actors as "holder polarity target", for text with marked names. */
function toward(text: string, marked: string[] = []) {
  const names = marked.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return testReadout().code({ text, date: '2019-11-20', names }).stances
    .filter((s) => s.target)
    .map((s) => `${s.holder.name} ${s.polarity} ${s.target!.name}`);
}

test('demanding that an actor resign or be removed opposes it', () => {
  assert.deepEqual(toward('Varnes called on Hallbeck to resign.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
  assert.deepEqual(toward("Varnes called for Hallbeck's resignation.", ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
  assert.deepEqual(toward('Varnes did not ask Hallbeck to resign.', ['Hallbeck', 'Varnes']), []);
});

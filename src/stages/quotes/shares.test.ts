import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('each share of a poll that chooses someone is an attribution of its own', () => {
  const quotes = triples('Among likely voters, 51 percent would choose the mayor and 40 percent would back her rival.');
  assert.ok(quotes.some((q) => q.join('|') === '51 percent|would choose|the mayor'));
  assert.ok(quotes.some((q) => q.join('|') === '40 percent|would back|her rival'));
});

test('a share that is no subject of a verb of choosing attributes nothing', () => {
  const quotes = triples('Prices rose by 5 percent and exports fell.');
  assert.ok(!quotes.some(([source]) => source === '5 percent'));
  assert.ok(!triples('The mayor won 51 percent of the vote in May.').some(([source]) => source?.includes('percent')));
});

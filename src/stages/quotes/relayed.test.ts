import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('an opening "according to" before a speech verb attributes the whole clause, the report in it included', () => {
  assert.deepEqual(triples('According to her account, the mayor insisted that the bridge be closed.'), [
    ['her account', 'According to', 'the mayor insisted that the bridge be closed'],
  ]);
});

test('an outlet relaying the speaker stays in the chain, and the cue is the speech verb', () => {
  const [q, ...rest] = code('According to Reuters, the mayor said that the bridge would close.', '2019-09-16').quotes;
  assert.equal(rest.length, 0);
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.source?.text, 'the mayor');
});

test('an opening "citing" is the speaker\'s own attribution of what is cited', () => {
  assert.deepEqual(triples('Citing a new poll, the senator said that voters want change.'), [
    ['the senator', 'Citing', 'a new poll'],
    ['the senator', 'said', 'that voters want change'],
  ]);
});

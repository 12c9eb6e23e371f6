import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('a describing verb whose object is a relative pronoun reports the description after "as"', () => {
  const quotes = triples('The council backed what critics described as a costly detour.');
  assert.ok(quotes.some((q) => q.join('|') === 'critics|described as|a costly detour'));
});

test('the description stands inside another report and ends at a colon', () => {
  const quotes = triples('The mayor said the city would press on with what opponents have labeled as a land grab: a plan to build homes.');
  assert.ok(quotes.some(([source, cue, content]) => source === 'opponents' && cue === 'have labeled as' && content === 'a land grab'));
  assert.ok(quotes.some(([, cue]) => cue === 'said'));
});

test('the passive with the pronoun as subject has no speaker', () => {
  const quotes = triples('Thousands of voters were removed in what is being criticized as a purge.');
  assert.ok(quotes.some(([source, cue, content]) => source === undefined && cue === 'is being criticized as' && content === 'a purge'));
});

test('a verb of seeing with "as" describes nothing said', () => {
  assert.ok(!triples('They discussed what he sees as the main risk.').some(([, cue]) => cue?.endsWith(' as')));
});

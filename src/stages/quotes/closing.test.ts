import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text]);

test('a report closing its sentence with an addressee and a time attributes the whole clause', () => {
  const res = triples('The mayor could back the new bridge, but only if the budget allows it, Councilwoman Jane Ortiz told the Daily Herald on Tuesday.');
  assert.ok(res.some(([s, c, t]) => s === 'Councilwoman Jane Ortiz' && c === 'told' && t === 'The mayor could back the new bridge, but only if the budget allows it'));
});

test('an adverbial clause before a main clause is not what the main clause reports', () => {
  const res = triples('Although the council has approved the budget, the mayor does not defend it.');
  assert.ok(!res.some(([, , t]) => t?.startsWith('Although')));
});

test('"according to" a person who is no outlet closes a report of its own', () => {
  const res = triples('Officials have said they will release the footage soon, according to lawyers for the family.');
  assert.ok(res.some(([s, c, t]) => s === 'lawyers for the family' && c === 'according to' && t?.startsWith('Officials have said')));
});

test('an aside between dashes stands between the speaker and the verb', () => {
  const res = triples('Jane Ortiz -- a lawyer who advised the council for years -- said the vote was unlawful.');
  assert.ok(res.some(([s, c, t]) => s?.startsWith('Jane Ortiz') && c === 'said' && t === 'the vote was unlawful'));
});

test('an inflected speech verb opening a sentence is no name: "Said Ortiz: …"', () => {
  const res = triples('The plan is complicated. Said Ortiz: “I do not think the council is interested in reform.”');
  assert.ok(res.some(([s, c]) => s === 'Ortiz' && c === 'Said'));
});

test('indefinite pronouns speak, and intentions may be negative', () => {
  const res = triples('Then someone asked how the council could pay for the bridge. The council decided after a long debate not to raise taxes.');
  assert.ok(res.some(([s, c]) => s === 'someone' && c === 'asked'));
  assert.ok(res.some(([, c, t]) => c === 'decided' && t === 'not to raise taxes'));
});

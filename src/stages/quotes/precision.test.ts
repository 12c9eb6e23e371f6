import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes;
const triples = (text: string) => quotes(text).map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('an evidential before a speech verb makes its subject the source', () => {
  const [q] = quotes('The governor appeared to suggest that the bridge was unsafe.');
  assert.deepEqual([q.source?.text, q.cue?.text, q.content.text, q.rule], ['The governor', 'appeared to suggest', 'that the bridge was unsafe', 'quotes.indirect.apparent']);
});

test('an editorial label heading the article names no speaker; a headline source does', () => {
  assert.deepEqual(triples('The Latest: Mayor leads the race\n\nThe mayor leads.'), []);
  assert.deepEqual(triples('Poll: Mayor leads the race\n\nThe mayor leads.'), [['Poll', ':', 'Mayor leads the race']]);
});

test('a participle reports a document someone put out, not what its subject does', () => {
  assert.deepEqual(triples('The union sent a letter to the board opposing the merger.'), [['The union', 'sent a letter to the board opposing', 'the merger']]);
  assert.deepEqual(triples('Taxpayers reporting capital gains would pay more.'), []);
});

test('a plural noun before "plans that" makes a compound, not a cue', () => {
  assert.deepEqual(triples('The savings plans that banks offer are cheap.'), []);
  assert.deepEqual(triples('The city council plans to build a new library.'), [['The city council', 'plans', 'to build a new library']]);
});

test('an apposition before a later gerund cue stays in the source', () => {
  assert.deepEqual(triples('Dean, a former governor, appeared on television on Tuesday, saying he would never diagnose anyone.'),
    [['Dean, a former governor,', 'saying', 'he would never diagnose anyone']]);
});

test('inviting someone reports nothing', () => {
  assert.deepEqual(triples('The mayor invited the builders to the ceremony.'), []);
});

test('a time after the subject is not the source', () => {
  assert.deepEqual(triples('The council on Friday made a strong condemnation of the test and pledged to impose new fines.').map((q) => q[0]), ['The council', 'The council']);
});

test('a later coordinated cue takes the whole subject and its apposition', () => {
  assert.deepEqual(triples('A reporter for the Daily Star spotted the mayor and asked whether the bridge was safe.').map((q) => q[0]), ['A reporter for the Daily Star']);
  assert.deepEqual(triples('Clinton, the former secretary of state, stressed her support for the troops and said the war must end.').map((q) => q[0]),
    ['Clinton, the former secretary of state,', 'Clinton, the former secretary of state,']);
});

test('a participle that names a thing reports nothing', () => {
  assert.deepEqual(triples('The mine was built near a river called Silver Creek.'), []);
  assert.deepEqual(triples('Officials argued over whether a leader of a group called Al-Nusra belongs on the list.').map((q) => q[1]), ['argued']);
  assert.deepEqual(triples('The senator called the plan a disgrace.').map((q) => q[1]), ['called']);
});

test('speaking takes no "that" clause: a "that" after its place opens a relative clause', () => {
  assert.deepEqual(triples('The governor spoke in a hall on a hill that overlooks the harbour.'), []);
});

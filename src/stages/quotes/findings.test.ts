import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('a verb that reports a clause names an act with a plain object', () => {
  assert.deepEqual(triples('The engineers found a way around the old dam.'), []);
  assert.deepEqual(triples('The council had added an extra week of voting.'), []);
  assert.deepEqual(triples('The foundation maintains a school for orphans in the capital.'), []);
});

test('the same verbs report a clause, a quotation or a finding', () => {
  assert.deepEqual(triples('The engineers found that the old dam was cracked.'), [['The engineers', 'found', 'that the old dam was cracked']]);
  assert.deepEqual(triples('The mayor added the bridge would stay closed.'), [['The mayor', 'added', 'the bridge would stay closed']]);
  assert.deepEqual(triples('A study by the ministry found 40 cases of fraud in the region.').map((q) => q[1]), ['found']);
  assert.deepEqual(triples('The governor added a note of caution about the budget.').map((q) => q[1]), ['added a note of']);
  assert.deepEqual(triples('Voters will find it hard to forgive the mayor.').map((q) => q[1]), ['will find']);
});

test('a number above one makes a plural phrase: "percentage points" is no subject and verb', () => {
  assert.deepEqual(triples('After that, the tax would fall by three percentage points each year.'), []);
  assert.deepEqual(triples('Three senators say the tax is too high.').map((q) => q[1]), ['say']);
});

test('a light verb takes its noun of saying and the preposition into the cue', () => {
  assert.deepEqual(triples('The governor added a note of caution about the budget.'), [['The governor', 'added a note of', 'caution about the budget']]);
  assert.deepEqual(triples('The minister offered insights into the talks with the rebels.'), [['The minister', 'offered insights into', 'the talks with the rebels']]);
  assert.deepEqual(triples('The senator spoke for an hour while showing support for the new budget.').map((q) => q[1]), ['showing support for']);
});

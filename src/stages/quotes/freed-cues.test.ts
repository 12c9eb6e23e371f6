import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('a circumstance between the cue and its clause goes with the cue', () => {
  assert.deepEqual(quotes("The banker admitted under the senator's grilling he had not been punished."), [
    ['The banker', "admitted under the senator's grilling", 'he had not been punished'],
  ]);
  assert.deepEqual(quotes('The banker admitted in an interview on Friday he had not been punished.'), [
    ['The banker', 'admitted in an interview on Friday', 'he had not been punished'],
  ]);
});

test('a negated infinitive after the addressee is what someone was told', () => {
  assert.deepEqual(quotes('The mayor told his aides never to speak of the deal.'), [
    ['The mayor', 'told', 'his aides never to speak of the deal'],
  ]);
});

test('a relative pronoun is the source as written', () => {
  const res = quotes('Officials fired a clerk at the city hall who said the files were lost.');
  assert.ok(res.some(([source, cue, content]) => source === 'who' && cue === 'said' && content === 'the files were lost'), JSON.stringify(res));
});

test('a phrasal cue takes a plural noun after "to" as its object', () => {
  assert.deepEqual(quotes('The senator pointed to reports that the plant had closed.'), [
    ['The senator', 'pointed to', 'that the plant had closed'],
  ]);
});

test('the last name of a coordinated subject opens no report of its own', () => {
  const res = quotes('The website noted that both the governor and Smith were referring to older studies.');
  assert.deepEqual(res[0], ['The website', 'noted', 'that both the governor and Smith were referring to older studies']);
});

test('"no one" can hold a view', () => {
  assert.deepEqual(quotes('No one expected a long debate about the budget.'), [
    ['No one', 'expected', 'a long debate about the budget'],
  ]);
});

test('a gerund of "be" or "have" opens what was said', () => {
  assert.deepEqual(quotes('The smaller states resented being held to the same rules.'), [
    ['The smaller states', 'resented', 'being held to the same rules'],
  ]);
});

test('"yet" joins a second predicate with the same subject', () => {
  const res = quotes('The governor praised the plan, yet refuses to release its budget.');
  assert.ok(res.some(([source, cue, content]) => source === 'The governor' && cue === 'refuses' && content === 'to release its budget'), JSON.stringify(res));
});

test('a causative verb leaves its object thinking or asking', () => {
  assert.deepEqual(quotes('Just as the scandal had voters wondering about his health, the report left his rivals cheering.').slice(0, 1), [
    ['voters', 'wondering about', 'his health'],
  ]);
  assert.deepEqual(quotes('The tour had young musicians writing songs about him.'), []);
});

test('"assume" reports a clause, not an office or a condition', () => {
  assert.deepEqual(quotes('Many people involved in the talks assumed that the deal was done.'), [
    ['Many people involved in the talks', 'assumed', 'that the deal was done'],
  ]);
  assert.deepEqual(quotes('She assumed office in January.'), []);
  assert.deepEqual(quotes('The bill costs $500 billion, assuming no change in growth.'), []);
});

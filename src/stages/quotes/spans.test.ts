import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes;
const sources = (text: string) => quotes(text).map((q) => q.source?.text);

test('the source is the whole subject, modifiers and quantity included', () => {
  assert.deepEqual(sources('A 2015 survey by the farm bureau and the state university found that most growers oppose the tariff.'),
    ['A 2015 survey by the farm bureau and the state university']);
  assert.deepEqual(sources('Only 40 percent of registered voters agreed that the mayor had done well.'), ['Only 40 percent of registered voters']);
  assert.deepEqual(sources('A poll released Tuesday shows that the governor leads by ten points.'), ['A poll released Tuesday']);
});

test('a time between the subject and its verb is not part of the source', () => {
  assert.deepEqual(sources('The ministry on Thursday said it would review the decision.'), ['The ministry']);
});

test('an object before "and" does not join the subject', () => {
  const res = quotes('The court rejected the appeal and lawyers said they would try again.');
  assert.deepEqual(res.filter((q) => q.cue?.text === 'said').map((q) => q.source?.text), ['lawyers']);
});

test('a source after its cue keeps its title and description, not the circumstance', () => {
  const [q] = quotes('“We will not back down,” said Sen. Maria Lopez (D-Calif.), chair of the trade panel, in a statement.');
  assert.equal(q.source?.text, 'Sen. Maria Lopez (D-Calif.), chair of the trade panel,');
});

test('a report inside what someone else said is not a quote of its own', () => {
  const res = quotes('The spokesman said the minister promised to visit the flooded towns next week.');
  assert.deepEqual(res.map((q) => [q.source?.text, q.content.text]), [['The spokesman', 'the minister promised to visit the flooded towns next week']]);
});

test('reported content stops where a clause with a report of its own begins', () => {
  const res = quotes('Lopez said the bill would pass next week, though she acknowledged that some senators remain opposed.');
  assert.deepEqual(res.map((q) => q.content.text), ['the bill would pass next week', 'that some senators remain opposed']);
});

test('a quotation split by its cue and source is one quote in two parts', () => {
  const [q, ...rest] = quotes('“The talks went well,” the envoy says, “and we will meet again.”\n\n“It was hard,” said Ana Ruiz, head of the delegation. “But we agreed.”');
  assert.deepEqual(q.parts?.map((p) => p.text), ['“The talks went well,”', '“and we will meet again.”']);
  assert.deepEqual(rest.map((r) => r.parts?.map((p) => p.text)), [['“It was hard,”', '“But we agreed.”']]);
});

test('a description of origin stays with the source; a name run on after a preposition\'s object speaks', () => {
  assert.deepEqual(sources('Maria Ortiz, of Fresno, Calif., said the harvest was poor.'), ['Maria Ortiz, of Fresno, Calif.,']);
  assert.deepEqual(sources('In a radio interview Senator Paul Reed declared that the treaty was dead.'), ['Senator Paul Reed']);
});

test('the reporter\'s words between two parts of a quotation do not split it', () => {
  const [q] = quotes('“It is over,” she said of the long campaign, which ended in March. “We lost.”');
  assert.deepEqual(q.parts?.map((p) => p.text), ['“It is over,”', '“We lost.”']);
});

test('reported content keeps a closing typewriter quotation and leaves out where it was said', () => {
  assert.deepEqual(quotes("The mayor said the plan was ''a disaster for the city.'' Then she left.").map((q) => q.content.text),
    ["the plan was ''a disaster for the city.''"]);
  assert.deepEqual(quotes('The union said the strike would go on in a statement on Friday.').map((q) => q.content.text), ['the strike would go on']);
});

test('a conjunction opening the sentence is not part of what was said', () => {
  const [q] = quotes('But in the spring, the mayor said, the city would open two new parks.');
  assert.deepEqual(q.parts?.map((p) => p.text), ['in the spring', 'the city would open two new parks']);
});

test('a speech gerund after a reported report belongs to the inner speaker', () => {
  const res = quotes('The agency made clear that Foreign Minister Anna Berg stressed the need for talks, rejecting any blockade of the port.');
  assert.deepEqual(res.filter((q) => q.cue?.text === 'rejecting').map((q) => q.source?.text), ['Foreign Minister Anna Berg']);
  const plain = quotes('The mayor said the bridge would close, adding that a ferry would run.');
  assert.deepEqual(plain.filter((q) => q.cue?.text === 'adding').map((q) => q.source?.text), ['The mayor']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes;

test('opinion verbs and phrasal cues attribute their object as content', () => {
  const res = quotes('The minister called the proposal reckless. The senator called for new sanctions on the regime.');
  assert.deepEqual(res.map((q) => [q.source?.text, q.cue?.text, q.content.text]), [
    ['The minister', 'called', 'the proposal reckless'],
    ['The senator', 'called for', 'new sanctions on the regime'],
  ]);
});

test('a cue inside the content makes one quote in two parts', () => {
  const [q] = quotes('The museum, the mayor said, would open in the spring.');
  assert.deepEqual(q.parts?.map((p) => p.text), ['The museum', 'would open in the spring']);
  assert.equal(q.text, 'The museum would open in the spring');
  assert.equal(q.cue?.text, 'said');
});

test('a quotation that goes on after its cue is one quote', () => {
  const res = quotes('“We are ready,” the mayor said. “The roads are clear.”\n\n“It is late,” said the chief. “We will see,” the mayor said.');
  assert.equal(res.length, 3);
  assert.deepEqual(res[0].parts?.map((p) => p.text), ['“We are ready,”', '“The roads are clear.”']);
  assert.equal(res[1].parts, undefined);
});

test('a partial quotation inside reported speech belongs to the whole clause', () => {
  const res = quotes('The governor says the budget “would ruin the state.”');
  assert.equal(res.length, 1);
  assert.deepEqual([res[0].kind, res[0].content.text], ['indirect', 'the budget “would ruin the state.”']);
});

test('told: the addressee is not what was said', () => {
  const res = quotes('The general told reporters on Monday that the troops would stay. The president told them he was tired.');
  assert.deepEqual(res.map((q) => q.content.text), ['that the troops would stay', 'he was tired']);
});

test('a thought inside what the speaker said is not a second report; a belief alone is one', () => {
  const res = quotes('The mayor said she plans to run again. The mayor believes the city will recover.');
  assert.deepEqual(res.map((q) => [q.cue?.text, q.rule]), [
    ['said', 'quotes.indirect.said-that'],
    ['believes', 'quotes.indirect.belief'],
  ]);
});

test('sources keep their description; the speaker keeps only the name', () => {
  const [q] = quotes('“Prices will rise,” said Ann Marsh, an economist at the central bank.');
  assert.equal(q.source?.text, 'Ann Marsh, an economist at the central bank');
  assert.notEqual(q.speaker?.name, q.source?.text);
});

test('a relative pronoun is the source as written and its antecedent the speaker', () => {
  const [q] = quotes('The mayor met the builders, who said the bridge would open soon.');
  assert.deepEqual([q.source?.text, q.speaker?.name, q.cue?.text], ['who', 'the builders', 'said']);
});

test('cues keep a colon and the medium they were said in', () => {
  const res = quotes('“The bridge is safe,” the mayor said in a statement. The chief added: “We are ready.”');
  assert.deepEqual(res.map((q) => q.cue?.text), ['said in a statement', 'added:']);
});

test('an unnamed source closing a report attributes the whole clause, the report inside it included', () => {
  const res = quotes('The mayor decided to close the bridge for repairs, a source said.');
  assert.deepEqual(res.map((q) => [q.source?.text, q.cue?.text, q.content.text, q.rule]), [
    ['a source', 'said', 'The mayor decided to close the bridge for repairs', 'quotes.indirect.nested'],
  ]);
});

test('a possessor and a report noun make a nominal cue', () => {
  const [q] = quotes("Reporters checked the governor's claim that the roads were safe.");
  assert.deepEqual([q.source?.text, q.cue?.text, q.content.text], ["the governor's", 'claim', 'that the roads were safe']);
});

test('a cue verb the tagger reads as a noun still opens an intention', () => {
  const res = quotes('The city council plans to build a new library.');
  assert.deepEqual(res.map((q) => [q.source?.text, q.cue?.text, q.content.text]), [['The city council', 'plans', 'to build a new library']]);
});

test('quantified and modified sources keep their whole phrase', () => {
  const res = quotes('Many of his supporters believe the vote was unfair. Nearly eight of 10 voters say the city is safe. A 2019 study by two economists found that the rule cut costs.');
  assert.deepEqual(res.map((q) => q.source?.text), ['Many of his supporters', 'Nearly eight of 10 voters', 'A 2019 study by two economists']);
});

test('an aside of time or place is not part of the source', () => {
  const res = quotes('The mayor, speaking to reporters on Monday, said the bridge would reopen. After the vote, Ms. Lane, a council member, said the plan was dead. Rep. Tom Smith, the top Democrat on the panel, in a statement, said the bill would fail.');
  assert.deepEqual(res.map((q) => q.source?.text), ['The mayor', 'Ms. Lane, a council member,', 'Rep. Tom Smith, the top Democrat on the panel,']);
});

test('a misread noun in the adverbial does not hide the "that" after a cue', () => {
  const [q] = quotes('The senator says at a campaign stop in Ohio, that the plant will stay open.');
  assert.equal(q.content.text, 'that the plant will stay open');
});

test('a first name the tagger may read as a verb still names the speaker', () => {
  const [q] = quotes('“The bridge will open in May,” said Don Hale, the city engineer.');
  assert.equal(q.speaker?.name.startsWith('Don Hale'), true);
});

test('a report joined after a closing quotation mark is a quote of its own', () => {
  const res = quotes('The mayor said the plan was “the best option we have,” though she noted that costs could rise.');
  assert.deepEqual(res.map((q) => [q.source?.text, q.cue?.text, q.content.text]), [
    ['The mayor', 'said', 'the plan was “the best option we have,”'],
    ['she', 'noted', 'that costs could rise'],
  ]);
});

test('a main clause that reports after a subordinate report is a quote of its own', () => {
  const res = quotes('While she admitted the budget was tight, the mayor also noted several new sources of revenue had emerged.');
  assert.deepEqual(res.map((q) => [q.source?.text, q.cue?.text, q.content.text]), [
    ['she', 'admitted', 'the budget was tight'],
    ['the mayor', 'also noted', 'several new sources of revenue had emerged'],
  ]);
});

test('a relative clause after a dash reports on its own', () => {
  const res = quotes('The governor said the bill was backed by the mayors -- who noted that it would cut costs.');
  assert.deepEqual(res.map((q) => [q.cue?.text, q.content.text]), [['said', 'the bill was backed by the mayors'], ['noted', 'that it would cut costs']]);
});

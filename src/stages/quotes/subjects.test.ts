import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text]);
const has = (text: string, source: string, cue: string, content: string) =>
  assert.ok(triples(text).some(([s, c, t]) => s === source && c === cue && t === content), JSON.stringify(triples(text)));

test('a relative clause inside the subject belongs to the source', () => {
  has('All the engineers I interviewed said the bridge was safe.', 'All the engineers I interviewed', 'said', 'the bridge was safe');
  has('The inspectors who visited the dam said it needed repairs.', 'The inspectors who visited the dam', 'said', 'it needed repairs');
});

test('a relative pronoun speaks past a time or as a part of its antecedent', () => {
  has('The council hired the architect, who in 2012 said the tower was too tall.', 'who', 'said', 'the tower was too tall');
  const res = triples('The mayor thanked the nurses, many of whom say the hospital is understaffed.');
  assert.ok(res.some(([s, c, t]) => s === 'many of whom' && c === 'say' && t === 'the hospital is understaffed'));
  assert.ok(!res.some(([, , t]) => (t ?? '').includes('many of whom')));
});

test('quantifiers speak for their people', () => {
  has('Some believe the harbour will close.', 'Some', 'believe', 'the harbour will close');
  has('The three ministers all warned that the bridge would fail.', 'The three ministers all', 'warned', 'that the bridge would fail');
});

test('"told" takes an addressee and a time before what was said', () => {
  has('The coach told players this week they would train twice a day.', 'The coach', 'told', 'they would train twice a day');
  const res = code('The plan, she told me on Tuesday, is too expensive.', '2019-09-16');
  const [q] = res.quotes;
  assert.equal(q?.cue?.text, 'told');
  assert.deepEqual(q.parts?.map((p) => res.document.text.slice(p.start, p.end)), ['The plan', 'is too expensive']);
});

test('content before a main clause with its own report stops at the comma', () => {
  const res = triples('Long before he wrote his memoir, the general said that war was a failure.');
  assert.ok(res.some(([s, c, t]) => s === 'the general' && c === 'said' && t === 'that war was a failure'));
  assert.ok(!res.some(([, c, t]) => c === 'wrote' && (t ?? '').includes('general')));
});

test('a gerund the tagger reads as an adjective still reports for the subject', () => {
  has('The union signed the deal, promising to end the strike.', 'The union', 'promising', 'to end the strike');
});

test('some verbs report only with a clause', () => {
  assert.deepEqual(triples('The dynasty ruled the country for a century.'), []);
  has('The court ruled that the fee was illegal.', 'The court', 'ruled', 'that the fee was illegal');
  has('The minister downplayed the risk of floods.', 'The minister', 'downplayed', 'the risk of floods');
});

test('a cue with a colon at the end of its line introduces the block quotation below', () => {
  const res = code('The governor spoke about the harbour on Monday.\n\nThe governor added:\n\nIt is typical of the opposition. They know nothing about ships.\n\nThe debate ended late.', '2019-09-16');
  const q = res.quotes.find((x) => x.rule === 'quotes.direct.block');
  assert.equal(q?.source?.text, 'The governor');
  assert.equal(q?.cue?.text, 'added:');
  assert.equal(res.document.text.slice(q.content.start, q.content.end), 'It is typical of the opposition. They know nothing about ships');
});

test('an indirect question may follow an adverbial after the cue', () => {
  has('The audit released by the council shows in detail how the firms avoided the fees.', 'The audit released by the council', 'shows', 'how the firms avoided the fees');
});

test('a coordinated or main clause gives a shared cue its subject', () => {
  has('When the storm hit, I laughed and said that the roof would hold.', 'I', 'said', 'that the roof would hold');
  has('The bus had stopped, and she grew angry, shouting that the driver was drunk.', 'she', 'shouting', 'that the driver was drunk');
});

test('an auxiliary opening a sentence is no speaker', () => {
  const res = triples('Having said that, the farmers argue that prices will fall.');
  assert.ok(!res.some(([s]) => s === 'Having'), JSON.stringify(res));
});

test('a person described by age and the number of their children is a speaker', () => {
  has('The 41-year-old father of two replied, “We cannot afford it.”', 'The 41-year-old father of two', 'replied', '“We cannot afford it.”');
  has('A grandmother of five said the clinic had closed.', 'A grandmother of five', 'said', 'the clinic had closed');
});

test('"those" stands for people with a participle, a phrase or a part taken of them', () => {
  has('Those polled said the ferry fares were too high.', 'Those polled', 'said', 'the ferry fares were too high');
  has('Most of those surveyed said the ferry fares were too high.', 'Most of those surveyed', 'said', 'the ferry fares were too high');
  has('Many of those at the meeting said the school should stay open.', 'Many of those at the meeting', 'said', 'the school should stay open');
  has('Those officials said the school should stay open.', 'Those officials', 'said', 'the school should stay open');
});

test('a copular relative clause with a gerund phrase stays in the subject', () => {
  has('Local farmers who have been some of the most vocal opponents of building the dam said the river would dry up.',
    'Local farmers who have been some of the most vocal opponents of building the dam', 'said', 'the river would dry up');
});

test('a relative clause between dashes interrupts the sentence and is no part of the source', () => {
  has('The report ― which draws on two years of interviews ― argues that the harbour is too small.', 'The report', 'argues', 'that the harbour is too small');
  has('The mayor — who has long opposed the plan — said the bridge was too costly.', 'The mayor', 'said', 'the bridge was too costly');
  has('Kall ― a former coach of the team ― said the season was lost.', 'Kall ― a former coach of the team ―', 'said', 'the season was lost');
});

test('an apposition after "according to" belongs to the source', () => {
  has('The bridge will need new cables, according to Ana Ruiz, a structural engineer at the port authority.',
    'Ana Ruiz, a structural engineer at the port authority', 'according to', 'The bridge will need new cables');
  has('According to Ana Ruiz, a structural engineer, the bridge will need new cables.', 'Ana Ruiz, a structural engineer', 'According to', 'the bridge will need new cables');
  has('According to the engineers, the bridge will need new cables.', 'the engineers', 'According to', 'the bridge will need new cables');
  has('The bridge will need new cables, according to Ana Ruiz, head of the port authority, and other engineers.',
    'Ana Ruiz, head of the port authority, and other engineers', 'according to', 'The bridge will need new cables');
});

test('"further" before a speech verb is an adverb of the cue', () => {
  has('“The bridge is unsafe,” it further wrote.', 'it', 'further wrote', '“The bridge is unsafe,”');
  has('She further said that the bridge was unsafe.', 'She', 'further said', 'that the bridge was unsafe');
});

test('a passive agent keeps its relative clause without a relative word', () => {
  has('Her warning was echoed by several engineers I spoke to last week about the bridge.',
    'several engineers I spoke to last week about the bridge', 'was echoed by', 'Her warning');
});

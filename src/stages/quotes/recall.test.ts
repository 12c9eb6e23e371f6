import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text, q.rule]);

test('a headline verb read as a name agrees with its subject and reports', () => {
  const res = triples('Harbour Workers Slam Port Authority Over Night Shifts.\n\nThe union met on Monday.');
  assert.ok(res.some(([s, c, t]) => s === 'Harbour Workers' && c === 'Slam' && t === 'Port Authority Over Night Shifts'));
});

test('a headline phrasal verb keeps its particle', () => {
  const res = triples('Senator Goes After Mayor Over Budget Cuts.\n\nThe row began in May.');
  assert.ok(res.some(([s, c]) => s === 'Senator' && c === 'Goes After'));
});

test('a headline whose noun only looks like a verb reports nothing', () => {
  const res = triples('Clinton Plan for Taxes Is Expansive.\n\nThe plan was published on Monday.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.headline'));
});

test('"in <poll>" takes the whole description of the poll as source', () => {
  const res = triples('The mayor gained ground in some polls in the north and the east.');
  assert.ok(res.some(([s, c, t]) => s === 'some polls in the north and the east' && c === 'in' && t === 'The mayor gained ground'));
});

test('a poll described after its noun ends at the clause verb', () => {
  const res = triples("The senator's recent gains in two polls taken in June may not last.");
  assert.ok(res.some(([s, c]) => s === 'two polls taken in June' && c === 'in'));
});

test('an attitude adjective takes a clause without "that" or with "if"', () => {
  assert.ok(triples('The farmers were sure the dam would hold.').some(([s, c, t]) => s === 'The farmers' && c === 'were sure' && t === 'the dam would hold'));
  assert.ok(triples("The farmers weren't sure if the dam would hold.").some(([c, , t]) => c === 'The farmers' && t === 'if the dam would hold'));
});

test('verbs of public stance report what they act on', () => {
  assert.ok(triples('The council has ignored the petition from residents.').some(([s, c]) => s === 'The council' && c === 'has ignored'));
  assert.ok(triples('The governor vetoed the bill on school funding.').some(([s, c]) => s === 'The governor' && c === 'vetoed'));
  assert.ok(triples('The party views the treaty as a betrayal.').some(([s, c]) => s === 'The party' && c === 'views'));
});

test('a person named before a participle of saying is its source', () => {
  const res = triples('The advert uses footage of Mayor Smith asking, “Why are we still waiting for the bridge?”');
  assert.ok(res.some(([s, c, , r]) => s === 'Mayor Smith' && c === 'asking' && r === 'quotes.indirect.person-participle'));
});

test('a participle after a thing is no report of it', () => {
  const res = triples('Taxpayers reporting capital gains would pay a higher rate.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.person-participle'));
});

test('an infinitive may be split by an adverb after an intention', () => {
  const res = triples('The company agreed to quietly drop the lawsuit against the town.');
  assert.ok(res.some(([s, c, t]) => s === 'The company' && c === 'agreed' && t === 'to quietly drop the lawsuit against the town'));
});

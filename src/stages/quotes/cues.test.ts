import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes;
const triples = (text: string) => quotes(text).map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text]);

test('a gerund after a comma reports for the subject, not for the noun after it', () => {
  const res = triples('The court rejected the appeal, saying the judges had no power to act.');
  assert.ok(res.some(([s, c, t]) => s === 'The court' && c === 'saying' && t === 'the judges had no power to act'));
  assert.ok(!res.some(([s]) => s === 'the judges'));
});

test('an adverb before the gerund belongs to the cue', () => {
  const res = triples('The mayor criticised the plan, even suggesting it was illegal.');
  assert.ok(res.some(([s, c, t]) => s === 'The mayor' && c === 'even suggesting' && t === 'it was illegal'));
});

test('a headline in title case keeps its speech verb', () => {
  const res = triples('Mayor Says Bridge Will Reopen in May.');
  assert.deepEqual(res[0], ['Mayor', 'Says', 'Bridge Will Reopen in May']);
});

test('a cue inside commas is no apposition of the subject', () => {
  const [q] = quotes('The bridge, the mayor said, needed repairs.');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.source?.text, 'the mayor');
});

test('a relative clause that lost its subject reports from the verb after the cue', () => {
  const res = triples('The governor praised the funds, which he said were vital for the schools.');
  assert.ok(res.some(([s, c, t]) => s === 'he' && c === 'said' && t === 'were vital for the schools'));
});

test('a comment clause with "as" attributes the main clause', () => {
  assert.deepEqual(triples('As the minister noted, the harbour is too shallow for the ships.'), [
    ['the minister', 'noted', 'the harbour is too shallow for the ships'],
  ]);
  assert.deepEqual(triples('The harbour is too shallow for the ships, as the minister noted.'), [
    ['the minister', 'noted', 'The harbour is too shallow for the ships'],
  ]);
});

test('a verb the tagger reads as a noun after a plural subject is a cue', () => {
  const res = triples('Recent surveys show the senator with a narrow lead.');
  assert.ok(res.some(([s, c]) => s === 'Recent surveys' && c === 'show'));
});

test('a progressive read as an adjective is a cue', () => {
  const res = triples('The governor is promising to cut the sales tax.');
  assert.ok(res.some(([s, c, t]) => s === 'The governor' && c === 'is promising' && t === 'to cut the sales tax'));
});

test('the noun after "according to" is a source even when read as a verb', () => {
  const res = triples('According to police, the driver fled the scene before dawn.');
  assert.deepEqual(res[0], ['police', 'According to', 'the driver fled the scene before dawn']);
});

test('a verb of aspect passes on to the cue it governs', () => {
  const res = triples('The farmers continued to call for lower fuel prices.');
  assert.ok(res.some(([s, c]) => s === 'The farmers' && c === 'continued to call for'));
});

test('an indirect question and a time phrase before the content', () => {
  const res = triples('The senators asked whether the contracts were legal. The police announced on Friday the arrest of a driver.');
  assert.ok(res.some(([, c, t]) => c === 'asked' && t === 'whether the contracts were legal'));
  assert.ok(res.some(([, c, t]) => c === 'announced' && t === 'the arrest of a driver'));
});

test('a possessed noun of saying or deciding in subject position is a nominal cue', () => {
  const res = triples('The minister’s decision to close the border angered the farmers.');
  assert.ok(res.some(([s, c, t]) => s === 'The minister’s' && c === 'decision' && t?.startsWith('to close the border')));
  // As an object the noun names a topic, not a report.
  assert.ok(!triples('The farmers criticised the minister’s decision to close the border.').some(([, c]) => c === 'decision'));
});

test('"seems to" attributes the clause to no named source', () => {
  const [q] = quotes('The ceasefire seems to be holding in the north.');
  assert.equal(q.cue?.text, 'seems');
  assert.equal(q.source, null);
  assert.deepEqual(q.parts?.map((p) => p.text), ['The ceasefire', 'to be holding in the north']);
  assert.equal(quotes('The senator appeared on television on Sunday.').length, 0);
});

test('a short object is content of an opinion verb', () => {
  assert.deepEqual(triples('The union backed Clinton.'), [['The union', 'backed', 'Clinton']]);
});

test('a passive cue with an agent: the agent speaks, the subject is what was said', () => {
  assert.deepEqual(triples('The shortage was first reported by the regional newspaper.'), [
    ['the regional newspaper', 'was first reported by', 'The shortage'],
  ]);
  assert.equal(quotes('The bridge was built by the army.').length, 0);
});

test('a passive cue without an agent names no source; with one, the agent is the source', () => {
  const [q] = quotes('The mayor has been called a hero in the local press.');
  assert.equal(q.cue?.text, 'has been called');
  assert.equal(q.source, null);
  const [r] = quotes('The mayor has been called a hero by some residents.');
  assert.equal(r.cue?.text, 'has been called');
  assert.equal(r.source?.text, 'some residents');
});

test('an adjective of belief or feeling after "be" is a cue with its complement', () => {
  assert.deepEqual(triples('Officials are confident that the talks will resume.'), [['Officials', 'are confident', 'that the talks will resume']]);
  assert.deepEqual(triples('Many farmers were not too worried about the drought.'), [['Many farmers', 'were not too worried about', 'the drought']]);
  assert.equal(quotes('It is certain that the road will close.').length, 0);
});

test('a light verb with a noun of saying, and a construal with "as"', () => {
  assert.ok(triples('The council issued a statement calling the vote a farce.').some(([s, c, t]) => s === 'The council' && c === 'issued a statement calling' && t === 'the vote a farce'));
  assert.ok(triples('The governor made it clear he would veto the bill.').some(([s, c, t]) => s === 'The governor' && c === 'made it clear' && t === 'he would veto the bill'));
  assert.ok(triples('Many farmers see the treaty as a threat to their land.').some(([s, c, t]) => s === 'Many farmers' && c === 'see' && t === 'the treaty as a threat to their land'));
  assert.equal(quotes('He made a sandwich. We saw the ships in the harbour.').length, 0);
});

test('a name reported as current and a cue after "but"', () => {
  const res = triples('The treaty, also known as the Lisbon Accord, took effect in May. The mayor opposed the tax but said she would sign it.');
  assert.ok(res.some(([s, c, t]) => s === null && c === 'also known as' && t === 'the Lisbon Accord'));
  assert.ok(res.some(([s, c, t]) => s === 'The mayor' && c === 'said' && t === 'she would sign it'));
});

test('told with a possessive before the addressee', () => {
  assert.ok(triples('The governor told his aides to cancel the trip.').some(([s, c, t]) => s === 'The governor' && c === 'told' && t === 'his aides to cancel the trip'));
});

test('a poll is the source of a finding introduced by "in"', () => {
  const [q] = quotes('In the latest national poll, conducted in May, the senator led his rival by four points.');
  assert.deepEqual([q.source?.text, q.cue?.text, q.content.text], ['the latest national poll', 'In', 'the senator led his rival by four points']);
  assert.equal(quotes('In the old harbour, the ships waited for the tide.').length, 0);
});

test('a verb that takes a person as its object is no inverted cue after a clause', () => {
  const res = triples('The soldier, released after seven years in prison, thanked former President Barack Obama.');
  assert.ok(!res.some(([s]) => s === 'former President Barack Obama'));
  assert.ok(triples('The talks will resume next week, said Foreign Minister Taro Kono.').some(([s]) => s === 'Foreign Minister Taro Kono'));
});

test('a long aside between commas still leads to the "that" of the report', () => {
  const res = triples('The minister insists, most recently in a Sunday morning interview with a local radio station, that the budget is balanced.');
  assert.ok(res.some(([s, c, t]) => s === 'The minister' && c === 'insists' && t === 'that the budget is balanced'));
});

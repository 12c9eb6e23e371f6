import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const cues = (text: string) => code(text, '2019-09-16').quotes.map((q) => q.cue?.text);

test('the medium stays out of the cue when the reported clause follows it', () => {
  assert.deepEqual(cues('The mayor announced in a statement this week that the bridge would close.'), ['announced']);
  assert.deepEqual(cues('The governor said in a letter that the dam was safe.'), ['said']);
});

test('the medium stays in the cue after a quotation', () => {
  assert.deepEqual(cues('"The bridge is safe," the mayor said in a statement.'), ['said in a statement']);
});

test('a light object takes "for" into the cue also before a participle', () => {
  assert.deepEqual(cues('The two ministers unveiled a proposal for increased cooperation.'), ['unveiled a proposal for']);
});

test('a prepositional verb keeps its preposition, also after "all", but not one that opens a time', () => {
  assert.deepEqual(cues('Most voters believe in the good sense of their neighbours.'), ['believe in']);
  assert.deepEqual(cues('The farmers know all about the drought.'), ['know all about']);
  assert.deepEqual(cues('She believed in 2010 that the dam would hold.'), ['believed']);
});

test('an adverb before the reported clause closes the cue', () => {
  assert.deepEqual(cues('The farmers know exactly what the drought will cost them.'), ['know exactly']);
});

test('an aside that says where or while stays out of the source of a second verb', () => {
  const sources = code('The mayor, speaking to reporters at the bridge, said it was safe and warned against rumours of cracks.', '2019-09-16').quotes.map((q) => q.source?.text);
  assert.deepEqual(sources, ['The mayor', 'The mayor']);
  assert.deepEqual(code('The mayor, like the governor, has said the bridge is safe.', '2019-09-16').quotes.map((q) => q.source?.text), ['The mayor']);
});

test('a relative after a preposition opens a clause whose subject is the source', () => {
  assert.deepEqual(code('It is a contest in which farmers argue that the dam is too costly.', '2019-09-16').quotes.map((q) => q.source?.text), ['farmers']);
});

test('a demonstrative "that" opening the sentence belongs to the source', () => {
  assert.deepEqual(code('But that cautious approach also underscored a weakness of the plan.', '2019-09-16').quotes.map((q) => q.source?.text), ['that cautious approach']);
});

test('a noun of saying before the that-clause it introduces joins the cue', () => {
  assert.deepEqual(cues('The mayor highlighted his message that the bridge must be rebuilt.'), ['highlighted his message']);
});

test('an evidential cue takes a full verb after "to", not "be" or "have"', () => {
  assert.deepEqual(cues('The gray sky seemed to capture the mood of the crowd.'), ['seemed to capture']);
  assert.deepEqual(cues('The old bridge seems to have vanished from the plans.'), ['seems']);
});

test('"not only" before the cue verb is no part of the cue', () => {
  assert.deepEqual(cues('The survey not only documented rising rents, but also found longer commutes.'), ['documented', 'also found']);
});

test('lower-case "may" is the modal of the cue, not the month', () => {
  assert.deepEqual(cues('The endorsements may also illustrate the decline of local papers.'), ['may also illustrate']);
});

test('a reduced clause keeps its subordinator out of the cue and "on" before the question in it', () => {
  assert.ok(cues('The mayor left fathers out of the plan, and when pressed on why the plan leaves them out, she said it was a start.').includes('pressed on'));
});

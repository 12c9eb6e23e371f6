import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('a participle phrase after a closing cue is a second attribution of the same speaker', () => {
  const quotes = triples('“We will win this state,” the mayor said, looking out over the crowd.');
  assert.ok(quotes.some((q) => q.join('|') === 'the mayor|looking out over|the crowd'));
  assert.ok(quotes.some(([, cue]) => cue === 'said'));
});

test('the cue keeps its adverbs and the infinitive it governs', () => {
  const quotes = triples('“The budget is balanced,” Senator Jones said, not even needing to mention the deficit.');
  assert.ok(quotes.some((q) => q.join('|') === 'Senator Jones|not even needing to mention|the deficit'));
  const more = triples('“The budget is balanced,” the senator said, going on to contrast the two plans.');
  assert.ok(more.some(([, cue, content]) => cue === 'going on to contrast' && content === 'the two plans'));
});

test('a participle with nothing after it, or one used as a preposition, is no attribution', () => {
  assert.equal(triples('“Here comes the governor,” she said, smiling.').length, 1);
  assert.ok(!triples('“Prices rose,” he said, including the price of fuel.').some(([, cue]) => cue === 'including'));
});

test('the phrase ends where the interrupted quotation goes on', () => {
  const quotes = triples('“Every time you say that,” the senator said, pointing at the chart, “you make my case.”');
  assert.ok(quotes.some(([, cue, content]) => cue === 'pointing at' && content === 'the chart'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('"for saying" reports what was said, even inside another report', () => {
  const quotes = triples('Reporters said the governor was criticized for saying that taxes would fall.');
  assert.deepEqual(quotes[quotes.length - 1], ['the governor', 'saying', 'that taxes would fall']);
  assert.equal(quotes.length, 2);
});

test('"for saying" after a verb and its object is said by the object', () => {
  const quotes = triples('Critics praised the young senator from Ohio for saying that the war was a mistake.');
  assert.deepEqual(quotes[quotes.length - 1], ['the young senator from Ohio', 'saying', 'that the war was a mistake']);
});

test('"aside from saying" is said by the subject of the clause it adds to; a bare "from" names no one', () => {
  assert.ok(triples('The union refuses to discuss the offer, apart from saying it is too low.')
    .some((q) => q.join('|') === 'The union|saying|it is too low'));
  const range = triples('The show let him boast about everything, from saying that he feels young to mocking rivals.');
  assert.ok(range.some(([source, cue]) => cue === 'saying' && source === undefined));
});

test('"aside from saying" with a bare clause is a report of its own, and the outer report ends before it', () => {
  const quotes = triples('He refused to name a successor, aside from saying he wants someone young.');
  assert.ok(quotes.some(([, cue, content]) => cue === 'saying' && content === 'he wants someone young'));
  assert.ok(quotes.some(([, cue, content]) => cue === 'refused' && content === 'to name a successor'));
});

test('a report in another report\'s complement stays part of it', () => {
  assert.deepEqual(triples('The aide says the senator argued for lower taxes in the meeting.'), [
    ['The aide', 'says', 'the senator argued for lower taxes in the meeting'],
  ]);
});

test('the idiom "goes without saying" reports nothing, nor does "for" with a noun', () => {
  assert.deepEqual(triples('It goes without saying that the plan will cost money.'), []);
  assert.ok(!triples('She was praised for her saying about patience.').some(([, cue]) => cue === 'saying'));
});

test('an object relative inside another report is its speaker\'s own attribution', () => {
  assert.deepEqual(triples('The mayor said the museum shows the leader that the voters so admire.'), [
    ['The mayor', 'said', 'the museum shows the leader that the voters so admire'],
    ['the voters', 'so admire', 'that'],
  ]);
});

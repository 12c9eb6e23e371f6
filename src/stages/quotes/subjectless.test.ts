import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes;
const triples = (text: string) => quotes(text).map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text]);

test('"it is clear that" judges a clause with no source but the writer', () => {
  assert.deepEqual(triples('By now it should be obvious that the bridge needs repairs.'), [[null, 'it should be obvious', 'that the bridge needs repairs']]);
  assert.deepEqual(triples('It was clear the mayor wanted a second term.').map(([s, c]) => [s, c]), [[null, 'It was clear']]);
  // An open question judges nothing.
  assert.equal(quotes('It is not clear whether the bridge will reopen.').length, 0);
});

test('a participle opening the sentence reports for the main clause subject', () => {
  const res = triples('Claiming the vote was rigged, the mayor refused to concede.');
  assert.ok(res.some(([s, c, t]) => s === 'the mayor' && c === 'Claiming' && t === 'the vote was rigged'));
  const after = triples('After saying the bridge was safe, the engineer left the city.');
  assert.ok(after.some(([s, c, t]) => s === 'the engineer' && c === 'saying' && t === 'the bridge was safe'));
});

test('a gerund after a comma cites for the subject', () => {
  const res = triples('The union endorsed the mayor, citing her record on wages.');
  assert.ok(res.some(([s, c, t]) => s === 'The union' && c === 'citing' && t === 'her record on wages'));
});

test('a relative clause with a speech verb is a report of its own', () => {
  const res = triples('The mayor thanked the engineers, who praised the new bridge.');
  assert.ok(res.some(([, c, t]) => c === 'thanked' && t === 'the engineers'));
  assert.ok(res.some(([, c, t]) => c === 'praised' && t === 'the new bridge'));
});

test('a speech verb the tagger reads as a noun after an adverb', () => {
  const res = triples('The ad then references a speech by the mayor.');
  assert.ok(res.some(([s, c]) => s === 'The ad' && c === 'then references'));
});

test('a letter reads what it says', () => {
  const [q] = quotes('“We will not close the school,” the letter reads.');
  assert.equal(q.cue?.text, 'reads');
  assert.equal(q.source?.text, 'the letter');
});

test('an "as" aside attributes the clause around it', () => {
  const mid = triples('The bridge, as one of the engineers pointed out, rarely floods.');
  assert.ok(mid.some(([s, c, t]) => s === 'one of the engineers' && c === 'pointed out' && t === 'The bridge, as one of the engineers pointed out, rarely floods'));
  const end = triples('The road was closed for a week, as officials have said.');
  assert.ok(end.some(([s, c, t]) => s === 'officials' && c === 'have said' && t === 'The road was closed for a week'));
});

test('"Asked about …," opens a question with no source unless an agent is named', () => {
  const res = triples('Asked about the delay in repairs, the mayor said the money had run out.');
  assert.ok(res.some(([s, c, t]) => s === null && c === 'Asked about' && t === 'the delay in repairs'));
  const by = triples('When pressed by reporters on why the bridge closed, the mayor left.');
  assert.ok(by.some(([s, c, t]) => s === 'reporters' && c === 'pressed' && t === 'why the bridge closed'));
});

test('a speech verb the tagger reads as a noun, when it agrees with its subject', () => {
  const res = triples('But some note that the bridge is safe.');
  assert.ok(res.some(([s, c, t]) => s === 'some' && c === 'note' && t === 'that the bridge is safe'));
  const after = triples('The bridge will close in May, The Boston Globe reports.');
  assert.ok(after.some(([s, c, t]) => s === 'The Boston Globe' && c === 'reports' && t === 'The bridge will close in May'));
  const head = triples('Data from the survey show that the bridge is busy.');
  assert.ok(head.some(([s, c]) => s === 'Data from the survey' && c === 'show'));
  // A compound, not a verb: "member states" names whom the interests belong to.
  assert.ok(!triples('The interests of member states trump everything else.').some(([, c]) => c === 'states'));
});

test('a passive accusation or report with no agent has no source', () => {
  assert.deepEqual(triples('The mayor was accused of misusing the funds.'), [[null, 'was accused of', 'misusing the funds']]);
  const [q] = quotes('The regime is not thought to be capable of building the weapon.');
  assert.equal(q.cue?.text, 'is not thought');
  assert.deepEqual(q.parts?.map((p) => p.text), ['The regime', 'to be capable of building the weapon']);
  // "revealed as" presents, it does not judge.
  assert.ok(!triples('The donor was revealed as a former minister.').some(([, c]) => c === 'was revealed as'));
});

test('a closing "said X, a description" reports the whole clause before it', () => {
  const res = triples('Officials felt the deal was fair, said Mr. Smith, the lawyer for the agency.');
  assert.ok(res.some(([, c, t]) => c === 'said' && t === 'Officials felt the deal was fair'));
});

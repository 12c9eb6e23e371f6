import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text, q.rule]);

test('a meeting takes the purpose of its participants as their report', () => {
  const res = triples('Farm ministers gathered Monday to discuss the drought in the south.');
  assert.ok(res.some(([s, c, t]) => s === 'Farm ministers' && c === 'to discuss' && t === 'the drought in the south'));
});

test('an infinitive after any object is no report of its own', () => {
  const res = triples('The new law forces the banks to disclose their fees.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.infinitive'));
});

test('an unanswered request and an answer by an act report what was answered', () => {
  const res = triples('The mayor’s office did not immediately respond to requests for comment.');
  assert.ok(res.some(([s, c, t]) => s === 'The mayor’s office' && c === 'did not immediately respond' && t === 'to requests for comment'));
  const by = triples('The governor responded by cutting the school budget.');
  assert.ok(by.some(([s, c, t]) => s === 'The governor' && c === 'responded' && t === 'by cutting the school budget'));
});

test('answering someone is not itself a report', () => {
  const res = triples('The governor responded to the mayor on Tuesday.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.response'));
});

test('a verb of trying or continuing joins the cue of the speech verb after it', () => {
  const res = triples('The union continues to insist that the mine is unsafe.');
  assert.ok(res.some(([s, c, t]) => s === 'The union' && c === 'continues to insist' && t === 'that the mine is unsafe'));
  const gerund = triples('The minister avoids criticizing the central bank.');
  assert.ok(gerund.some(([s, c, t]) => s === 'The minister' && c === 'avoids criticizing' && t === 'the central bank'));
  const able = triples('She was able to consistently tout her record on jobs.');
  assert.ok(able.some(([s, c]) => s === 'She' && c === 'was able to consistently tout'));
});

test('a verb of trying before a verb of no speech reports nothing', () => {
  const res = triples('The union continues to build the new hall.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.catenative'));
});

test('a document before a participle of saying is the source of what it says', () => {
  const res = triples('The union put out a statement attacking the new shift rules.');
  assert.ok(res.some(([s, c, t]) => s === 'a statement' && c === 'attacking' && t === 'the new shift rules'));
});

test('a document before a participle of intention reports nothing', () => {
  const res = triples('Two lawsuits seeking the records are pending.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.document-participle'));
});

test('"with" a phrase and a participle of saying makes a report of its own', () => {
  const res = triples('The vote was close, with one survey showing the mayor ahead by two points.');
  assert.ok(res.some(([s, c, t]) => s === 'one survey' && c === 'showing' && t === 'the mayor ahead by two points'));
});

test('a reduced passive of saying takes its agent as the source', () => {
  const res = triples('The bank was fined, including a penalty imposed by the regulator and the state court.');
  assert.ok(res.some(([s, c, t]) => s === 'the regulator and the state court' && c === 'imposed' && t === 'a penalty'));
  assert.ok(!triples('The bank paid the penalty, imposed by the regulator.').some(([, , , r]) => r === 'quotes.indirect.reduced-passive'));
});

test('a relative pronoun before a speech verb is what was said', () => {
  const res = triples('Lower fares are what the airline now promises.');
  assert.ok(res.some(([s, c, t]) => s === 'the airline' && c === 'now promises' && t === 'what'));
  assert.ok(!triples('She wants to be the voice that people hear.').some(([, , , r]) => r === 'quotes.indirect.object-relative'));
});

test('a verb of taking up a point, or an opening act done by speaking, is a cue with its whole frame', () => {
  const seize = triples('The senator is seizing on recent remarks her rival made about the economy.');
  assert.ok(seize.some(([s, c, t]) => s === 'The senator' && c === 'is seizing on' && (t ?? '').startsWith('recent remarks her rival made')));
  const opened = triples('The mayor began her remarks by emphasizing the cost of the new bridge.');
  assert.ok(opened.some(([s, c]) => s === 'The mayor' && c === 'began her remarks by emphasizing'));
});

test('taking up a claim leaves the noun as the cue, and an opening act of no speech reports nothing', () => {
  const claim = triples('The senator seized on the governor’s claim that taxes would fall.');
  assert.ok(!claim.some(([, , , r]) => r === 'quotes.indirect.stance-frame'));
  const act = triples('The team started the season by winning five games.');
  assert.ok(!act.some(([, , , r]) => r === 'quotes.indirect.stance-frame'));
});

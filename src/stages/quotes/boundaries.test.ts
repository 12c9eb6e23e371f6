import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('a verb of responding leaves its preposition out of the cue', () => {
  assert.equal(triples('The mayor responded to the critics by saying the bridge was safe.').some((q) => q[1] === 'responded to'), false);
});

test('expressing a feeling about something takes the noun and its preposition into the cue', () => {
  assert.deepEqual(triples('Local farmers have expressed deep concern about the new dam.'), [['Local farmers', 'have expressed deep concern about', 'the new dam']]);
  assert.deepEqual(triples('Some residents privately express reservations about entrusting the dam to him.'), [['Some residents', 'privately express reservations about', 'entrusting the dam to him']]);
  assert.deepEqual(triples('Younger voters, in particular, have expressed misgivings about the plan.'), [['Younger voters', 'have expressed misgivings about', 'the plan']]);
});

test('an evidential cue keeps the modal and adverb before it', () => {
  assert.deepEqual(triples('From afar, the new bridge can seem like a luxury.').map((q) => q[1]), ['can seem']);
});

test('what was said ends before where it was said, also after a short object', () => {
  assert.deepEqual(triples('The mayor denounced the plan in an on-air diatribe.'), [['The mayor', 'denounced', 'the plan']]);
  assert.deepEqual(triples('The paper reported her arrest on Twitter.'), [['The paper', 'reported', 'her arrest']]);
});

test('an adverb closing the cue belongs to it; one before what it modifies does not', () => {
  assert.deepEqual(triples('Farmers complain bitterly that the water is too expensive.').map((q) => q[1]), ['complain bitterly']);
  assert.deepEqual(triples('"The bridge is perfectly safe," the mayor said sarcastically.').map((q) => q[1]), ['said sarcastically']);
  assert.deepEqual(triples('The senator has called for immediately closing the bridge.').map((q) => q[1]), ['has called for']);
});

test('a participle after an issued document takes the issuing verb into its cue', () => {
  assert.deepEqual(triples('The union filed legal papers opposing the merger.'), [['The union', 'filed legal papers opposing', 'the merger']]);
  assert.deepEqual(triples('The mayor said at a news conference announcing the plan that the bridge would close.').some((q) => q[1]?.startsWith('said at')), false);
});

test('a wish quoted inside what someone said is part of that report', () => {
  assert.deepEqual(triples('Protesters said they want “justice for the family,” but pledged to stay calm.').map((q) => q[1]), ['said', 'pledged']);
});

test('an adverb set off by a comma after the cue is the cue\'s, not the start of what was said', () => {
  assert.deepEqual(triples('The mayor praised the plan, adding later, "We will build it."').map((q) => q[1]), ['praised', 'adding later']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('a governed preposition after a short object belongs to the cue', () => {
  assert.deepEqual(triples('The mayor accused Smith of lying about the budget.'), [['The mayor', 'accused Smith of', 'lying about the budget']]);
  assert.deepEqual(triples('The reporter asks him about his tax returns.'), [['The reporter', 'asks him about', 'his tax returns']]);
  assert.deepEqual(triples('The host had pressed her on her plan to close the bridge.'), [['The host', 'had pressed her on', 'her plan to close the bridge']]);
});

test('a longer object, a time or a medium after the object keeps the preposition out', () => {
  assert.equal(triples('The mayor accused the ruling party of lying about the budget.')[0][1], 'accused');
  assert.equal(triples('The mayor told him on Friday that the bridge was safe.')[0][1], 'told');
  assert.equal(triples('The mayor told them on the campaign trail that the bridge was safe.')[0][1], 'told');
});

test('a governed preposition after a time belongs to the cue, except after "said"', () => {
  assert.deepEqual(triples('The senator spoke out Tuesday about the death of the teenager.'), [['The senator', 'spoke out Tuesday about', 'the death of the teenager']]);
  assert.deepEqual(triples('The mayor called Friday for releasing the videos.'), [['The mayor', 'called Friday for', 'releasing the videos']]);
});

test('a gerund of means with a plain object reports nothing; one with a clause does', () => {
  assert.deepEqual(triples('The planners redrew the districts by adding a few suburbs to the city.'), []);
  assert.deepEqual(triples('The governor ended the debate by saying the bridge was safe.').map((q) => q[1]), ['saying']);
  // A response names its manner after "by": the answer is the report (PolNeAR's convention).
  assert.deepEqual(triples('The governor responded by saying the bridge was safe.').map((q) => q[1]), ['responded']);
  assert.deepEqual(triples('The agency ended the dispute by announcing that the bridge would reopen.').map((q) => q[1]), ['announcing']);
  assert.deepEqual(triples('The mayor ended the talks by calling the plan a disaster.').map((q) => q[1]), ['calling']);
});

test('a naming inside a free relative is no report of its own', () => {
  assert.equal(triples('The council condemned what it called “a reckless provocation.”').some((q) => q[1] === 'called'), false);
  assert.deepEqual(triples('The mayor called the plan “a reckless provocation.”').map((q) => q[1]), ['called']);
});

test('deliberating over or knowing a plain object states no belief; a clause or predicate does', () => {
  const cues = (text: string) => triples(text).map((q) => q[1]);
  assert.deepEqual(cues('The appeals court considered the matter for a week.'), []);
  assert.deepEqual(cues('She knows the details of the health plan.'), []);
  assert.deepEqual(cues('She knows that the plan will fail.'), ['knows']);
  assert.deepEqual(cues('Regulators did not consider him a realistic buyer.'), ['did not consider']);
});

test('speaking as an activity, with only a time or place after it, reports nothing', () => {
  const cues = (text: string) => triples(text).map((q) => q[1]);
  assert.deepEqual(cues('The senator was speaking Friday in Springfield.'), []);
  assert.deepEqual(cues('The mayor never spoke longer than ten minutes.'), []);
  assert.deepEqual(cues('The mayor spoke about the new bridge.'), ['spoke about']);
  assert.deepEqual(cues('The senator was speaking Friday in Springfield about the new bridge.'), ['was speaking']);
});

test('manner adverbs before a phrasal cue\'s particle belong to the cue', () => {
  assert.deepEqual(triples('The mayor spoke emotionally of her years in the city.'), [['The mayor', 'spoke emotionally of', 'her years in the city']]);
});

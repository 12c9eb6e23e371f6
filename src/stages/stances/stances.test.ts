import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const stances = (text: string) => code(text, '2017-09-01').stances.map((s) => `${s.holder.code} ${s.polarity} ${s.issue}`);

test('stance verbs give the subject a polarity toward a normalised issue', () => {
  assert.deepEqual(stances('Russia criticized the U.S. imposition of unilateral sanctions.'), ['RUS oppose unilateral sanctions']);
  assert.deepEqual(stances('Germany welcomed the new climate agreement.'), ['DEU support new climate agreement']);
});

test('coordinated quoted names split into separate issues', () => {
  assert.deepEqual(stances('China urged adoption of its ‘freeze for freeze’ and ‘two-track’ proposals.'),
    ['CHN support freeze for freeze proposal', 'CHN support two-track proposal']);
});

test('negated stances are not recorded; an actor as the object is a stance toward that actor', () => {
  assert.deepEqual(stances('France did not oppose the plan.'), []);
  assert.deepEqual(stances('France condemned Iran.'), ['FRA oppose Iran']);
});

test('people the data does not know hold stances too', () => {
  assert.deepEqual(stances('Michael Kratz criticized the new tariffs.'), ['null oppose new tariffs']);
});

test('an issue is a noun phrase: no pronoun, person, office, participle or clause fragment', () => {
  assert.deepEqual(stances('France welcomed it.'), []);
  assert.deepEqual(stances('Germany endorsed its former rival.'), []);
  assert.deepEqual(stances('Jane Roe sought the Democratic presidential nomination.'), []);
  assert.deepEqual(stances('Germany seeks to improve its coverage.'), []);
  assert.deepEqual(stances('Italy is a proposed end point for the pipeline.'), []);
  // A quantity and a degree adverb open a noun phrase; the issue is what they measure.
  assert.deepEqual(stances('France criticized some of the more hawkish proposals.'), ['FRA oppose more hawkish proposals']);
  assert.deepEqual(stances('India opposed any outside mediation on the dispute.'), ['IND oppose outside mediation on the dispute']);
  assert.deepEqual(stances('France rejected during the meeting.'), []);
});

test('a quoted evaluation needs a noun phrase as its subject, not a pronoun or a clause', () => {
  const evaluations = (text: string) => code(text, '2017-09-01').stances.filter((s) => s.rule.startsWith('stance.evaluation')).map((s) => s.issue);
  assert.deepEqual(evaluations('"The new plan is necessary," Merkel said.'), ['new plan']);
  assert.deepEqual(evaluations('"It is important," Merkel said.'), []);
  assert.deepEqual(evaluations('"The new plan seems to be necessary," Merkel said.'), []);
});

test('a question or a condition states no stance; a refusal opposes what it refuses', () => {
  assert.deepEqual(stances('Germany was asked whether it would support the new tax on fuel.'), []);
  assert.deepEqual(stances('Germany said it would support the new tax on fuel.'), ['DEU support new tax on fuel']);
  assert.deepEqual(stances('Germany refused to endorse the new tax on fuel.'), ['DEU oppose new tax on fuel']);
  assert.deepEqual(stances('Germany declined to condemn the new tax on fuel.'), []);
});

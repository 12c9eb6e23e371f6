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

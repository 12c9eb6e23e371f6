import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasSourceCue as has, sourceCues } from '../../testing/readout.js';

test('a participle of attitude after "be" keeps its subject as the source', () => {
  has('After years abroad, we are convinced this is the only country where hard work pays.', 'we', 'are convinced');
});

test('a contracted "has" before a participle and its object is not a passive', () => {
  has("Though he's heralded plans to cut the tax, he has not said how.", 'he', "'s heralded");
  // A verb that still takes a noun phrase in the passive keeps the passive reading.
  assert.deepEqual(sourceCues("On the right he's called a coward."), [[null, "'s called"]]);
});

test('a passive agent keeps its degree word and the subject may stand before a comma-set adverb', () => {
  has('The mayor, meanwhile, is supported by far fewer unions.', 'far fewer unions', 'is supported by');
});

test('"according to" takes a name that runs through small words and its acronym', () => {
  has('Some 300 boats joined the blockade, according to the Union for Fair Fishing (UFF).', 'the Union for Fair Fishing (UFF)', 'according to');
});

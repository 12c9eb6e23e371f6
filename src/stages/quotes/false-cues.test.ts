import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const cues = (text: string) => code(text, '2019-09-16').quotes.map((q) => q.cue?.text ?? null);
/** The quote goes with its cue: no speaker is left saying words nobody said. */
const none = (text: string) => assert.deepEqual(cues(text), []);

test('a future or conditional act is no cue', () => {
  none('The ministers will seek new sanctions against the regime next month.');
  none('Under the plan, the governor would impose a new fee on large trucks.');
});

test('a past act or a reported answer keeps its cue', () => {
  assert.ok(cues('The governor said the state would raise taxes.').includes('said'));
  assert.ok(cues('Few people would have described the mayor as a reformer.').some((c) => c && /described/.test(c)));
});

test('a scheme or a feeling as the subject is no speaker', () => {
  none('Her tax proposals offer a clear alternative to the current system.');
  none('The bias begins to show when the ratings are compared.');
  assert.ok(cues('The planning commission said the tower was too tall.').includes('said'));
});

test('a judgement still to come keeps its cue', () => {
  assert.ok(cues('Voters will find it hard to forgive the mayor.').includes('will find'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testReadout } from '../../testing/readout.js';

/** Stances as "holder polarity target-or-issue rule", for text with optional marked names. */
function stances(text: string, marked: string[] = []) {
  const names = marked.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return testReadout().code({ text, date: '2019-11-20', names }).stances
    .map((s) => `${s.holder.name} ${s.polarity} ${s.target ? s.target.name : `issue:${s.issue}`} ${s.rule}`);
}

test('an inverted holder: "Among the groups that criticized Y was X"', () => {
  assert.deepEqual(stances('Among the groups that criticized Hallbeck was the farmers union Agrivia.', ['Hallbeck', 'Agrivia']),
    ['Agrivia oppose Hallbeck stance.actor.verb.among.oppose']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text, q.rule]);

test('a reaction predicated as a speech infinitive reports its possessor', () => {
  const res = triples('Asked about the layoffs, her only response was to say the plant would reopen.');
  assert.ok(res.some(([s, c, t]) => s === 'her' && c === 'only response was to say' && t === 'the plant would reopen'));
  const owner = triples('The mayor’s first instinct is to blame the weather for the flooding.');
  assert.ok(owner.some(([s, c, , r]) => s === 'The mayor’s' && c === 'first instinct is to blame' && r === 'quotes.indirect.predicative'));
});

test('a reaction whose infinitive is no speech act reports nothing', () => {
  const res = triples('Her first reaction was to leave the room.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.predicative'));
});

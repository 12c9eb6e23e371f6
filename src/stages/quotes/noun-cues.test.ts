import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text, q.rule]);

test('criticism faced for something reports what it is about, with no source', () => {
  const res = triples('The minister has faced sharp criticism for failing to fix the roads.');
  assert.ok(res.some(([s, c, t, r]) => s === null && c === 'sharp criticism for' && t === 'failing to fix the roads' && r === 'quotes.indirect.faced'));
  const under = triples('The agency came under withering criticism for its silence on the floods.');
  assert.ok(under.some(([, c, t]) => c === 'withering criticism for' && t === 'its silence on the floods'));
});

test('criticism from named critics has them as its source and the one criticised as content', () => {
  const res = triples('The senator faced heavy criticism from farm groups and local unions.');
  assert.ok(res.some(([s, c, t]) => s === 'farm groups and local unions' && c === 'heavy criticism' && t === 'The senator'));
});

test('facing a challenge or charges is no report', () => {
  const res = triples('The company faces a difficult winter. The mayor faced charges of fraud in 2010.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.faced'));
});

test('an opening participle reports up to its comma, and questions from someone name no source', () => {
  const res = triples('Facing mounting criticism for the delays, the minister resigned.');
  assert.ok(res.some(([s, c, t]) => s === null && c === 'mounting criticism for' && t === 'the delays'));
  const asked = triples('The senator faced questions from reporters on Monday.');
  assert.ok(!asked.some(([, , , r]) => r === 'quotes.indirect.faced'));
});

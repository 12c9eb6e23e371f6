import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text]);

test('"as X put it" after a quotation attributes the report it closes, which keeps its own cue', () => {
  const quotes = triples('Many lawmakers echo her concerns, because the new rule is "a tax on rain," as one local paper put it.');
  assert.ok(quotes.some(([source, cue]) => source === 'one local paper' && cue === 'put it'));
  assert.ok(quotes.some(([, cue]) => cue === 'echo'));
});

test('"as X said" after a comma attributes the clause before it', () => {
  const quotes = triples('The bridge will close in May, as the mayor said.');
  assert.deepEqual(quotes, [['the mayor', 'said', 'The bridge will close in May']]);
});

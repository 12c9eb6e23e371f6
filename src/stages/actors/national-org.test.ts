import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const actorsOf = (res: ReturnType<typeof code>, mention: string) =>
  res.entities.flatMap((e) => e.mentions.filter((m) => m.text === mention).map(() => e.actor));

test('an unlisted organisation named with a nationality belongs to that country', () => {
  const res = code('The Ghanaian Union of Journalists (GUJ) said on Monday that it had called off a week-long strike.');
  assert.deepEqual(actorsOf(res, 'Ghanaian Union of Journalists'), ['GHA']);
  assert.deepEqual(actorsOf(res, 'GUJ'), ['GHA']);
  assert.ok(res.events.some((e) => e.cameo.startsWith('08') && e.source.code === 'GHA'));
});

test('a nationality before a plain noun or a person is not an organisation name', () => {
  const res = code('Kenyan farmers called off their strike.');
  assert.deepEqual(actorsOf(res, 'Kenyan Farmers'), []);
  assert.equal(res.entities.filter((e) => e.kind === 'organization').length, 0);
});

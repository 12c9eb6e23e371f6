import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const events = (res: ReturnType<typeof code>) => res.events.map((e) => `${e.plover} ${e.source.code}->${e.target?.code ?? '-'}`);

test('a crowd with no nationality belongs to the country the story is about', () => {
  const res = code('Thousands of people blocked roads across Bolivia on Monday.');
  assert.equal(res.entities.find((e) => e.name === 'people')?.actor, 'BOLCVL');
  assert.ok(events(res).some((e) => e.startsWith('PROTEST BOLCVL')), events(res).join('; '));
});

test('demonstrators are the target of the police and the source of their own protest', () => {
  const res = code('Kenyan police used tear gas to disperse demonstrators protesting fuel prices in Nairobi.');
  const got = events(res);
  assert.ok(res.events.some((e) => e.cameo === '175' && e.source.code === 'KENCOP' && e.target?.code === 'KENCVL'), got.join('; '));
  assert.ok(got.some((e) => e.startsWith('PROTEST KENCVL')), got.join('; '));
});

test('people without a large number, or a crowd in a story naming no country, stay uncoded', () => {
  assert.equal(code('Police said two people were hurt in Chile.').entities.some((e) => e.name === 'people'), false);
  assert.equal(code('Demonstrators marched through the town.').entities.find((e) => e.name === 'demonstrators')?.actor ?? null, null);
});

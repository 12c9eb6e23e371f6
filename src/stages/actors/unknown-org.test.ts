import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const actorsOf = (res: ReturnType<typeof code>, mention: string) =>
  res.entities.flatMap((e) => e.mentions.filter((m) => m.text === mention).map(() => e.actor));
const events = (res: ReturnType<typeof code>) => res.events.map((e) => `${e.cameo} ${e.source.code}->${e.target?.code ?? '-'}`);

test('an unlisted party belongs to the country the story is about, even with a gloss before its head', () => {
  const res = code('The Green Harmony (Solidarity) party said it would boycott the elections in Peru unless the president resigned.');
  assert.deepEqual(actorsOf(res, 'Green Harmony (Solidarity) party'), ['PER']);
  assert.ok(res.events.some((e) => e.plover === 'THREATEN' && e.source.code === 'PER'), events(res).join('; '));
});

test('a bracketed gloss after an unlisted alliance does not hide it as the subject', () => {
  const res = code('The Civic Alliance (Liberals) began collecting signatures to convince the Estonian parliament to call a referendum.');
  assert.deepEqual(actorsOf(res, 'Civic Alliance'), ['EST']);
  assert.ok(res.events.some((e) => e.plover === 'PROTEST' && e.source.code === 'EST'), events(res).join('; '));
});

test('an unlisted association named with "of" is a non-governmental organisation', () => {
  const res = code('Members of the Association of Caribbean Engineers investigated the living conditions of 300 Haitians.');
  assert.deepEqual(actorsOf(res, 'Association of Caribbean Engineers'), ['NGO']);
  assert.ok(events(res).some((e) => /^09\d* NGO->HTI$/.test(e)), events(res).join('; '));
});

test('an unlisted forum is an NGO whose demand reaches past a coordinated noun phrase', () => {
  const res = code('The Global Water Forum concluded on Friday that Australia and other developed nations must cut their emissions.');
  assert.deepEqual(actorsOf(res, 'Global Water Forum'), ['NGO']);
  assert.ok(events(res).includes('100 NGO->AUS'), events(res).join('; '));
});

test('companies and universities the data does not hold stay uncoded', () => {
  const res = code('Acme Holdings and the University of Tartu signed a research deal in Estonia.');
  for (const e of res.entities.filter((x) => x.kind === 'organization')) assert.equal(e.actor, null, e.name);
});

test('an unlisted committee is an NGO, unless the story is about a legislature', () => {
  const civic = code('The Truce Monitoring Committee said both sides had broken the ceasefire in Liberia.');
  assert.deepEqual(actorsOf(civic, 'Truce Monitoring Committee'), ['NGO']);
  const house = code('Lawmakers in Kenya met on Tuesday. The Budget Review Committee said the plan was unworkable.');
  assert.deepEqual(actorsOf(house, 'Budget Review Committee'), ['KENLEG']);
});

test('a party held for an occasion is no political body', () => {
  const res = code('The Halloween party at the embassy in Ottawa was cancelled.');
  assert.equal(res.entities.some((e) => e.kind === 'organization' && e.name.includes('party')), false);
});

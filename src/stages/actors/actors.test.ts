import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, testReadout } from '../../testing/readout.js';

const actorOf = (res: ReturnType<typeof code>, mention: string) =>
  res.entities.find((e) => e.mentions.some((m) => m.text === mention))?.actor ?? null;
const entityOf = (res: ReturnType<typeof code>, mention: string) => res.entities.find((e) => e.mentions.some((m) => m.text === mention));

test('a title, country adjective and name compose one coded person', () => {
  const res = code('Japanese Foreign Minister Toshimitsu Motegi met reporters.');
  assert.equal(actorOf(res, 'Japanese Foreign Minister Toshimitsu Motegi'), 'JPNGOV');
});

test('"his South Korean counterpart" is the same office in the other country on that date', () => {
  const res = code('Japanese Foreign Minister Toshimitsu Motegi spoke by phone with his South Korean counterpart on Tuesday.');
  const counterpart = entityOf(res, 'South Korean counterpart');
  assert.equal(counterpart?.name, 'Kang Kyung-wha');
  assert.equal(counterpart?.actor, 'KORGOV');
});

test('a person unknown to the data is coded from the title and country the text gives', () => {
  const res = code('Russian Presidential aide Yuri Ushakov briefed reporters. Ushakov said the talks went well.');
  const e = entityOf(res, 'Ushakov');
  assert.equal(e?.name, 'Yuri Ushakov');
  assert.equal(e?.actor, 'RUSGOV');
  assert.equal(e?.new, true);
});

test('a misspelt surname of someone already named resolves to them and is flagged', () => {
  const res = code('Foreign Minister Taro Kono arrived. Later, Taro Tono met the press.', '2017-09-01');
  const e = entityOf(res, 'Taro Tono');
  assert.equal(e?.name, 'Taro Kono');
  assert.equal(e?.mentions.find((m) => m.text === 'Taro Tono')?.corrected_from, 'Taro Tono');
});

test('pronouns, surnames and "the minister" refer back to the person', () => {
  const res = code('Turkish Defence Minister Hulusi Akar visited the border. He inspected troops. The minister said Akar would return.', '2020-02-11');
  const akar = entityOf(res, 'Turkish Defence Minister Hulusi Akar');
  assert.ok(akar);
  for (const m of ['He', 'The minister', 'Akar']) assert.equal(entityOf(res, m)?.id, akar.id, m);
});

test('countries by name, abbreviation, adjective and capital; a name that needs context is left alone', () => {
  const res = code('The U.S. and the D.P.R.K. met in Beijing. Chinese officials attended. Michael Jordan watched.');
  assert.equal(actorOf(res, 'U.S.'), 'USA');
  assert.equal(actorOf(res, 'D.P.R.K.'), 'PRK');
  assert.equal(actorOf(res, 'Beijing'), 'CHN');
  assert.equal(actorOf(res, 'Chinese officials'), 'CHNGOV');
  assert.equal(actorOf(res, 'Jordan'), null);
});

test('a bare group followed by in/of/from a country is that country\'s group, unless determined', () => {
  assert.equal(actorOf(code('On Monday, soldiers from Poland crossed the river.'), 'soldiers from Poland'), 'POLMIL');
  assert.equal(actorOf(code('Lawmakers in Germany criticized Russia.'), 'Germany'), 'DEU');
  const res = code('Turkey said it would defend its troops in Syria.');
  assert.equal(actorOf(res, 'Syria'), 'SYR');
});

test('a newspaper name followed by an office or group word is the country adjective: "The Australian government"', () => {
  assert.equal(actorOf(code('The Australian government criticized Libya.'), 'Australian government'), 'AUSGOV');
  assert.equal(actorOf(code('The Australian reported the talks.'), 'The Australian'), 'AUSMED');
  assert.equal(actorOf(code('The official IRNA news agency reported the talks.'), 'IRNA'), 'IRNMED');
});

test('names the caller marks become actors even when the data does not know them', () => {
  const text = 'Hallbeck thanked Varnes.';
  const res = testReadout().code({ text, names: [{ start: 0, end: 8 }, { start: 17, end: 23 }] });
  const marked = res.entities.filter((e) => e.mentions.some((m) => m.rule === 'actors.marked')).map((e) => e.name);
  assert.deepEqual(marked, ['Hallbeck', 'Varnes']);
});

test('forces led by a country are coded as that country\'s own', () => {
  const res = code('Ethiopian-led troops recaptured the town on Sunday.');
  assert.equal(res.entities.find((e) => e.mentions.some((m) => m.text === 'Ethiopian-led troops'))?.actor, 'ETHMIL');
});

test('a known name with a bare "s" before a noun is a possessive that lost its apostrophe', () => {
  const res = code('Qatars announcement surprised markets, and analysts doubt Saudi Arabias main plan.');
  assert.equal(actorOf(res, 'Qatars'), 'QAT');
  assert.equal(actorOf(res, 'Saudi Arabias'), 'SAU');
  assert.equal(actorOf(code('NGOs criticised the two Koreas on Monday.'), 'Koreas'), null);
});

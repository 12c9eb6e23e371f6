import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, testReadout } from '../../testing/readout.js';

/** Actor code of every mention whose text is `mention`, in order. */
const actorsOf = (res: ReturnType<typeof code>, mention: string) =>
  res.entities.flatMap((e) => e.mentions.filter((m) => m.text === mention).map(() => e.actor));

test('Georgia is the country beside Tbilisi and the US state beside Atlanta', () => {
  assert.deepEqual(actorsOf(code('Georgia accused Russia of occupying Abkhazia, officials in Tbilisi said.'), 'Georgia'), ['GEO']);
  assert.deepEqual(actorsOf(code('Delegates met in Atlanta, Georgia on Monday.'), 'Georgia'), ['USA']);
  assert.deepEqual(actorsOf(code('Lawmakers in the state of Georgia passed the bill.'), 'Georgia'), ['USA']);
});

test('Jordan and Chad are countries, except inside a personal name', () => {
  const res = code('Jordan and Chad signed a trade deal.');
  assert.deepEqual(actorsOf(res, 'Jordan'), ['JOR']);
  assert.deepEqual(actorsOf(res, 'Chad'), ['TCD']);
  assert.deepEqual(actorsOf(code('Michael Jordan visited Amman.'), 'Jordan'), []);
  // Nor is the rest of such a name someone else's surname.
  assert.deepEqual(actorsOf(code('Chad Johnson said the team would win.'), 'Johnson'), []);
});

test('Niger and Nigeria, Nigerien and Nigerian, are told apart', () => {
  const res = code('Niger and Nigeria agreed to patrol their border. Nigerien troops and Nigerian police took part.');
  assert.deepEqual(actorsOf(res, 'Niger'), ['NER']);
  assert.deepEqual(actorsOf(res, 'Nigeria'), ['NGA']);
  assert.deepEqual(actorsOf(res, 'Nigerien troops'), ['NERMIL']);
  assert.deepEqual(actorsOf(res, 'Nigerian police'), ['NGACOP']);
});

test('"Korea" alone is South Korea unless the article is only about the North', () => {
  assert.deepEqual(actorsOf(code('Korea protested to Japan over the islands.'), 'Korea'), ['KOR']);
  assert.deepEqual(actorsOf(code('North Korea fired two missiles. Korea has ignored warnings from Tokyo.'), 'Korea'), ['PRK']);
  assert.deepEqual(actorsOf(code('South Korea and North Korea met. Korea will host the next round.'), 'Korea'), ['KOR']);
});

test('Turkey the country is capitalised; turkey the bird is not an actor', () => {
  const res = code('Turkey condemned the attack. Families ate turkey on Thanksgiving.');
  assert.deepEqual(actorsOf(res, 'Turkey'), ['TUR']);
  assert.deepEqual(actorsOf(res, 'turkey'), []);
});

test('"Congo" is whichever Congo the article places it in', () => {
  assert.deepEqual(actorsOf(code('Congo accused Rwanda of backing rebels near Goma and Kinshasa.'), 'Congo'), ['COD']);
  assert.deepEqual(actorsOf(code('Congo held elections, officials in Brazzaville said.'), 'Congo'), ['COG']);
  const both = code('The Republic of the Congo accused the Democratic Republic of the Congo of shelling.');
  assert.deepEqual(actorsOf(both, 'Republic of the Congo'), ['COG']);
  assert.deepEqual(actorsOf(both, 'Democratic Republic of the Congo'), ['COD']);
});

test('"Congolese" with nothing in the article to place it is the larger Congo, the DRC', () => {
  assert.deepEqual(actorsOf(code('Congolese refugees crossed into Uganda.'), 'Congolese refugees'), ['CODREF']);
  assert.deepEqual(actorsOf(code('Congolese troops paraded in Brazzaville.'), 'Congolese troops'), ['COGMIL']);
});

test('a group sent somewhere is not of that place; a group found there is', () => {
  assert.deepEqual(actorsOf(code('Chile agreed to deploy troops in Haiti.'), 'troops in Haiti'), []);
  assert.deepEqual(actorsOf(code('Chile agreed to deploy troops in Haiti.'), 'Haiti'), ['HTI']);
  assert.deepEqual(actorsOf(code('On Monday, lawmakers in Ghana rejected the budget.'), 'lawmakers in Ghana'), ['GHALEG']);
});

test('historical and former names code to their own or their successor state', () => {
  const res = code('Burma released prisoners. The Soviet Union and Czechoslovakia protested, as did Zaire.', '1989-05-01');
  assert.deepEqual(actorsOf(res, 'Burma'), ['MMR']);
  assert.deepEqual(actorsOf(res, 'Soviet Union'), ['SUN']);
  assert.deepEqual(actorsOf(res, 'Czechoslovakia'), ['CSK']);
  assert.deepEqual(actorsOf(res, 'Zaire'), ['COD']);
});

test('seats of government stand for their countries', () => {
  const res = code('The Kremlin rejected the claim. Downing Street and the Elysee welcomed it. Foggy Bottom said nothing.');
  assert.deepEqual(actorsOf(res, 'Kremlin'), ['RUS']);
  assert.deepEqual(actorsOf(res, 'Downing Street'), ['GBR']);
  assert.deepEqual(actorsOf(res, 'Elysee'), ['FRA']);
  assert.deepEqual(actorsOf(res, 'Foggy Bottom'), ['USA']);
});

test('an ethnic group is coded by the country it lives in, not by the state its name comes from', () => {
  assert.deepEqual(actorsOf(code('Ethnic Serbs in Kosovo rallied against the government.'), 'Serbs'), ['XKX']);
  const res = code('On Monday, ethnic Hungarian farmers in Slovakia blocked roads.');
  assert.deepEqual(res.entities.filter((e) => e.mentions.some((m) => m.text.includes('Hungarian'))).map((e) => e.actor), ['SVKAGR']);
  assert.deepEqual(actorsOf(code('Ethnic Armenians gathered for the ceremony.'), 'Armenians'), []);
});

test('a nationality adjective naming a language is not the country', () => {
  assert.deepEqual(actorsOf(code('The court cancelled limits on the Polish language in schools.'), 'Polish'), []);
  assert.deepEqual(actorsOf(code('Polish officials cancelled the limits.'), 'Polish officials'), ['POLGOV']);
});

test('a group takes the country it belonged to on the article date', () => {
  assert.deepEqual(actorsOf(code('The SPLM signed a ceasefire with Khartoum.', '2004-06-01'), 'SPLM'), ['SDNREB']);
  assert.deepEqual(actorsOf(code('The SPLM won the vote in Juba.', '2015-06-01'), 'SPLM'), ['SSDPTY']);
});

test('in an undated article a title and a surname name a known person only when the title is an office they held', () => {
  const names = (text: string) => testReadout().code({ text }).entities.map((e) => e.name);
  assert.ok(!names('Dr. Jones met the board on Friday.').includes('James L. Jones'));
  assert.ok(names('President Mattarella met the board on Friday.').includes('Sergio Mattarella'));
});

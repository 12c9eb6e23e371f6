import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const summary = (text: string, date?: string) =>
  code(text, date).events.map((e) => `${e.cameo} ${e.source.code}>${e.target?.code ?? '-'}`);

test('active voice: source is the subject, target the first actor after the trigger', () => {
  assert.deepEqual(summary('The European Union imposed sanctions on Belarus on Monday.'), ['163 IGOEEC>BLR']);
});

test('passive voice takes the agent after "by" as the source', () => {
  assert.deepEqual(summary('Japan was criticized by South Korea on Friday.'), ['111 KOR>JPN']);
});

test('a nominal event takes its possessor as the source', () => {
  assert.deepEqual(summary('Moscow denounced the U.S. imposition of sanctions against Iran.'), ['111 RUS>USA', '163 USA>IRN']);
});

test('coordinated subjects make one event each, partners of each other', () => {
  assert.deepEqual(summary('India and Pakistan agreed to observe a ceasefire.', '2021-02-25'), ['0871 IND>PAK', '0871 PAK>IND']);
});

test('negation and questions are not coded as facts', () => {
  assert.deepEqual(summary('Japan did not agree to lift sanctions on North Korea.'), []);
  assert.deepEqual(summary('Will China criticize Japan?'), []);
});

test('a future or intended act is coded as the intention, a threatened attack as a threat', () => {
  assert.deepEqual(summary('Motegi and Kang are expected to meet in Nagoya.'), ['036 JPNGOV>KORGOV', '036 KORGOV>JPNGOV']);
  assert.deepEqual(summary('Russia threatened to attack Ukraine.'), ['138 RUS>UKR']);
});

test('an actor is not its own target', () => {
  assert.deepEqual(summary('China urged adoption of China’s peace plan.'), ['020 CHN>-']);
});

test('the same event told twice is one event with two pieces of evidence', () => {
  const res = code('France condemned Iran. Later, France condemned Iran again.');
  assert.equal(res.events.length, 1);
  assert.equal(res.events[0].evidence.length, 2);
  assert.equal(res.events[0].rule, 'disapprove.criticize');
});

test('an event takes the date named in its sentence, else the article date', () => {
  const res = code('Japan criticized China on Tuesday. France praised Germany.', '2017-09-01');
  assert.deepEqual(res.events.map((e) => e.date), ['2017-08-29', '2017-09-01']);
});

test('coordinated targets make one event each; an appositive is not a second subject', () => {
  assert.deepEqual(summary('France condemned Iran, Syria and the Netherlands.'), ['111 FRA>IRN', '111 FRA>SYR', '111 FRA>NLD']);
  assert.deepEqual(summary('In Moscow, the Russian Defence Ministry rejected Turkish claims.'), ['120 RUSGOV>TUR']);
});

test('an actor after a comma that starts a new clause is not the target', () => {
  assert.deepEqual(summary('Protesters attacked the embassy, a senior Belgian official said.'), []);
});

test('calling off a strike with no named target is aimed at the own government', () => {
  assert.deepEqual(summary('The Ghanaian Union of Journalists called off its strike on Monday.'), ['082 GHA>GHAGOV']);
});

test('forcing an organisation out of a country is an expulsion, also past an apposed name', () => {
  assert.deepEqual(summary('Khartoum forced the UN children\'s agency, UNICEF, out of the country last year.'), ['166 SDN>IGOUNO']);
  assert.deepEqual(summary('Khartoum forced the NATO mission out of the capital.'), ['166 SDN>IGONAT']);
});

test('whom a protest is against wins over the place where it is held', () => {
  assert.deepEqual(summary('French students demonstrated in Paris on Monday against the Chinese government.'), ['141 FRAEDU>CHNGOV']);
  assert.deepEqual(summary('Thousands of people demonstrated in Minsk in defiance of the Belarusian authorities.'), ['141 BLRCVL>BLRGOV']);
});

test('a plain refusal with no one named is aimed at no one, not at the refuser\'s own country', () => {
  assert.deepEqual(summary('Jordan says it will not accept any more refugees.'), ['120 JOR>-']);
});

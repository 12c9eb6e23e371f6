import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const summary = (text: string) => code(text, '2020-05-01').events.map((e) => `${e.cameo} ${e.source.code}>${e.target?.code ?? '-'}`);

test('a name before a comma is not coordinated with the subject unless a list ends in "and"', () => {
  assert.deepEqual(summary('Unlike Spain, France condemned Iran.'), ['111 FRA>IRN']);
  assert.deepEqual(summary('Chile, Peru and Bolivia condemned Iran.').length, 3);
});

test('a verb with a subject of its own that is no actor takes no earlier actor as source', () => {
  assert.deepEqual(summary('France said the new law has "condemned" Iran.'), []);
  assert.deepEqual(summary('France issued a statement: the committee condemned Iran.'), []);
  // An -ing verb after a noun describes the noun: the deal, not the broker, establishes ties.
  assert.ok(!summary('The United States brokered a deal establishing diplomatic relations between Israel and Morocco.').some((e) => e.startsWith('054 USA')));
});

test('a verb after "and" shares the subject of the verb before it, even a pronoun that is no actor', () => {
  assert.deepEqual(summary('Chinese officials confirmed it has infected 200 people in Wuhan and killed three people.'), []);
  assert.deepEqual(summary('Russia invaded Ukraine and killed three people.'), ['192 RUS>UKR', '1823 RUS>-']);
});

test('a clause of time after the trigger holds no target', () => {
  assert.deepEqual(summary('Chile visited the hospital while Peru watched.'), []);
});

test('a city named with "in" after a group noun is where the group met, a country is the group\'s own', () => {
  assert.deepEqual(summary('Foreign ministers in Cairo denounced Turkey.'), []);
  assert.deepEqual(summary('Opposition groups in Zimbabwe denounced Britain.'), ['111 ZWE>GBR']);
});

test('no target is taken from "according to" or a relative clause after a comma', () => {
  assert.deepEqual(summary('Chile and Peru signed an agreement, according to which Bolivia would get a port.'), ['057 CHL>PER', '057 PER>CHL']);
});

test('alleged and claimed acts are not coded as facts', () => {
  assert.deepEqual(summary('A Kenyan man was charged with allegedly supplying weapons to Somalia.'), []);
  assert.deepEqual(summary('The newspaper claims France attacked Mali.'), []);
  assert.deepEqual(summary('Russia claimed to have killed Ukrainian soldiers.'), []);
  // The accusation itself is an event; the act it names is not.
  assert.deepEqual(summary('Canada accused Iran of attacking Iraq.'), ['112 CAN>IRN']);
});

test('a trigger word inside a capitalised name is no act', () => {
  assert.ok(!summary('Police cleared the Peace Park Organized Protest in Seattle.').some((e) => e.startsWith('14')));
});

test('opening access needs a party it is opened to', () => {
  assert.deepEqual(summary('Nigeria granted ballot access to the new party.'), []);
  assert.deepEqual(summary('Israel allowed access to Lebanon.'), ['0863 ISR>LBN']);
});

test('"was met with" is a reception, not a meeting', () => {
  assert.deepEqual(summary('The Chilean president was met with applause today upon telling journalists that Peru won.'), []);
  assert.deepEqual(summary('The Chilean president met with Peru.'), ['040 CHLGOV>PER']);
});

test('a country before "that" after "in" only places the noun the relative clause is about', () => {
  assert.deepEqual(summary('Officials studied the bombing in Syria that killed ten soldiers.'), []);
  assert.deepEqual(summary('Syria killed ten soldiers.'), ['1823 SYR>-']);
});

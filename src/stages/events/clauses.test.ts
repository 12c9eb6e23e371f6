import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const summary = (text: string) =>
  code(text).events.map((e) => `${e.cameo} ${e.source.code}>${e.target?.code ?? '-'}`);

test('"said X must ..." is a demand on X, not an act of X', () => {
  assert.deepEqual(summary('Norway said on Monday that Sweden must release the detained fishermen.'), ['100 NOR>SWE']);
});

test('an act demanded of someone is not coded as done, and its target is the subject of the "that" clause', () => {
  const events = summary('The ILO reiterated its demand that Qatar ease restrictions on migrant workers.');
  assert.deepEqual(events, ['100 IGOUNO>QAT']);
});

test('a future act conditioned with "unless" is an ultimatum; the condition itself is not a fact', () => {
  assert.deepEqual(summary('Peru announced that it will boycott the summit unless Chile withdraws its troops.'), ['139 PER>CHL']);
});

test('a threat takes the party named in its condition as target', () => {
  assert.deepEqual(summary('Iran threatened to launch an offensive unless Baghdad accepted its terms.'), ['138 IRN>IRQ']);
});

test('acts done to a place take the country or city after "in" as target', () => {
  assert.deepEqual(summary('Chile, a close trading partner of the European Union and Japan, has refused to deploy peacekeepers in Haiti.'), ['1224 CHL>HTI']);
});

test('a protest with no named target is aimed at the protesters\' own government', () => {
  assert.deepEqual(summary('Opposition activists in Ghana staged rallies.'), ['141 GHA>GHAGOV']);
});

test('welcoming a statement of another country is praise, not hosting', () => {
  assert.deepEqual(summary('Estonia welcomed Finland\'s decision.'), ['051 EST>FIN']);
});

test('the subject reaches past "along with ...", a possessive apposition and a name as head noun', () => {
  assert.deepEqual(summary('Brazil along with its neighbours condemned Venezuela.'), ['111 BRA>VEN']);
  assert.deepEqual(summary('Maria Lopez, Peru\'s leading environmental campaigner, criticized Brazil.'), ['111 PER>BRA']);
  assert.deepEqual(summary('Iraqi Kurds sought refuge in Germany.'), ['023 IRQ>DEU']);
});

test('a protest against an act takes the act\'s agent as target', () => {
  assert.deepEqual(summary('Greek students staged rallies against the expulsion of migrants by the Italian government.'), ['141 GRCEDU>ITAGOV']);
});

test('an actor after a comma that reports the event is not its target', () => {
  assert.deepEqual(summary('Kenya signed a trade agreement with Uganda on Monday, the BBC reported.'), ['057 KEN>UGA']);
  assert.deepEqual(summary('Greek farmers staged rallies against new fuel taxes, the BBC reported.'), ['141 GRCAGR>GRCGOV']);
});

test('what someone denied is not a fact; forces demobilized are the ones who de-escalate', () => {
  assert.deepEqual(summary('Chile denied that its troops attacked Bolivia.'), ['016 CHL>-']);
  assert.deepEqual(summary('Officials said that lifting the sanctions on Iran would reward Tehran.'), []);
  assert.deepEqual(summary('Most rebel units in Chad have been demobilized.'), ['0873 TCD>-']);
});

test('a participle after "have" that the tagger reads as a noun is still the verb', () => {
  assert.deepEqual(summary('Myanmar troops have retaken a town near the border with Thailand.'), ['192 MMRMIL>-']);
});

test('what an appeal or proposal asks for is not coded as done or intended', () => {
  assert.deepEqual(summary('Colombia rejected a proposal from Venezuela for signing a border treaty.'), ['120 COL>VEN']);
  assert.deepEqual(summary('Serbia dismissed an appeal from Croatia to withdraw its troops.'), ['120 SRB>HRV']);
});

test('in a relative clause the subject is the antecedent, not an earlier actor', () => {
  assert.deepEqual(summary('Hungary said it will support a resolution that aims to tighten sanctions and impose a naval blockade against Serbia.'), []);
  assert.deepEqual(summary('Israel, which has vowed to destroy Hamas, attacked Gaza.'), ['138 ISR>PSEREB', '190 ISR>PSE']);
  assert.deepEqual(summary('Sudan must return a helicopter that was captured by Chad last week.'), []);
});

test('coordinated subjects holding talks are each other\'s partners; one subject alone is not coded', () => {
  assert.deepEqual(summary('Japan and South Korea held talks in Seoul.'), ['040 JPN>KOR', '040 KOR>JPN']);
  assert.deepEqual(summary('Japan held talks on Iran.'), []);
});

test('in the passive, a rule\'s object words are looked for before the verb', () => {
  assert.deepEqual(summary('A camp for Sudanese refugees was attacked by Chadian militiamen.'), ['180 TCDUAF>SDNREF']);
});

test('a rejection with no named target is aimed at the rejecting side\'s own country', () => {
  assert.deepEqual(summary('The Norwegian fisheries minister declined to resign.'), ['1231 NOR>NOR']);
});

test('an actor in an "in" phrase after the subject noun modifies it: the noun phrase\'s head acts', () => {
  const [event] = summary('Jewish settlers in the Jordan Valley town of Jericho set fire to the offices of Palestinian officials.');
  assert.match(event, /^\d+ ISRSET>PSE/);
});

test('a plain prepositional phrase may stand between a subject and its verb', () => {
  assert.deepEqual(summary('Kenyans from across the country protested the new tax.'), ['141 KEN>KENGOV']);
});

test('a participle inside a noun phrase is an adjective, not an act', () => {
  assert.deepEqual(summary('Farmers in Kenya marched against the newly imposed curfew.').filter((e) => e.startsWith('17')), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, testReadout } from '../../testing/readout.js';

type Result = ReturnType<typeof code>;
/** The kind and rule of the entity mentioned as `text`. */
const kindOf = (res: Result, text: string) => {
  const e = res.entities.find((x) => x.mentions.some((m) => m.text === text));
  return e ? `${e.kind} ${e.mentions.find((m) => m.text === text)!.rule}` : null;
};

test('a place followed by a score, a playing role or a rival is a sports side, everywhere in the story', () => {
  const res = code('Sussex 301-6 , Kent 250 all out.\n\nThe rain came as Sussex pressed for victory.\n\nKent captain Jo Pember was out for 12.');
  assert.equal(kindOf(res, 'Kent'), 'organization actors.team');
  assert.equal(kindOf(res, 'Sussex'), 'organization actors.team');
});

test('a place before a date is where the story was filed, even when a side of that name plays in it', () => {
  const doc = testReadout().annotate({ id: 't', text: 'MADRID 1996-08-30\n\nMADRID 2 SEVILLA 1\n\nTalks resume on July 15 .', verbatim: true });
  const kinds = (doc.mentions ?? []).map((m) => `${doc.text.slice(m.start, m.end)}:${doc.entities![m.entity].kind}`);
  assert.deepEqual(kinds, ['MADRID:country', 'MADRID:organization', 'SEVILLA:organization']);
});

test('names in capitals match the gazetteer as names, acronyms as written', () => {
  const res = code('FLOODS HIT SOUTH AFRICA AS NATO MEETS');
  assert.equal(res.entities.find((e) => e.mentions.some((m) => m.text === 'SOUTH AFRICA'))?.actor, 'ZAF');
  assert.ok(res.entities.some((e) => e.mentions.some((m) => m.text === 'NATO')));
});

test('initials, a bracketed country or a speech verb make an unknown name a person', () => {
  const res = code('Results: 1. Tomas Verhulst ( Belgium ) 13.2 seconds.\n\nR. Calloway made 80 before lunch.\n\nMeanwhile Brandauer said he would stay.');
  assert.equal(kindOf(res, 'Tomas Verhulst'), 'person actors.name.shape');
  assert.equal(kindOf(res, 'R. Calloway'), 'person actors.name.shape');
  assert.equal(kindOf(res, 'Brandauer'), 'person actors.name.shape');
});

test('two proper nouns inside a sentence name a person; a known surname then refers to them', () => {
  const res = code('The award went to Ilse Quandtmeyer on Monday. Quandtmeyer thanked the jury.');
  const e = res.entities.find((x) => x.name === 'Ilse Quandtmeyer');
  assert.equal(e?.kind, 'person');
  assert.ok(e?.mentions.some((m) => m.text === 'Quandtmeyer' && m.rule === 'actors.surname.article'));
});

test('known companies, competitions and faiths are entities without an actor code', () => {
  const res = code('Pirelli shares rose before the World Cup, Moslem leaders said.');
  assert.equal(kindOf(res, 'Pirelli'), 'organization actors.name');
  assert.equal(kindOf(res, 'World Cup'), 'other actors.name');
  assert.equal(kindOf(res, 'Moslem'), 'other actors.name');
});

test('an unknown name ending in an event word is an event, one starting with a place and ending in a club word a club', () => {
  const res = code('He won the Lisbon Invitational and later joined Lisbon United.');
  assert.equal(kindOf(res, 'Lisbon Invitational'), 'other actors.name.shape');
  assert.equal(kindOf(res, 'Lisbon United'), 'organization actors.name.shape');
});

test('names listed with a sports side are sides too, unless they are people', () => {
  const res = code('Kent 250-6 declared.\n\nEssex , Kent and Sussex all closed in on victory, said Graham Oakes , Kent coach.');
  assert.equal(kindOf(res, 'Essex'), 'organization actors.team');
  assert.equal(kindOf(res, 'Sussex'), 'organization actors.team');
  assert.equal(kindOf(res, 'Graham Oakes'), 'person actors.name.shape');
});

test('a nationality before an unknown name is split off it; regions without a country are places', () => {
  const res = code('The title went to Brazilian Rogerio Maltacca in the Middle East.');
  assert.equal(kindOf(res, 'Brazilian'), 'country actors.adjective');
  assert.equal(kindOf(res, 'Rogerio Maltacca'), 'person actors.name.shape');
  assert.equal(kindOf(res, 'Middle East'), 'location actors.name');
});

test('a word listed after a person or said by someone is a person; days and plural nouns are not', () => {
  const res = code('The squad is Tom Hadley , Breenan and Ostrowick . Traders said prices fell, said Lebrov on Friday.');
  assert.equal(kindOf(res, 'Breenan'), 'person actors.name.shape');
  assert.equal(kindOf(res, 'Ostrowick'), 'person actors.name.shape');
  assert.equal(kindOf(res, 'Lebrov'), 'person actors.name.shape');
  assert.equal(kindOf(res, 'Traders'), null);
  assert.equal(kindOf(res, 'Friday'), null);
});

test('an organ named without a country and a competition in capitals are still names', () => {
  assert.equal(kindOf(code('The Commerce Department said sales rose.'), 'Commerce Department'), 'organization actors.name');
  assert.equal(kindOf(code('TENNIS - RESULTS FROM THE U.S. OPEN .'), 'U.S. OPEN'), 'other actors.name');
});

test('a one-word name owning what only people own is a person, before a straight or a curly apostrophe', () => {
  assert.equal(kindOf(code("Zorvath's attorney said the case was closed."), 'Zorvath'), 'person actors.name.shape');
  assert.equal(kindOf(code('Zorvath’s wife said the case was closed.'), 'Zorvath'), 'person actors.name.shape');
  assert.equal(kindOf(code("Zorvath's shares fell."), 'Zorvath'), null);
});

test('a name heading a law or a document is no person', () => {
  const res = code('Years after passage of the Voting Rights Act, his record is mixed.');
  assert.equal(res.entities.some((e) => e.kind === 'person'), false);
});

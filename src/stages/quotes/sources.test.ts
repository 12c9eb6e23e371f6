import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasSourceCue as has, sourceCues } from '../../testing/readout.js';

test('a list of subjects joined by "and" is one source', () => {
  has('The farmers, traders and local officials have been demanding that the road be repaired.', 'The farmers, traders and local officials', 'have been demanding');
});

test('a participle before the subject noun belongs to it', () => {
  has('In the valley, where retired engineers say the dam is weak, repairs began.', 'retired engineers', 'say');
});

test('the source keeps the first apposition when a second describes its last noun', () => {
  has('Maria Lopez, the mayor of Toledo, one of the cities hit by the storm, said the roads were closed.', 'Maria Lopez, the mayor of Toledo,', 'said');
  has('Tom Reed, head of the Farmers Union, which represents growers, said the harvest was poor.', 'Tom Reed, head of the Farmers Union,', 'said');
  has('Rep. Tom Smith, a Democrat, the ranking member, said the bill would fail.', 'Rep. Tom Smith, a Democrat, the ranking member,', 'said');
  has('The ministry will review the rules, according to a statement Friday.', 'a statement Friday', 'according to');
});

test('a relative clause that reports something of its own is not part of the source', () => {
  has('"The plan is sound," said Mr. Ortega, who stressed that the budget would balance.', 'Mr. Ortega', 'said');
  has('"The plan is sound," said Mr. Ortega, who stressed that the budget would balance.', 'who', 'stressed');
});

test('a name after a noun of saying or of time starts the source', () => {
  has('The budget grows, according to a speech Mrs. Lopez delivered in Toledo.', 'Mrs. Lopez', 'according to');
  has('It was the second time Greenpeace said the ship had left port.', 'Greenpeace', 'said');
  has('Fox host Peter Moss said the show would end.', 'Fox host Peter Moss', 'said');
});

test('negation, adjective objects and plural possessives stay in the source', () => {
  has('Not everyone believes that the bridge is safe.', 'Not everyone', 'believes');
  has('Those close to the mayor say that she will resign.', 'Those close to the mayor', 'say');
  has("Nurses' union endorses the mayor.", "Nurses' union", 'endorses');
});

test('the possessor of a claim is its source, not the phrase it sits in', () => {
  has('The paper published a review of Lopez\'s claim that the bridge was safe.', "Lopez's", 'claim');
});

test('a list before a verb the tagger reads as a noun is one source', () => {
  has('Russia backs the government as the United States, Britain and France support some opposition groups.', 'the United States, Britain and France', 'support');
});

test('a relative clause with auxiliaries, a participle with its agent and a plural possessive belong to the subject', () => {
  has('Insurance companies that had covered the mine agreed to release the funds.', 'Insurance companies that had covered the mine', 'agreed');
  has('The mother of a boy badly injured by the storm urged that the shelter stay open.', 'The mother of a boy badly injured by the storm', 'urged');
  has("The union's complaint to the Court of Appeals' Board on Ethics says the judge erred.", "The union's complaint to the Court of Appeals' Board on Ethics", 'says');
});

test('a remark in brackets after an inverted cue is no part of the source', () => {
  has('"The tax is a mistake," said Mr. Ortega (a view shared by everyone I asked).', 'Mr. Ortega', 'said');
});

test('a circumstance between a subordinate subject and its verb', () => {
  has('The mayor has been silent since Lopez, at the hearing, cited figures the council had ignored.', 'Lopez', 'cited');
});

test('"Say" opening a sentence means "suppose", not a name', () => {
  has('Say Canada demanded that the border be closed.', 'Canada', 'demanded');
});

test('a passive cue found without its source takes the agent', () => {
  has('The mayor — a former nurse — has been called a fraud by fellow doctors for promoting false cures.', 'fellow doctors', 'has been called');
});

test('a relative clause that reports inside a source is a quote of its own', () => {
  has('Ms. Lopez, who understood that the council would object, told her aides to wait.', 'who', 'understood');
  has('Ms. Lopez, who understood that the council would object, told her aides to wait.', 'Ms. Lopez', 'told');
});

test('an irregular participle makes a passive cue whose agent is the source', () => {
  const res = sourceCues('A different version of the story was being told by the Herald.');
  assert.ok(res.some(([s, c]) => s === 'the Herald' && (c ?? '').startsWith('was being told')), JSON.stringify(res));
  assert.ok(!res.some(([s]) => s === 'A different version of the story'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf as refs } from '../../testing/readout.js';

test('"X said (that) it/they …": the pronoun opening a reported clause is its speaker', () => {
  const [it] = refs('The Chinese Foreign Ministry said it would respond firmly.', 'it');
  assert.equal(it?.name, 'Chinese Foreign Ministry');
  assert.equal(it?.rule, 'actors.pronoun.reported');
  const [they] = refs('Iraqi troops said on Monday that they had retaken the town.', 'they');
  assert.equal(they?.name, 'Iraqi troops');
});

test('number agreement: a country is "it", not "they"', () => {
  assert.equal(refs('Germany said they would respond.', 'they').length, 0);
  assert.equal(refs('Iraqi troops said it would respond.', 'it').length, 0);
});

test('a possessive in the clause of a fitting subject is that subject\'s', () => {
  const [its] = refs('China said its troops would stay.', 'its');
  assert.equal(its?.name, 'China');
  assert.equal(its?.rule, 'actors.pronoun.possessive-subject');
});

test('"them" is not the subject of its own verb; the one plural group before it is', () => {
  const [them] = refs('Republicans blocked the nomination, prompting Democrats to accuse them of obstruction.', 'them');
  assert.equal(them?.name, 'Republicans');
});

test('"it" as a plain subject or object stays open: mostly a thing or "it is"', () => {
  assert.equal(refs('Germany rejected the plan. It is unclear what happens next.', 'It').length, 0);
  assert.equal(refs('Germany drafted a plan and France rejected it.', 'it').length, 0);
});

test('"they" opening a sentence stays open when a plural noun between could be meant', () => {
  assert.equal(refs('Iraqi troops fought the rebels near the border. They retreated.', 'They').length, 0);
  const [they] = refs('Iraqi troops entered the town on Monday. They met little resistance.', 'They');
  assert.equal(they?.name, 'Iraqi troops');
});

test('"they" in a later clause continues a plural subject; "it" opening a sentence with a verb continues a collective subject', () => {
  const [they] = refs('Iraqi troops entered the town on Monday, and they met little resistance.', 'they');
  assert.equal(they?.name, 'Iraqi troops');
  assert.equal(they?.rule, 'actors.pronoun.subject');
  const [it] = refs('NATO held a summit in Brussels. It also approved a new budget.', 'It');
  assert.equal(it?.name, 'NATO');
  assert.equal(it?.rule, 'actors.pronoun.previous-subject');
});

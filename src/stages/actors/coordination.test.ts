import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf as refs } from '../../testing/readout.js';

test('"they" reported by a coordinated subject names its first actor', () => {
  const [they] = refs('Russia and China said they oppose the plan.', 'they');
  assert.equal(they?.name, 'Russia');
  assert.equal(they?.rule, 'actors.pronoun.coordinated');
  const [group] = refs('Still, Angela Merkel and several other leaders said that they backed the deal.', 'they');
  assert.equal(group?.name, 'Angela Merkel');
});

test('"their" after a coordinated subject is the group\'s', () => {
  const [their] = refs('France and Germany raised their concerns with Iran.', 'their');
  assert.equal(their?.name, 'France');
});

test('a coordination after a preposition is no subject, and a singular pronoun never takes one', () => {
  assert.equal(refs('Officials from France and Germany said they would meet.', 'they').length, 0);
  assert.equal(refs('Russia and China said it opposes the plan.', 'it').length, 0);
});

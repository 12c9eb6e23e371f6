import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testReadout } from '../../testing/readout.js';

/** Stances toward actors as "holder polarity target rule", for text with optional marked names. */
function toward(text: string, marked: string[] = []) {
  const names = marked.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return testReadout().code({ text, date: '2019-11-20', names }).stances
    .filter((s) => s.target)
    .map((s) => `${s.holder.name} ${s.polarity} ${s.target!.name} ${s.rule}`);
}

test('a gerund the tagger reads as a noun is still the verb of its phrase', () => {
  assert.deepEqual(toward('The post had Hallbeck bragging about voting for Varnes.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.verb.nearby.support']);
});

test('coordinated action nouns share their owner', () => {
  assert.deepEqual(toward("Hallbeck's hard work and loyalty to Varnes never wavered.", ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.noun.possessor.support']);
});

test('support given "in support of", "behind" a target, or "by" a holder "of" a target', () => {
  assert.deepEqual(toward('Germany came out in support of France.'), ['Germany support France stance.actor.noun.subject.support']);
  assert.deepEqual(toward('Germany threw its support behind France.'), ['Germany support France stance.actor.noun.possessor.subject.support']);
  assert.deepEqual(toward('The endorsement by Hallbeck of Varnes surprised many.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.noun.by.support']);
});

test('the object of an appointment may take a title; a name restating an owned noun is the object', () => {
  assert.deepEqual(toward('Hallbeck appointed Varnes ambassador last year.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.verb.support']);
  // The restated rival is also a stance of its own: a rival opposes the one whose rival it is.
  assert.deepEqual(toward("Hallbeck endorsed Varnes's rival, Dorrin, on Monday.", ['Hallbeck', 'Varnes', 'Dorrin']),
    ['Hallbeck support Dorrin stance.actor.verb.support', 'Dorrin oppose Varnes stance.actor.agent.title.oppose']);
});

test('a participle describing a noun, a participle of change and an adverbial "with the support of" make no stance', () => {
  assert.deepEqual(toward('Hallbeck, the recently appointed envoy of Germany, spoke.', ['Hallbeck']), []);
  assert.deepEqual(toward('Germany has doubts, and growing support for France worries its leaders.'), []);
  assert.deepEqual(toward('The deal was impossible to reach without the support of Russia, Germany said.'), []);
});

test('a supporting cue after "wrong to" or "ceased to" is negated', () => {
  assert.deepEqual(toward('Hallbeck said he was wrong to trust Varnes.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.verb.controlled.support.negated']);
});

test('"have" and a mistagged noun carry support; of two cues as long the adjective wins', () => {
  assert.deepEqual(toward('Germany had high praise for France.'), ['Germany support France stance.actor.noun.subject.support']);
  assert.deepEqual(toward('France has the backing of Germany.'), ['Germany support France stance.actor.noun.of.subject.support']);
  assert.deepEqual(toward('France received a warm welcome from Germany.'), ['Germany support France stance.actor.noun.from.subject.support']);
  assert.deepEqual(toward('Germany has long been allied with France.'), ['Germany support France stance.actor.adjective.support']);
});

test('coming to an owner\'s aid supports the owner', () => {
  assert.deepEqual(toward("Germany rushed to France's defense."), ['Germany support France stance.actor.noun.to.owner.support']);
  assert.deepEqual(toward("Germany ignored France's attacks."), ['France oppose Germany stance.actor.noun.possessor.subject.oppose']);
});

test('members named with an agent noun: "among", "including", "such as", "and other"', () => {
  assert.deepEqual(toward("Hallbeck is among Varnes's most loyal supporters.", ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.agent.copula.support']);
  assert.deepEqual(toward("Many supporters of Varnes, including Hallbeck, gathered.", ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.agent.title.support']);
  assert.deepEqual(toward('Hallbeck and other Varnes supporters gathered.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.agent.other.support']);
  // A verb ends the agent noun's phrase: the actor after it is no target.
  assert.deepEqual(toward('Hallbeck and other advocates of reform say Varnes will visit.', ['Hallbeck', 'Varnes']), []);
});

test('a verb form the tagger reads as a noun or adjective after its subject\'s name is still the verb', () => {
  assert.deepEqual(toward('Germany thanks France.'), ['Germany support France stance.actor.verb.nearby.support']);
  assert.deepEqual(toward("Germany's thanks to France came late."), ['Germany support France stance.actor.noun.possessor.support']);
});

test('"whose" owns for the name before it; auxiliaries may separate a copula from its subject', () => {
  assert.deepEqual(toward('Hallbeck, whose support for Varnes is well known, spoke.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.noun.possessor.support']);
  assert.deepEqual(toward('Varnes, whose critics include Hallbeck, spoke.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.agent.title.oppose']);
  assert.deepEqual(toward('Germany has been a great help to France.'), ['Germany support France stance.actor.noun.copula.support']);
});

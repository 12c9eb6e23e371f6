import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testReadout } from '../../testing/readout.js';

/** Stances toward actors as "holder polarity target", for text with marked names. */
function toward(text: string, marked: string[] = []) {
  const names = marked.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return testReadout().code({ text, date: '2019-11-20', names }).stances
    .filter((s) => s.target)
    .map((s) => `${s.holder.name} ${s.polarity} ${s.target!.name}`);
}

test('the content clause of an accusing noun names the accused', () => {
  assert.deepEqual(toward('Hallbeck made the accusation that Varnes was rigging the vote.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
  assert.deepEqual(toward("Hallbeck's allegation that Varnes lied was rejected.", ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
  // A relative clause whose subject lodges the charge names the accuser, not the accused.
  assert.deepEqual(toward('Hallbeck denied the charges that Varnes filed.', ['Hallbeck', 'Varnes']).filter((s) => s.startsWith('Hallbeck oppose')), []);
});

test('an actor modifying a measure noun is who it falls on; its owner imposes it', () => {
  assert.deepEqual(toward("Hallbeck defended his proposed Varnes ban.", ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
  assert.deepEqual(toward('Germany imposed the Iran embargo.'), ['Germany oppose Iran']);
  // Judging the measure is no stance toward whom it falls on.
  assert.deepEqual(toward('Germany criticized the Iran sanctions.').filter((s) => s === 'Germany oppose Iran'), []);
});

test('an adjective of anger with a clause is held toward the actor the clause names', () => {
  assert.deepEqual(toward('Hallbeck was furious that Varnes won the vote.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
});

test('a gerund read as a noun after a preposition is still a verb cue', () => {
  assert.deepEqual(toward('Hallbeck answered by beating Varnes on a breakaway.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
});

test('objects restated after a long noun phrase or named through an unresolved member', () => {
  assert.deepEqual(toward("Hallbeck charged the couple's 17-year-old son, Varnes, with murder.", ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
  assert.deepEqual(toward('Hallbeck assailed Justice Ann Morrow Pell of the Supreme Court on Monday.', ['Hallbeck', 'Supreme Court']), ['Hallbeck oppose Supreme Court']);
});

test('judging one\'s own support a fault negates it', () => {
  assert.deepEqual(toward('Hallbeck says he was wrong to trust Varnes.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
});

test('a title noun followed by "general" still heads the subject phrase', () => {
  assert.deepEqual(toward('A report by the Hallbeck inspector general is harshly critical of Varnes.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
});

test('a verb the tagger stemmed too far and an owned agent noun read as an adjective are still cues', () => {
  assert.deepEqual(toward('Hallbeck was fined by Varnes.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
  assert.deepEqual(toward("Hallbeck is Varnes's rival.", ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
});

test('"by" and a gerund give the means of the verb before them', () => {
  assert.deepEqual(toward('Hallbeck won the title by defeating Varnes in the final.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
  assert.deepEqual(toward('Hallbeck faced a revolt by Varnes.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
});

test('the owner of an act suffered is its target; an agent after "by" holds it', () => {
  assert.deepEqual(toward("Hallbeck's arrest by Varnes shocked many.", ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
  assert.deepEqual(toward('The firing of Hallbeck by Varnes shocked many.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
  assert.deepEqual(toward("Varnes mourned Hallbeck's murder.", ['Hallbeck', 'Varnes']), []);
  // The subject of the verb governing the act holds it only when the verb is one of doing it.
  assert.deepEqual(toward('Varnes mourned the killing of Hallbeck.', ['Hallbeck', 'Varnes']), []);
  assert.deepEqual(toward('Varnes ordered the killing of Hallbeck.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
  assert.deepEqual(toward('Accusations by Varnes against Hallbeck mounted.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
});

test('a positive adjective grading a negative noun in a quoted verdict only intensifies it', () => {
  assert.deepEqual(toward('"Hallbeck is a great threat," Varnes said.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck']);
});

test('a clause reported with "stated that" is the subject\'s own view', () => {
  assert.deepEqual(toward('Hallbeck once stated that Varnes was incompetent.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes']);
});

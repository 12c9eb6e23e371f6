import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasSourceCue as has, sourceCues } from '../../testing/readout.js';

test('a noun read as an adjective before "of" stays in the subject', () => {
  has('The Harris Survey average of polls taken over the past month shows the mayor ahead.', 'The Harris Survey average of polls taken over the past month', 'shows');
});

test('a role after "as" stays in the subject', () => {
  has('Several lawyers handling suits about her record as governor of the state have cited the coming vote as a reason.', 'Several lawyers handling suits about her record as governor of the state', 'have cited');
});

test('an amount of money is no part of the source after it', () => {
  has('It is far from the $40 million analysts say the campaign needs.', 'analysts', 'say');
});

test('a past tense read as a noun after a time still reports', () => {
  has('The dispute dragged on, though a trade panel in 2004 found the company was at fault.', 'a trade panel', 'found');
});

test('a subject after "after" and one with a passive participle and a time keep their whole phrase', () => {
  has('The debate grew after leaked memos from the 2012 audit show the agency ignored warnings.', 'leaked memos from the 2012 audit', 'show');
  has('A long report being released on Monday by a team of economists shows how the program failed.', 'A long report being released on Monday by a team of economists', 'shows');
});

test('a name word read as a verb stays in the subject', () => {
  has('Lawyers handling Freedom of Information Act cases about the agency have cited the coming vote as a reason.', 'Lawyers handling Freedom of Information Act cases about the agency', 'have cited');
});

test('a participle after a preposition modifies the noun after it', () => {
  has('Spending rose by a third this year, a new review of recently filed budgets shows.', 'a new review of recently filed budgets', 'shows');
});

test('a coordinated subject takes a plural verb read as a noun, and a relative after a dash reports', () => {
  has('When protests flare, Obama and Clinton call them isolated cases.', 'Obama and Clinton', 'call');
  has('The new survey -- which notes that most farmers lost money -- was released on Monday.', 'which', 'notes');
});

test('a plural noun before a relative "that" is no speech verb; the relative clause may report', () => {
  const cues = sourceCues('The agency issued a set of new safety rules that promise to cut crashes by half.');
  assert.ok(!cues.some(([, cue]) => cue === 'rules'));
  has('The agency issued a set of new safety rules that promise to cut crashes by half.', 'a set of new safety rules', 'that promise');
});

test('a nominal cue before a relative "that" reports nothing', () => {
  const cues = sourceCues('The mayor talked about housing, but little in his plan that matches the need is new.');
  assert.ok(!cues.some(([, cue]) => cue === 'plan'));
});

test('a participle with its object before an auxiliary modifies the noun', () => {
  const cues = sourceCues('Farmers worried about rising costs along the river valley might turn to cheaper seed.');
  assert.ok(!cues.some(([, cue]) => cue === 'worried about'));
});

test('a plural noun read as a verb after an adjective heads the subject', () => {
  has('Independent audits agree that the program saved money.', 'Independent audits', 'agree');
  has('Several analyses have found that the tax cut paid for itself.', 'Several analyses', 'have found');
});

test('a bare form after a singular name is a noun in a compound, not the name\'s verb', () => {
  assert.ok(!sourceCues('Fans streamed the new Radio Free show The Hour, and Lee sings a ballad.').some(([, cue]) => cue === 'show'));
});

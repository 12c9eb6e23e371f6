import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes;
const contentOf = (text: string, cue: string) => quotes(text).find((q) => q.cue?.text === cue)?.content.text;

test('a contrasting clause with its own subject is the reporter\'s, after a quotation mark too', () => {
  const content = contentOf('The governor promised lower fees and “better roads,” but she has also raised the tolls on every bridge.', 'promised');
  assert.ok(content?.startsWith('lower fees and “better roads'));
  assert.ok(!content?.includes('tolls'));
  // Inside a quotation still open the words are the speaker's.
  assert.equal(contentOf('The mayor said that the new tax was “a fair deal, but we need more time.”', 'said'), 'that the new tax was “a fair deal, but we need more time.”');
});

test('a participle phrase after the report is a report of its own, even after a closing quotation mark', () => {
  const found = quotes('The senator praised the Kenyan president as a “true partner,” comparing him favorably to his predecessor.');
  assert.ok(!found.find((q) => q.cue?.text === 'praised')?.content.text.includes('comparing'));
  assert.equal(found.find((q) => q.cue?.text === 'comparing')?.content.text, 'him favorably to his predecessor');
});

test('prepositions in -ing keep their phrase in the content', () => {
  assert.equal(contentOf('The minister rejected the plan as unfair, including its cuts to rural schools.', 'rejected'), 'the plan as unfair, including its cuts to rural schools');
  assert.ok(quotes('The rebels said the talks would resume on Monday, according to a mediator.').some((q) => q.cue?.text === 'according to'));
});

test('an absolute phrase with "with" ends what was said', () => {
  assert.equal(contentOf('Analysts examined the bank’s record on lending, with several experts offering harsh assessments.', 'examined'), 'the bank’s record on lending');
});

test('a dash after a quotation in the middle of a sentence names no speaker; after a closed one it may', () => {
  assert.ok(!quotes('The council dismissed the plan as “a fantasy” — a view the governor shares with many voters.').some((q) => q.cue?.text === '—'));
  assert.ok(quotes('The council met on Monday.\n\n“It will never work.” — Jane Doe').some((q) => q.cue?.text === '—' && q.source?.text === 'Jane Doe'));
});

test('a quotation that opens the content ends it before an adverbial clause of the reporter\'s', () => {
  const found = quotes('The spot ends with footage of Senator Smith saying during the debate, “I will fix it,” when his rival attacked him for the deficit.');
  const saying = found.find((q) => q.kind === 'indirect' && q.cue?.text === 'saying');
  assert.ok(saying && !saying.content.text.includes('when'));
  assert.ok(found.some((q) => q.cue?.text === 'attacked'));
});

test('a quotation inside a later sentence of the reporter\'s does not continue the quote before it', () => {
  const found = quotes('“Why did he not pay?” a narrator in the new ad asks. The spot ends with footage of the senator saying during the debate, “That makes me smart,” when his rival blasted him for his taxes.');
  const asks = found.find((q) => q.cue?.text === 'asks');
  assert.ok(asks && !asks.content.text.includes('smart'));
});

test('a later quotation governed by the reporter\'s words does not continue the quote before it', () => {
  const said = quotes('“We need change,” the senator said, arguing that she will bring a “common-sense” approach to the budget.')
    .find((q) => q.cue?.text === 'said');
  assert.ok(said && !said.content.text.includes('common-sense'));
});

test('a contrasting clause whose subject follows a prepositional phrase is the reporter\'s', () => {
  const content = contentOf('The mayor promised lower fees for every family, but in the course of the hearing she admitted that the budget was short.', 'promised');
  assert.ok(content?.startsWith('lower fees'));
  assert.ok(!content?.includes('admitted'));
});

test('a relative clause after its preposition carries a report of its own', () => {
  const found = quotes('Critics attacked the minister’s radio interview, in which she said the army was ready for war.');
  assert.ok(!found.find((q) => q.cue?.text === 'attacked')?.content.text.includes('ready'));
  assert.ok(found.some((q) => q.cue?.text === 'said' && q.content.text === 'the army was ready for war'));
});

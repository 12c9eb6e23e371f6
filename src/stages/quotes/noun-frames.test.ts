import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const triples = (text: string) => code(text, '2019-09-16').quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text, q.rule]);

test('claims in circulation after a preposition are cues with no source', () => {
  const amid = triples('The mayor resigned amid allegations of bribery at the port.');
  assert.ok(amid.some(([s, c, t, r]) => s === null && c === 'allegations of' && t?.startsWith('bribery') && r === 'quotes.indirect.unheld'));
  const by = triples('For years, the company has been dogged by charges that it dumped waste into the river.');
  assert.ok(by.some(([s, c, t]) => s === null && c === 'charges' && t === 'that it dumped waste into the river'));
  const following = triples('Following initial reports of a fire, the police closed the bridge.');
  assert.ok(following.some(([, c, t]) => c === 'initial reports of' && t === 'a fire'));
});

test('a single charge, a relative "that" and an owned claim are not unheld claims', () => {
  const res = triples('He called it a charge that stung. She ignored criminal charges that might follow. It rests on his claims of success.');
  assert.ok(!res.some(([, , , r]) => r === 'quotes.indirect.unheld'));
});

test('warnings from someone name the source and report the "that" clause', () => {
  const res = triples('The vote went ahead despite repeated warnings from his lawyer that the hearing was pointless.');
  assert.ok(res.some(([s, c, t]) => s === 'his lawyer' && c === 'repeated warnings from' && t === 'that the hearing was pointless'));
});

test('"there is" a shared view with a complement is a cue with no source', () => {
  const res = triples('But there was more agreement that the bloc should pool its defence spending.');
  assert.ok(res.some(([s, c, t]) => s === null && c === 'there was more agreement' && t === 'that the bloc should pool its defence spending'));
  const about = triples('There are still plenty of unknowns about the cause of the outage.');
  assert.ok(about.some(([, c, t]) => c === 'plenty of unknowns about' && t === 'the cause of the outage'));
  const none = triples('There are also security concerns.');
  assert.ok(!none.some(([, , , r]) => r === 'quotes.indirect.unheld'));
});

test('being a supporter or critic of something takes a side on it', () => {
  const rel = triples('The judge is a former prosecutor who is a staunch opponent of the death penalty.');
  assert.ok(rel.some(([s, c, t, r]) => s === 'who' && c === 'is a staunch opponent of' && t === 'the death penalty' && r === 'quotes.indirect.side'));
  const opening = triples('A fierce critic of the treaty, the senator voted against it.');
  assert.ok(opening.some(([s, c, t]) => s === 'the senator' && c === 'A fierce critic of' && t === 'the treaty'));
  const plain = triples('Critics of the plan met on Monday.');
  assert.ok(!plain.some(([, , , r]) => r === 'quotes.indirect.side'));
});

test('a noun before claims after a preposition names who made them', () => {
  const res = triples('Despite media pronouncements that the mayor had won the debate, her ratings fell.');
  assert.ok(res.some(([s, c, t]) => s === 'media' && c === 'pronouncements' && t === 'that the mayor had won the debate'));
  const about = triples('Families arrived amid disagreements about where to house them.');
  assert.ok(about.some(([s, c, t]) => s === null && c === 'disagreements about' && t === 'where to house them'));
});

test('a report named by its outlet has the outlet as source', () => {
  const res = triples('The governor is seizing upon a Boston Globe report that the company had lost money for years.');
  assert.ok(res.some(([s, c, t, r]) => s === 'a Boston Globe' && c === 'report' && t === 'that the company had lost money for years' && r === 'quotes.indirect.named-report'));
});

test('a view stated by the copula\'s "that" clause is a cue', () => {
  const bet = triples("Mr. Lindqvist's bet is that the new rules will outlast his term.");
  assert.ok(bet.some(([s, c, t, r]) => s === 'Mr. Lindqvist' && c === "'s bet is" && t === 'that the new rules will outlast his term' && r === 'quotes.indirect.stated'));
  const clear = triples('The implication is clear: that the board had known for months.');
  assert.ok(clear.some(([s, c, t]) => s === null && c === 'The implication is clear:' && t === 'that the board had known for months'));
  const relative = triples('The point is that the plan failed. The view is that which matters.');
  assert.ok(!relative.some(([, c]) => c === 'The view is'));
});

test('being vague or passionate about something is an attitude cue', () => {
  const res = triples('The regulator has been so vague about the reporting rules that nobody follows them.');
  assert.ok(res.some(([s, c, t]) => s === 'The regulator' && c === 'has been so vague about' && t === 'the reporting rules'));
});

test('denied doubt or concealment is a cue from its verb', () => {
  const secret = triples('The ministers made little secret of their disagreements.');
  assert.ok(secret.some(([s, c, t, r]) => s === 'The ministers' && c === 'made little secret of' && t === 'their disagreements' && r === 'quotes.indirect.denied'));
  const doubt = triples('He read the survey, which left little doubt that the lake was shrinking.');
  assert.ok(doubt.some(([s, c, t]) => s === 'which' && c === 'left little doubt' && t === 'that the lake was shrinking'));
  const bare = triples('She had no doubt.');
  assert.ok(!bare.some(([, , , r]) => r === 'quotes.indirect.denied'));
});

test('"much to the chagrin of" someone attributes the clause before it to their feeling', () => {
  const res = triples('In recent weeks, the campaign dropped the slogan, much to the chagrin of its volunteers.');
  assert.ok(res.some(([s, c, t, r]) => s === 'its volunteers' && c === 'much to the chagrin of' && t === 'the campaign dropped the slogan' && r === 'quotes.indirect.reaction'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../../testing/readout.js';

const quotes = (text: string) => code(text, '2019-09-16').quotes.map((q) => ({
  kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null, via: q.via.map((v) => v.name),
}));

test('attribution after the quote, before it, and in the next paragraph', () => {
  const res = quotes('“We will respond,” Sergey Lavrov said.\n\nSergey Lavrov said: “The talks are over.”\n\n"Nothing has changed,"\n\nLavrov added.');
  assert.deepEqual(res.map((q) => [q.text, q.speaker]), [
    ['We will respond', 'Sergey Lavrov'],
    ['The talks are over.', 'Sergey Lavrov'],
    ['Nothing has changed', 'Sergey Lavrov'],
  ]);
});

test('indirect speech with "that", with an adverbial, and with "according to" naming the relay', () => {
  const res = quotes('According to Xinhua, Wang Yi said that China opposes unilateral sanctions. Mike Pompeo said on Saturday that there was no evidence of a launch.');
  assert.deepEqual(res.map((q) => [q.kind, q.speaker, q.via]), [
    ['indirect', 'Wang Yi', ['Xinhua']],
    ['indirect', 'Mike Pompeo', []],
  ]);
  assert.equal(res[0].text, 'that China opposes unilateral sanctions');
});

test('a quote relayed by an outlet keeps the speaker inside it and the outlet in the chain', () => {
  const res = quotes('Sergey Lavrov met reporters.\n\n"Sanctions are illegal, he said, and must end," TASS reported.');
  assert.equal(res[0].speaker, 'Sergey Lavrov');
  assert.deepEqual(res[0].via, ['TASS']);
});

test('an outlet cited earlier carries over to quotes that name no outlet', () => {
  const res = quotes('Wang Yi spoke to Japan, Xinhua reported.\n\n"We oppose sanctions," Wang said.');
  const direct = res.find((q) => q.kind === 'direct')!;
  assert.deepEqual([direct.speaker, direct.via], ['Wang Yi', ['Xinhua']]);
});

test('speakers the data does not know are kept as written, with source, cue and content spans', () => {
  const res = code('The talks failed, a senior official said. Sources said that the border would stay closed.', '2019-09-16').quotes;
  assert.deepEqual(res.map((q) => [q.speaker?.name, q.source?.text, q.cue?.text, q.content.text]), [
    ['a senior official', 'a senior official', 'said', 'The talks failed'],
    ['Sources', 'Sources', 'said', 'that the border would stay closed'],
  ]);
});

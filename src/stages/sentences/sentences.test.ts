import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, textOf } from '../../doc/types.js';
import { findParagraphs } from '../clean/index.js';
import { continuesAcross, createSentencesStage } from './index.js';

const stage = createSentencesStage();

function annotate(text: string) {
  const doc = createDoc(text);
  doc.paragraphs = findParagraphs(text);
  stage.run(doc);
  return doc;
}

test('token offsets point at the tokens as written, newline runs are not tokens', () => {
  const doc = annotate('He can’t go.\n\nThe U.S. said "no" to D.P.R.K. talks.');
  const t = doc.tokens!;
  const words: string[] = [];
  for (let i = 0; i < t.count; i++) words.push(doc.text.slice(t.start[i], t.end[i]));
  assert.ok(words.every((w) => w.trim() === w && w.length > 0), words.join('|'));
  assert.ok(words.includes('U.S.') && words.includes('D.P.R.K.'));
  assert.equal(doc.sentences!.length, 2);
});

test('a paragraph that ends mid-clause continues into a quotation', () => {
  const doc = annotate('She urged adoption of the\n\n"new peace plan for the region,"\n\naccording to the agency.\n\nTalks end today.');
  const sents = doc.sentences!.map((s) => textOf(doc, s));
  assert.equal(sents.length, 2, sents.join(' || '));
  assert.ok(sents[0].startsWith('She urged') && sents[0].endsWith('according to the agency.'));
});

test('continuesAcross decides paragraph joins', () => {
  assert.equal(continuesAcross('"We are ready,"', 'he said.'), true);
  assert.equal(continuesAcross('He urged adoption of China’s', '"dual-track" plans'), true);
  assert.equal(continuesAcross('The talks ended.', 'Next week they resume.'), false);
  assert.equal(continuesAcross('PRESS RELEASE', 'China said'), false);
});

test('a party label in brackets does not end the sentence', () => {
  const doc = annotate('Sen. Mary Jones (D-Wis.) said the bill would pass. Rep. Tom Hale (D-N.Y.), a sponsor, agreed.');
  const sents = doc.sentences!.map((s) => textOf(doc, s));
  assert.equal(sents.length, 2, sents.join(' || '));
});

test('a title abbreviation before a name ends no sentence; a full stop after a name still does', () => {
  const titled = createSentencesStage({ titles: ['Rev.', 'Maj.', 'Sgt.', 'Dr'] });
  const split = (text: string) => {
    const doc = createDoc(text);
    doc.paragraphs = findParagraphs(text);
    titled.run(doc);
    return doc.sentences!.map((s) => doc.text.slice(s.start, s.end));
  };
  assert.deepEqual(split('They met the Rev. Anna Berg and Sgt. Maj. Tom Ash. Then they left.'),
    ['They met the Rev. Anna Berg and Sgt. Maj. Tom Ash.', 'Then they left.']);
  assert.deepEqual(split('Talks ended on Friday. Dr Ash left.'), ['Talks ended on Friday.', 'Dr Ash left.']);
});

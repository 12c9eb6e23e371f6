import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, POS_TAGS } from '../doc/types.js';
import { findParagraphs } from '../stages/clean/index.js';
import { createSentencesStage } from '../stages/sentences/index.js';

const stage = createSentencesStage();

/** The tag of `word` in `text` after the sentences stage and its repairs. */
function tagOf(text: string, word: string): string {
  const doc = createDoc(text);
  doc.paragraphs = findParagraphs(text);
  stage.run(doc);
  const t = doc.tokens!;
  const k = t.lower.indexOf(word);
  assert.ok(k >= 0, `${word} not found`);
  return POS_TAGS[t.pos[k]];
}

test('a plural noun read as a verb between a modifier and the verb is a noun', () => {
  assert.equal(tagOf('Independent analyses agree that the program saved money.', 'analyses'), 'NOUN');
  assert.equal(tagOf('The analyses have found little.', 'analyses'), 'NOUN');
});

test('a verb in -s after a pronoun and before a bare infinitive stays a verb', () => {
  assert.equal(tagOf('This helps make the case for reform.', 'helps'), 'VERB');
});

test('a verb in -s after "to" is a plural noun, not an infinitive', () => {
  assert.equal(tagOf('She pointed to reports that the plant had closed.', 'reports'), 'NOUN');
  assert.equal(tagOf('She wants to discuss the plan.', 'discuss'), 'VERB');
});

test('a plural noun after the subject and before an article is the verb, unless the clause has one', () => {
  assert.equal(tagOf('The senator questions the timing of the vote.', 'questions'), 'VERB');
  assert.equal(tagOf('They gave the trade envoys the authority they wanted.', 'envoys'), 'NOUN');
});

test('an irregular past after a year is a verb with its base lemma', () => {
  const doc = createDoc('A panel of judges in 2011 sent a warning to the ministry.');
  doc.paragraphs = findParagraphs(doc.text);
  stage.run(doc);
  const t = doc.tokens!;
  const k = t.lower.indexOf('sent');
  assert.equal(POS_TAGS[t.pos[k]], 'VERB');
  assert.equal(t.lemma[k], 'send');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/types.js';
import { findParagraphs } from '../clean/index.js';
import { createSentencesStage } from '../sentences/index.js';
import { compileRule, firstWords, matchAt, matchSpan } from './patterns.js';

const sentences = createSentencesStage();
function tokens(text: string) {
  const doc = createDoc(text);
  doc.paragraphs = findParagraphs(text);
  sentences.run(doc);
  return doc;
}

test('alternatives, optional words and gaps match lemmas', () => {
  const rule = compileRule({ id: 't', cameo: '163', match: 'impose|slap * sanctions on|against', source: 'subject', target: 'after' });
  assert.deepEqual(firstWords(rule), ['impose', 'slap']);
  const doc = tokens('The bloc imposed fresh economic sanctions on Minsk.');
  assert.equal(matchAt(doc, rule, 2, doc.tokens!.count), 7);
  assert.equal(matchAt(doc, rule, 1, doc.tokens!.count), -1);
});

test('a gap does not cross punctuation and optional elements may be absent', () => {
  const rule = compileRule({ id: 't', cameo: '041', match: 'hold a? phone call with', source: 'subject', target: 'after' });
  const a = tokens('They held phone call with Rome.');
  assert.equal(matchAt(a, rule, 1, a.tokens!.count), 5);
  const gap = compileRule({ id: 'g', cameo: '163', match: 'impose * sanctions', source: 'subject', target: 'after' });
  const b = tokens('They imposed, sanctions.');
  assert.equal(matchAt(b, gap, 1, b.tokens!.count), -1);
});

test('@ marks the head word after other words; words match by lemma or as written, counting forms', () => {
  const rule = compileRule({ id: 'h', cameo: '120', match: 'did|will not * @snub', source: 'subject', target: 'after' });
  assert.equal(rule.statesNegation, true);
  const doc = tokens('They did not snub Rome.');
  assert.deepEqual(matchSpan(doc, rule, 1, doc.tokens!.count), { end: 4, head: 3, forms: 3 });
  const lemma = compileRule({ id: 'l', cameo: '012', match: 'leave', source: 'subject', target: 'after' });
  const form = compileRule({ id: 'f', cameo: '032', match: 'left', source: 'subject', target: 'after' });
  const left = tokens('They left Rome.');
  assert.deepEqual([matchSpan(left, lemma, 1, 4)?.forms, matchSpan(left, form, 1, 4)?.forms], [0, 1]);
});

test('a gap skips a name set off by commas, but not other punctuation', () => {
  const rule = compileRule({ id: 'a', cameo: '166', match: 'force * * out of', source: 'subject', target: 'after' });
  const a = tokens('Rome forced the food agency, WFP, out of the region.');
  assert.equal(matchAt(a, rule, 1, a.tokens!.count), 10);
  const b = tokens('Rome forced the food agency, which objected, out of the region.');
  assert.equal(matchAt(b, rule, 1, b.tokens!.count), -1);
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleResult } from '../doc/result.js';
import { reutersDate, sentenceCount } from './measure.js';

function result(text: string, sentences?: unknown): ArticleResult {
  const document = { title: null, date: null, publisher: null, source: null, text, offset: 0, ...(sentences === undefined ? {} : { sentences }) };
  return { id: 'x', document, entities: [], events: [], quotes: [], stances: [], provenance: {} };
}

describe('sentenceCount', () => {
  it('prefers the count the pipeline reports', () => {
    assert.equal(sentenceCount(result('One. Two. Three.', 7)), 7);
    assert.equal(sentenceCount(result('One. Two.', [{}, {}, {}])), 3);
  });

  it('otherwise counts end punctuation followed by space or the end', () => {
    // An estimate: "U.S. " counts as an end too.
    assert.equal(sentenceCount(result('Talks resumed. Did they? Yes! In the U.S. today.')), 5);
    assert.equal(sentenceCount(result('No end punctuation')), 0);
  });
});

describe('reutersDate', () => {
  it('reads the Reuters date format', () => {
    assert.equal(reutersDate(' 26-FEB-1987 15:01:01.79'), '1987-02-26');
    assert.equal(reutersDate('5-MAR-1987 09:00:00.00'), '1987-03-05');
    assert.equal(reutersDate('yesterday'), undefined);
    assert.equal(reutersDate(undefined), undefined);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/types.js';
import { createPipeline, PipelineError, type Stage } from './index.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name, version: '1', requires, assigns, run: (doc) => { doc.provenance[`${name}.ran`] = 'yes'; },
});

test('createPipeline refuses a stage whose requirements no earlier stage assigns', () => {
  assert.throws(() => createPipeline([stage('events', ['mentions'], ['events'])]), PipelineError);
  assert.throws(() => createPipeline([stage('b', ['tokens'], []), stage('a', ['text'], ['tokens'])]), /stage b requires tokens/);
});

test('a valid pipeline runs stages in order and records their versions', () => {
  const p = createPipeline([stage('a', ['text'], ['tokens']), stage('b', ['tokens'], ['mentions'])]);
  const doc = p.run(createDoc('x'));
  assert.deepEqual(Object.keys(doc.provenance), ['a.ran', 'a', 'b.ran', 'b']);
});

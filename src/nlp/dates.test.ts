import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, textOf } from '../doc/types.js';
import { findDates } from './dates.js';

const dates = (text: string, date: string | null) => {
  const doc = createDoc(text, { date });
  return findDates(doc, { start: 0, end: text.length }).map((d) => `${textOf(doc, d)}=${d.date}`);
};

test('relative dates resolve against the article date', () => {
  assert.deepEqual(dates('They met today and on Tuesday, after talks last week.', '2017-09-01'),
    ['today=2017-09-01', 'on Tuesday=2017-08-29', 'last week=2017-08-25']);
});

test('absolute dates stand alone; relative ones need an article date', () => {
  assert.deepEqual(dates('The ban took effect on Oct. 15, 2020, and talks resume today.', null), ['Oct. 15, 2020=2020-10-15']);
  assert.deepEqual(dates('No date here at all.', '2017-09-01'), []);
});

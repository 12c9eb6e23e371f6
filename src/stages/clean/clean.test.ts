import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/types.js';
import { createCleanStage } from './index.js';
import { readDateline } from './dateline.js';
import { loadDataFile, DEFAULT_DATA_DIR } from '../../kb/load.js';
import { boilerplateSchema } from '../../kb/rules-schema.js';

const boilerplate = loadDataFile(DEFAULT_DATA_DIR, 'rules/boilerplate.json', boilerplateSchema);
const publishers: Record<string, string> = { 'Daily Ledger': 'GBRMED', DL: 'GBRMED', AFP: 'FRAMED' };
const clean = createCleanStage({
  boilerplate,
  findPublisher: (name) => (publishers[name] ? { code: publishers[name], name: name === 'DL' ? 'Daily Ledger' : name } : null),
});

const page = [
  'Sign in to Daily Ledger',
  '',
  'NEWS RELEASE',
  '',
  '',
  'Ministers Pledge Closer Ties After Talks in Oslo',
  '',
  'March 3, 2020 (DL)—Norway and Sweden agreed on Tuesday to expand border cooperation, officials said.',
  '',
  '"We will work together," the minister said.',
  '',
  'Advertisement',
  '',
  'Talks resume next month.',
  '',
  'Back to top',
  'close',
  'close',
  'close',
].join('\n');

test('clean drops page furniture and reads headline, dateline and publisher', () => {
  const doc = createDoc(page);
  clean.run(doc);
  assert.equal(doc.meta.title, 'Ministers Pledge Closer Ties After Talks in Oslo');
  assert.equal(doc.meta.date, '2020-03-03');
  assert.deepEqual(doc.meta.publisher, { code: 'GBRMED', name: 'Daily Ledger' });
  assert.ok(doc.text.startsWith('Norway and Sweden agreed'), doc.text);
  assert.ok(doc.text.endsWith('Talks resume next month.'));
  for (const junk of ['Advertisement', 'Back to top', 'close', 'NEWS RELEASE', 'Sign in']) assert.ok(!doc.text.includes(junk), junk);
  assert.equal(doc.rawOffset, -1, 'a line was dropped inside the body, so the text is not one slice');
});

test('clean keeps plain text unchanged so offsets match the input', () => {
  const text = 'Kenya and Uganda signed a trade pact on Friday.\n\nBoth sides welcomed it.\n';
  const doc = createDoc(text);
  clean.run(doc);
  assert.equal(doc.text, text);
  assert.equal(doc.rawOffset, 0);
  assert.equal(doc.meta.title, null);
  assert.equal(doc.paragraphs!.length, 2);
});

test('clean maps a contiguous body to its offset in the input', () => {
  const text = 'Border Talks Collapse in Geneva\n\nGENEVA (AFP) - Delegates walked out of the talks on Monday after a dispute.';
  const doc = createDoc(text);
  clean.run(doc);
  assert.equal(doc.meta.title, 'Border Talks Collapse in Geneva');
  assert.deepEqual(doc.meta.publisher, { code: 'FRAMED', name: 'AFP' });
  assert.equal(doc.text, text.slice(doc.rawOffset));
  assert.ok(doc.text.startsWith('Delegates'));
});

test('readDateline reads place, date and agency, and ignores ordinary sentences', () => {
  assert.deepEqual(readDateline('MOSCOW, March 3, 2018 (Reuters) — Russia said'), { length: 34, date: '2018-03-03', agency: 'Reuters', place: 'MOSCOW' });
  assert.equal(readDateline('Tokyo, 5 June 2021 — The cabinet met.')?.date, '2021-06-05');
  assert.equal(readDateline('BEIJING (Xinhua) -- China said')?.agency, 'Xinhua');
  assert.equal(readDateline('The talks - which began in May - have stalled.'), null);
});

test('wire copy with indented paragraphs splits into paragraphs', () => {
  const doc = createDoc('Showers continued in the region,\nofficials said in a review.\n    The dry period means a late harvest.\n    Arrivals rose.');
  clean.run(doc);
  assert.equal(doc.paragraphs!.length, 3);
});

test('clean keeps a "Headline; " line over its subhead in the body and takes it as the title', () => {
  const text = 'Senator urges talks with Havana; \nCommittee chair says the embargo has failed.\n\nSenator Ann Reyes said on Monday that the embargo had failed.\n';
  const doc = createDoc(text);
  clean.run(doc);
  assert.equal(doc.text, text, 'the headline carries a report of its own, so it stays in the text');
  assert.equal(doc.meta.title, 'Senator urges talks with Havana');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreGold, type GoldFile } from './eval/gold.js';
import { testReadout } from './testing/readout.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const seed = join(shared, 'seeds', '000_2c71178ddf8ac282.txt');
const seedGold = join(shared, 'gold', '000_2c71178ddf8ac282.gold.json');
const noShared = existsSync(seed) ? false : `needs ${seed} (the shared acceptance data), which this clone lacks`;

test('the seed article passes its reference annotation', { skip: noShared }, () => {
  const result = testReadout().code({ text: readFileSync(seed, 'utf8'), source: seed });
  const score = scoreGold(JSON.parse(readFileSync(seedGold, 'utf8')) as GoldFile, result);
  assert.deepEqual(score.misses.filter((m) => !m.startsWith('extra event')), []);
  assert.ok(score.pass, `extra events: ${score.events.extra}`);
  assert.equal(result.document.publisher?.name, 'EIR News Service');
});

test('document text keeps offsets: every mention, quote and event span reads its own text', { skip: noShared }, () => {
  const result = testReadout().code({ text: readFileSync(seed, 'utf8') });
  const text = result.document.text;
  for (const e of result.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const q of result.quotes) assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
  for (const e of result.events) for (const s of e.evidence) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(readFileSync(seed, 'utf8').slice(result.document.offset, result.document.offset + text.length), text);
});

// Our own sample articles: the same code must handle other wordings. Each must get its
// document fields right and never code what its gold file forbids; the overall scores
// are reported by `readout eval`, not asserted item by item.
const samples = join(root, 'samples');
for (const file of readdirSync(samples).filter((f) => f.endsWith('.txt'))) {
  test(`sample ${file}: document fields, no forbidden events, at least half the required facts`, () => {
    const gold = JSON.parse(readFileSync(join(samples, 'gold', file.replace(/\.txt$/, '.gold.json')), 'utf8')) as GoldFile;
    const score = scoreGold(gold, testReadout().code({ text: readFileSync(join(samples, file), 'utf8') }));
    assert.equal(score.document.ok, 3, score.misses.join('\n'));
    assert.equal(score.mustNot.violated, 0, score.misses.join('\n'));
    const got = score.events.found + score.quotes.attributed + score.stances.found;
    const want = score.events.required + score.quotes.total + score.stances.required;
    assert.ok(got / want >= 0.5, `${got}/${want}\n${score.misses.join('\n')}`);
  });
}

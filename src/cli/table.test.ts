import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTable, truncate, type Column } from './table.js';

interface Row { code: string; n: number; text: string }
const COLUMNS: Column<Row>[] = [
  { header: 'code', value: (r) => r.code },
  { header: 'n', value: (r) => r.n, align: 'right' },
  { header: 'text', value: (r) => r.text, flex: true },
];
const ROWS: Row[] = [
  { code: 'CHNGOV', n: 12, text: 'short' },
  { code: 'RUS', n: 3, text: 'x'.repeat(100) },
];

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers and cuts flex text to 60 characters off a terminal', () => {
    const lines = formatTable(ROWS, COLUMNS).trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 2), ['code     n  text', 'CHNGOV  12  short']);
    assert.equal(lines[2], `RUS      3  ${'x'.repeat(59)}…`);
  });

  it('fits flex text to the terminal width', () => {
    const lines = formatTable(ROWS, COLUMNS, { columns: 40 }).trimEnd().split('\n');
    assert.ok(lines.every((l) => l.length <= 40));
    assert.equal(lines[2], `RUS      3  ${'x'.repeat(27)}…`);
  });

  it('flattens line breaks in cells and shows null as empty', () => {
    const table = formatTable([{ a: 'one\ntwo', b: null }], [
      { header: 'a', value: (r: { a: string; b: null }) => r.a },
      { header: 'b', value: (r) => r.b },
    ]);
    assert.equal(table, 'a        b\none two\n');
  });
});

describe('truncate', () => {
  it('keeps short text and ends cut text with an ellipsis', () => {
    assert.equal(truncate('abc', 3), 'abc');
    assert.equal(truncate('abcdef', 4), 'abc…');
    assert.equal(truncate('/long/path/file.txt', 10, 'start'), '…/file.txt');
  });
});

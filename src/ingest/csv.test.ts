import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from './csv.js';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('splits plain fields and records on LF, CRLF and CR', () => {
    assert.deepEqual(fields('a,b\n1,2\r\n3,4\r5,6'), [['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    assert.deepEqual(fields('a,,c,\n'), [['a', '', 'c', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(fields('"a, b","say ""hi""","line 1\nline 2",""'), [['a, b', 'say "hi"', 'line 1\nline 2', '']]);
  });

  it('skips blank lines and numbers records by their first line', () => {
    const { records } = parseCsv('h\n\n"x\ny"\n\nz\n');
    assert.deepEqual(records.map((r) => [r.fields[0], r.line]), [['h', 1], ['x\ny', 3], ['z', 6]]);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    assert.deepEqual(fields('5" screen,ok'), [['5" screen', 'ok']]);
  });

  it('stops at an unterminated quote or junk after a closing quote, keeping earlier records', () => {
    assert.deepEqual(parseCsv('a\n"open\nmore'), { records: [{ fields: ['a'], line: 1 }], error: { line: 2, reason: 'unterminated quoted field' } });
    assert.deepEqual(parseCsv('a\n"x"y').error, { line: 2, reason: 'unexpected "y" after a closing quote' });
  });
});

import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { readJsonLines } from './lines.js';
import type { IngestItem } from './records.js';

async function collect(chunks: Array<Buffer | string>, maxLineBytes = 1000): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readJsonLines(Readable.from(chunks), '-', { maxLineBytes })) items.push(item);
  return items;
}

describe('readJsonLines', () => {
  it('yields one item per line, across chunk boundaries and CRLF, skipping blank lines', async () => {
    const text = '{"id":"a","text":"Süd."}\r\n\n{"id":"b","text":"Two."}';
    const bytes = Buffer.from(text);
    // Split inside the two-byte "ü" and inside the CRLF.
    const items = await collect([bytes.subarray(0, 20), bytes.subarray(20, 25), bytes.subarray(25)]);
    assert.deepEqual(items.map((i) => (i.ok ? [i.article.source, i.article.id, i.article.text] : i.error.message)), [
      ['-:1', 'a', 'Süd.'], ['-:3', 'b', 'Two.'],
    ]);
  });

  it('reports bad lines by number, with the id when the line had one, and goes on', async () => {
    const items = await collect([
      '{"id": "a", "text": "Fine."}\n',
      '{"id": "b"}\n',
      'not json\n',
      Buffer.concat([Buffer.from('{"id": "d", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
      `{"id": "e", "text": "${'x'.repeat(2000)}"}\n`,
      '{"id": "f", "text": "Also fine."}\n',
    ]);
    assert.deepEqual(items.map((i) => (i.ok ? `ok ${i.article.id}` : `${i.error.code} ${i.id ?? '-'} ${i.error.message}`)), [
      'ok a',
      'E_PARSE b -:2: missing "text" string',
      `E_PARSE - -:3: invalid JSON (${jsonError('not json')})`,
      'E_ENCODING - -:4: invalid UTF-8 at byte 24 of the line',
      'E_TOO_LARGE - -:5: line longer than 1000 bytes',
      'ok f',
    ]);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

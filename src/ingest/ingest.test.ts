import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { contentHash, readFileItems, readInputs, readStdinItems, type IngestItem } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Compact view of items: the source and text of articles, the code and message of errors. */
function summary(items: IngestItem[]): Array<[string, string]> {
  return items.map((item) => (item.ok ? ['ok', `${item.article.source} ${item.article.text}`] : [item.error.code, item.error.message]));
}

async function one(path: string, options = {}): Promise<IngestItem> {
  const items = await readFileItems(path, options);
  assert.equal(items.length, 1);
  return items[0];
}

async function failure(path: string, options = {}): Promise<{ code: string; message: string; input: string }> {
  const item = await one(path, options);
  assert.ok(!item.ok, `expected ${path} to fail`);
  assert.doesNotMatch(item.error.message, /\n/, 'errors are one line');
  return item.error;
}

describe('reading plain text', () => {
  it('reads a .txt file as one article with a content hash', async () => {
    const path = file('good.txt', 'Wang Yi met Taro Kono.\n');
    const item = await one(path);
    assert.ok(item.ok);
    assert.deepEqual(item.article, { source: path, hash: contentHash('Wang Yi met Taro Kono.\n'), text: 'Wang Yi met Taro Kono.\n' });
    assert.match(item.article.hash, /^[0-9a-f]{64}$/);
  });

  it('hashes alike across line endings and drops a byte-order mark', async () => {
    const lf = await one(file('lf.md', 'One.\nTwo.\n'));
    const crlf = await one(file('crlf', '\ufeffOne.\r\nTwo.\r\n'));
    assert.ok(lf.ok && crlf.ok);
    assert.equal(crlf.article.text, 'One.\r\nTwo.\r\n');
    assert.equal(crlf.article.hash, lf.article.hash);
    assert.notEqual(contentHash('One. Two.'), lf.article.hash);
  });
});

describe('bad inputs', () => {
  it('E_NOT_FOUND for a missing path', async () => {
    const path = join(dir, 'nope.txt');
    const error = await failure(path);
    assert.deepEqual([error.code, error.message, error.input], ['E_NOT_FOUND', `${path}: no such file or directory`, path]);
  });

  it('E_EMPTY for an empty or whitespace-only file', async () => {
    assert.equal((await failure(file('empty.txt', ''))).code, 'E_EMPTY');
    const blank = await failure(file('blank.txt', ' \n\t\r\n  '));
    assert.equal(blank.code, 'E_EMPTY');
    assert.match(blank.message, /blank\.txt: only whitespace/);
  });

  it('E_BINARY for NUL bytes or a high share of control characters', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR')]);
    assert.equal((await failure(file('image.txt', png))).code, 'E_BINARY');
    const controls = Buffer.alloc(1000, 'a');
    for (let i = 0; i < 1000; i += 5) controls[i] = 0x01;
    assert.equal((await failure(file('controls.txt', controls))).code, 'E_BINARY');
    const fewControls = Buffer.from('Text with a form feed \f and an escape \x1b[1m and a tab\t.\n');
    assert.ok((await one(file('few-controls.txt', fewControls))).ok);
  });

  it('E_ENCODING for invalid UTF-8, naming the byte offset', async () => {
    const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait')]);
    const error = await failure(file('latin1.txt', latin1));
    assert.equal(error.code, 'E_ENCODING');
    assert.match(error.message, /latin1\.txt: invalid UTF-8 at byte 3\b/);
    const later = Buffer.concat([Buffer.from('héllo wörld '), Buffer.from([0xed, 0xa0, 0x80])]);
    assert.match((await failure(file('surrogate.txt', later))).message, /at byte 14\b/);
    const utf16 = Buffer.from('\ufeffhello', 'utf16le');
    assert.equal((await failure(file('utf16.txt', utf16))).code, 'E_ENCODING');
  });

  it('E_TOO_LARGE from the file size alone, before reading (50 MB sparse file)', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    const error = await failure(path);
    // The sparse file is all NUL bytes, so reading it would have said E_BINARY.
    assert.equal(error.code, 'E_TOO_LARGE');
    assert.equal(error.message, `${path}: 50 MB, over the 10 MB limit`);
  });

  it('E_TOO_LARGE with a configured limit', async () => {
    const path = file('small.txt', 'x'.repeat(2048));
    assert.ok((await one(path)).ok);
    assert.equal((await failure(path, { maxBytes: 1024 })).code, 'E_TOO_LARGE');
  });

  it('E_LANGUAGE through the language hook', async () => {
    const path = file('french.txt', 'Le ministre a rencontré son homologue.');
    const checkLanguage = (text: string) => (/\ble\b/i.test(text) ? 'not English (fr)' : null);
    const error = await failure(path, { checkLanguage });
    assert.deepEqual([error.code, error.message], ['E_LANGUAGE', `${path}: not English (fr)`]);
    assert.ok((await one(file('english.txt', 'The minister met his counterpart.'), { checkLanguage })).ok);
  });
});

describe('multi-article files', () => {
  it('reads JSON lines, one item per line, naming file:line for bad ones', async () => {
    const path = file('batch.jsonl', [
      '{"id": "a1", "text": "First article.", "date": "2017-09-01", "title": "One"}',
      '',
      '{"id": 2, "text": "Second',
      '{"id": "a3", "text": "Third article."}',
      '{"id": "a4"}',
      '{"id": "a5", "text": "   "}',
      '["not", "an", "object"]',
      '{"id": "a8", "text": "Eighth.", "date": 20170901}',
    ].join('\n'));
    const items = await readFileItems(path);
    assert.deepEqual(items.map((i) => (i.ok ? i.article.source : `${i.error.code} ${i.error.input}`)), [
      `${path}:1`, `E_PARSE ${path}:3`, `${path}:4`, `E_PARSE ${path}:5`, `E_EMPTY ${path}:6`, `E_PARSE ${path}:7`, `E_PARSE ${path}:8`,
    ]);
    assert.ok(items[0].ok && items[2].ok);
    assert.deepEqual({ ...items[0].article, hash: '' }, { source: `${path}:1`, hash: '', text: 'First article.', id: 'a1', date: '2017-09-01', title: 'One' });
    assert.ok(!items[1].ok);
    assert.match(items[1].error.message, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid JSON`));
    assert.ok(!items[3].ok && /missing "text"/.test(items[3].error.message));
  });

  it('reads a JSON object or array', async () => {
    const single = await readFileItems(file('one.json', '{"id": 5, "body": "Body text."}'));
    assert.ok(single[0].ok);
    assert.deepEqual([single[0].article.id, single[0].article.text], ['5', 'Body text.']);
    const path = file('many.json', '[{"text": "A."}, {"text": 3}, {"text": "C.", "url": "https://example.org/c"}]');
    assert.deepEqual(summary(await readFileItems(path)), [
      ['ok', `${path}[0] A.`], ['E_PARSE', `${path}[1]: missing "text" string`], ['ok', `${path}[2] C.`],
    ]);
    assert.equal((await failure(file('broken.json', '[{"text": "A."'))).code, 'E_PARSE');
    assert.equal((await failure(file('none.json', '[]'))).code, 'E_EMPTY');
  });

  it('reads CSV with quoted commas, doubled quotes and line breaks', async () => {
    const path = file('news.csv', [
      'ID,Title,Body,Date,Extra',
      '1,"Talks, again","Wang said ""no"".\nKono agreed.",2017-09-01,x',
      '2,Plain,Short text.,,',
      '3,Short row',
      '4,Blank,"  ",2017-09-02,',
    ].join('\r\n'));
    const items = await readFileItems(path);
    assert.deepEqual(summary(items).map(([code, message]) => (code === 'ok' ? code : message)), [
      'ok', 'ok', `${path}:5: expected 5 fields, found 2`, `${path}:6: empty text`,
    ]);
    assert.ok(items[0].ok && items[1].ok);
    assert.deepEqual({ ...items[0].article, hash: '' }, {
      source: `${path}:2`, hash: '', id: '1', title: 'Talks, again', text: 'Wang said "no".\nKono agreed.', date: '2017-09-01',
    });
    assert.equal(items[1].article.source, `${path}:4`, 'line numbers count the line break inside the quoted field');
    assert.equal(items[1].article.date, undefined);
  });

  it('refuses CSV without a text column, and reports an unterminated quote', async () => {
    const noText = await failure(file('no-text.csv', 'id,title\n1,Hello\n'));
    assert.match(noText.message, /no-text\.csv:1: CSV header has no "text" or "body" column/);
    const path = file('open-quote.csv', 'id,text\n1,Fine.\n2,"Never closed\n');
    assert.deepEqual(summary(await readFileItems(path)), [['ok', `${path}:2 Fine.`], ['E_PARSE', `${path}:3: unterminated quoted field`]]);
  });

  it('reads HTML as text paragraphs with the page title', async () => {
    const page = `<!doctype html><html><head><title>Talks &amp; more</title><style>p{}</style></head>
      <body><header><h1>Site name</h1></header><nav><a href="/">Home</a></nav>
      <article><p>Wang Yi met <b>Taro Kono</b>&nbsp;on Friday.</p><p>They discussed &#8220;sanctions&#x201D;.</p></article>
      <script>document.write("<p>no</p>")</script><footer>© 2017</footer></body></html>`;
    const item = await one(file('page.html', page));
    assert.ok(item.ok);
    assert.equal(item.article.text, 'Wang Yi met Taro Kono on Friday.\n\nThey discussed “sanctions”.');
    assert.equal(item.article.title, 'Talks & more');
    assert.equal((await failure(file('chrome.htm', '<nav>Menu</nav><script>x()</script>'))).code, 'E_EMPTY');
  });

  it('honours a format override', async () => {
    const item = await one(file('lines.txt', '{"id": "x", "text": "From JSON."}'), { format: 'jsonl' });
    assert.ok(item.ok);
    assert.equal(item.article.id, 'x');
  });
});

describe('folders, batches and standard input', () => {
  it('walks a folder recursively in sorted order, skipping hidden files and empty subfolders, and goes on past errors', async () => {
    const root = join(dir, 'corpus');
    file('corpus/b.txt', 'Bravo.');
    file('corpus/a/z.txt', 'Zulu.');
    file('corpus/a/m.txt', '');
    file('corpus/.hidden.txt', 'Hidden.');
    file('corpus/.git/config', 'Hidden folder.');
    file('corpus/c.jsonl', '{"text": "Charlie."}\n{"text": "Delta."}\n');
    mkdirSync(join(dir, 'corpus/empty'));
    const missing = join(dir, 'missing.txt');
    const items: IngestItem[] = [];
    for await (const item of readInputs([root, missing])) items.push(item);
    assert.deepEqual(summary(items), [
      ['E_EMPTY', `${join(root, 'a/m.txt')}: empty file`],
      ['ok', `${join(root, 'a/z.txt')} Zulu.`],
      ['ok', `${join(root, 'b.txt')} Bravo.`],
      ['ok', `${join(root, 'c.jsonl')}:1 Charlie.`],
      ['ok', `${join(root, 'c.jsonl')}:2 Delta.`],
      ['E_NOT_FOUND', `${missing}: no such file or directory`],
    ]);
    const empty: IngestItem[] = [];
    for await (const item of readInputs([join(root, 'empty')])) empty.push(item);
    assert.deepEqual(summary(empty), [['E_EMPTY', `${join(root, 'empty')}: no files in this folder`]]);
  });

  it('reads "-" from standard input, with the size limit', async () => {
    const items: IngestItem[] = [];
    for await (const item of readInputs(['-'], { stdin: Readable.from([Buffer.from('From '), Buffer.from('stdin.')]) })) items.push(item);
    assert.deepEqual(summary(items), [['ok', '- From stdin.']]);
    const big = await readStdinItems({ stdin: Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]), maxBytes: 1000 });
    assert.deepEqual(summary(big), [['E_TOO_LARGE', '-: more than the 1000 B limit']]);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParagraphs } from '../clean/index.js';
import { findQuoteMarks, lineParagraphs } from './marks.js';

const quotes = (text: string) => findQuoteMarks(text, findParagraphs(text)).map((q) => text.slice(q.content.start, q.content.end));

test('pairs curly, straight and guillemet quotes, trimming the trailing comma', () => {
  assert.deepEqual(quotes('“We are ready to talk,” he said. She said "not now" and «never again».'),
    ['We are ready to talk', 'not now', 'never again']);
});

test('keeps nested single quotes and apostrophes inside the quotation', () => {
  assert.deepEqual(quotes('"Japan’s ‘dual-track’ plan is dead," Wang said.'), ['Japan’s ‘dual-track’ plan is dead']);
});

test('a quotation over two paragraphs opens each and closes once', () => {
  const text = '“The first part goes on\n\n“and the second part ends here,” she said.';
  assert.deepEqual(quotes(text), ['The first part goes on\n\n“and the second part ends here']);
});

test('an unclosed quotation ends with its paragraph; single words are not quotes', () => {
  assert.deepEqual(quotes('He called it "madness. Then left.\n\nNext "word" here.'), ['madness. Then left.']);
});

test('typewriter double quotes made of two apostrophes or backticks pair like a double quote', () => {
  assert.deepEqual(quotes("''This isn't tax reform,'' said an economist. ``We will see,'' she said."), ["This isn't tax reform", 'We will see']);
});

test('curly quotes nest, and a closing mark typed at the start of a line opens', () => {
  assert.deepEqual(quotes('“I would rather live in what he calls “hell” than here.” ― A reader\n”We are tired of it all.” ― Another reader'),
    ['I would rather live in what he calls “hell” than here.', 'We are tired of it all.']);
});

test('straight and curly double marks close each other', () => {
  assert.deepEqual(quotes('“We are ready to talk," he said. "Not now,” she said.'), ['We are ready to talk', 'Not now']);
});

test('single line breaks after a full stop end a paragraph for quotation marks', () => {
  const text = 'He spoke first.\n\n“The first part never closes.\n“The next one does,” she said.';
  const lines = lineParagraphs(text, findParagraphs(text));
  assert.deepEqual(findQuoteMarks(text, lines).map((q) => text.slice(q.content.start, q.content.end)), ['The first part never closes.\n“The next one does']);
  assert.deepEqual(lines.map((p) => text.slice(p.start, p.end)), ['He spoke first.', '“The first part never closes.', '“The next one does,” she said.']);
});

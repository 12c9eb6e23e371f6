import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, firstInvalidUtf8, isBinary } from './decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('firstInvalidUtf8', () => {
  const cases: Array<[string, Buffer, number]> = [
    ['ASCII', bytes('plain'), -1],
    ['2-, 3- and 4-byte characters', bytes('é € 😀'), -1],
    ['a lone continuation byte', bytes('ab', [0x80]), 2],
    ['a Latin-1 byte', bytes('caf', [0xe9], '!'), 3],
    ['an overlong 2-byte form', bytes('x', [0xc0, 0xaf]), 1],
    ['an overlong 3-byte form', bytes('x', [0xe0, 0x80, 0xaf]), 1],
    ['a UTF-16 surrogate', bytes('xy', [0xed, 0xa0, 0x80]), 2],
    ['a code point past U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a sequence cut off at the end', bytes('ok', [0xe2, 0x82]), 2],
    ['an invalid byte after valid multibyte text', bytes('héllo', [0xff]), 6],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () => {
      assert.equal(firstInvalidUtf8(input), expected);
      let decoderAccepts = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(input);
      } catch {
        decoderAccepts = false;
      }
      assert.equal(decoderAccepts, expected === -1, 'agrees with TextDecoder');
    });
  }
});

describe('isBinary', () => {
  it('looks only at the first 8 KB', () => {
    assert.equal(isBinary(Buffer.concat([Buffer.alloc(8192, 'a'), Buffer.from([0])])), false);
    assert.equal(isBinary(Buffer.concat([Buffer.alloc(8191, 'a'), Buffer.from([0])])), true);
  });
});

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    assert.equal(decodeText(bytes([0xef, 0xbb, 0xbf], 'text'), 'x'), 'text');
  });
});

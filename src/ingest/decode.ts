/**
 * Turning bytes into text, refusing binary data and anything that is not UTF-8.
 */
import { IngestError } from './errors.js';

/** How many leading bytes the binary check looks at. */
export const SNIFF_BYTES = 8192;
/** Share of control characters above which a file counts as binary. */
const CONTROL_SHARE = 0.1;

/** True when the first 8 KB hold a NUL byte or a high share of control characters. */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC occur in real text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return control / n > CONTROL_SHARE;
}

/**
 * The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid
 * UTF-8 (overlong forms, surrogates and code points past U+10FFFF are invalid).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0; // overlong
      if (b === 0xed) upper = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90; // overlong
      if (b === 0xf4) upper = 0x8f; // past U+10FFFF
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? lower : 0x80;
      const hi = k === 1 ? upper : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes file bytes to text, dropping a UTF-8 byte-order mark.
 * Throws E_BINARY, E_ENCODING (naming the byte offset) or E_EMPTY.
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new IngestError('E_EMPTY', input, 'empty file');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError('E_ENCODING', input, 'UTF-16 text is not supported; convert it to UTF-8');
  }
  if (isBinary(bytes)) throw new IngestError('E_BINARY', input, 'binary data, not text');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new IngestError('E_ENCODING', input, `invalid UTF-8 at byte ${offset}; convert the file to UTF-8`);
  }
  if (text.trim() === '') throw new IngestError('E_EMPTY', input, 'only whitespace, no text');
  return text;
}

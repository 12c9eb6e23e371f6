/**
 * Streaming JSON lines: one item per line as the bytes arrive, so a long pipe of articles
 * is coded without holding it all in memory. Each line is checked on its own.
 */
import { firstInvalidUtf8 } from './decode.js';
import { IngestError } from './errors.js';
import { jsonLineItem, type IngestItem, type TextCheck } from './records.js';

export interface JsonLinesOptions {
  /** Longest line accepted, in bytes. */
  maxLineBytes: number;
  checkLanguage?: TextCheck;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Splits a byte stream into lines (LF or CRLF), yielding each as bytes with its 1-based number; oversized lines come back as null. */
async function* byteLines(stream: AsyncIterable<Buffer | string>, max: number): AsyncGenerator<[Buffer | null, number]> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const take = (): Buffer | null => {
    const bytes = size > max ? null : Buffer.concat(parts);
    parts = [];
    size = 0;
    return bytes;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a)) {
      const piece = buf.subarray(0, nl);
      size += piece.length;
      if (size <= max) parts.push(piece);
      yield [take(), line++];
      buf = buf.subarray(nl + 1);
    }
    size += buf.length;
    // Past the limit the line's bytes are dropped as they come; only its size is kept.
    if (size <= max) parts.push(Buffer.from(buf));
    else parts = [];
  }
  if (size > 0) yield [take(), line];
}

/**
 * Reads `{id, text, date?, title?}` lines from a stream; `name` ("-" or a path) prefixes
 * each line's source as `name:line`.
 */
export async function* readJsonLines(stream: AsyncIterable<Buffer | string>, name: string, options: JsonLinesOptions): AsyncGenerator<IngestItem> {
  for await (const [bytes, n] of byteLines(stream, options.maxLineBytes)) {
    const source = `${name}:${n}`;
    if (bytes === null) {
      yield { ok: false, error: new IngestError('E_TOO_LARGE', source, `line longer than ${options.maxLineBytes} bytes`) };
      continue;
    }
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      yield { ok: false, error: new IngestError('E_ENCODING', source, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} of the line`) };
      continue;
    }
    if (line.trim() === '') continue;
    yield jsonLineItem(line.endsWith('\r') ? line.slice(0, -1) : line, source, options.checkLanguage);
  }
}

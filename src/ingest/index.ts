/**
 * Reading inputs into raw articles: a file, a folder (recursively, sorted, hidden files
 * skipped) or "-" for standard input. Every bad input becomes an `IngestError` item
 * naming it, and the batch goes on.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeText } from './decode.js';
import { IngestError } from './errors.js';
import { htmlToText } from './html.js';
import { articleItem, csvItems, jsonItems, jsonLinesItems, type IngestItem, type TextCheck } from './records.js';

export { IngestError, type IngestErrorCode } from './errors.js';
export { contentHash, normalizeNewlines } from './hash.js';
export { readJsonLines, type JsonLinesOptions } from './lines.js';
export { jsonLineItem, recordItem, type IngestedArticle, type IngestItem, type TextCheck } from './records.js';

/** How an input's bytes are split into articles. */
export type InputFormat = 'text' | 'jsonl' | 'json' | 'csv' | 'html';
/** Every format --format accepts. */
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'jsonl', 'json', 'csv', 'html'];

export interface IngestOptions {
  /** Largest file (or standard input) accepted, in bytes. */
  maxBytes: number;
  /** Read every input as this format instead of guessing from the extension. */
  format?: InputFormat;
  /** Hook for a language check: return a reason to reject a text (E_LANGUAGE). */
  checkLanguage?: TextCheck;
  /** Where "-" reads from (the CLI passes process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Inputs over 10 MB are refused unless the limit is raised. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULTS: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES };

const EXTENSIONS: Record<string, InputFormat> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv', '.html': 'html', '.htm': 'html',
};

/** The format a path is read as: by extension; .txt, .md, no extension and anything unknown are plain text. */
export function formatOf(path: string): InputFormat {
  return EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
}

/** A byte count for messages: "50 MB", "1.5 MB", "12 KB", "1000 B". */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  return `${value >= 10 ? Math.round(value) : Number(value.toFixed(1))} ${unit}`;
}

function tooLarge(input: string, size: number | null, max: number): IngestError {
  const what = size === null ? 'more than' : formatBytes(size) + ', over';
  return new IngestError('E_TOO_LARGE', input, `${what} the ${formatBytes(max)} limit`);
}

function fsError(error: unknown, input: string): IngestError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new IngestError('E_NOT_FOUND', input, 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new IngestError('E_READ', input, 'permission denied');
  return new IngestError('E_READ', input, (error as Error).message);
}

/** Splits decoded text into items by format. */
export function parseText(text: string, input: string, format: InputFormat, check?: TextCheck): IngestItem[] {
  switch (format) {
    case 'jsonl':
      return jsonLinesItems(text, input, check);
    case 'json':
      return jsonItems(text, input, check);
    case 'csv':
      return csvItems(text, input, check);
    case 'html': {
      const page = htmlToText(text);
      if (page.text === '') return [{ ok: false, error: new IngestError('E_EMPTY', input, 'no text once markup is removed') }];
      return [articleItem(input, page.text, page.title ? { title: page.title } : {}, check)];
    }
    default:
      return [articleItem(input, text, {}, check)];
  }
}

function fromBytes(bytes: Uint8Array, input: string, format: InputFormat, opts: IngestOptions): IngestItem[] {
  let text: string;
  try {
    text = decodeText(bytes, input);
  } catch (error) {
    if (error instanceof IngestError) return [{ ok: false, error }];
    throw error;
  }
  return parseText(text, input, format, opts.checkLanguage);
}

/** Reads one file; the size is checked with stat before any byte is read. */
export async function readFileItems(path: string, options: Partial<IngestOptions> = {}): Promise<IngestItem[]> {
  const opts = { ...DEFAULTS, ...options };
  try {
    const info = await stat(path);
    if (info.size > opts.maxBytes) return [{ ok: false, error: tooLarge(path, info.size, opts.maxBytes) }];
    const bytes = await readFile(path);
    return fromBytes(bytes, path, opts.format ?? formatOf(path), opts);
  } catch (error) {
    return [{ ok: false, error: fsError(error, path) }];
  }
}

/** Reads `options.stdin` as one input named "-". */
export async function readStdinItems(options: Partial<IngestOptions> = {}): Promise<IngestItem[]> {
  const opts = { ...DEFAULTS, ...options };
  const stream = opts.stdin;
  if (!stream) return [{ ok: false, error: new IngestError('E_READ', '-', 'no standard input was given to read') }];
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > opts.maxBytes) return [{ ok: false, error: tooLarge('-', null, opts.maxBytes) }];
    chunks.push(buf);
  }
  return fromBytes(Buffer.concat(chunks), '-', opts.format ?? 'text', opts);
}

/**
 * The files a path stands for: itself, or every non-hidden file under a folder in sorted
 * order. A missing path or an empty folder yields an error in its place.
 */
export async function listFiles(path: string): Promise<Array<string | IngestError>> {
  const out: Array<string | IngestError> = [];
  const seen = new Set<string>();
  const walk = async (p: string): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      out.push(fsError(error, p));
      return;
    }
    if (!info.isDirectory()) {
      out.push(p);
      return;
    }
    // Symlinked folders could loop; visit each real folder once.
    const real = await realpath(p);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = await readdir(p);
    } catch (error) {
      out.push(fsError(error, p));
      return;
    }
    for (const name of names.filter((n) => !n.startsWith('.')).sort()) await walk(join(p, name));
  };
  await walk(path);
  if (out.length === 0) out.push(new IngestError('E_EMPTY', path, 'no files in this folder'));
  return out;
}

/**
 * Every item from a list of paths, in order: files, folders, and "-" for standard input.
 * @example for await (const item of readInputs(['news/'])) if (item.ok) code(item.article)
 */
export async function* readInputs(paths: readonly string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* await readStdinItems(options);
      continue;
    }
    for (const file of await listFiles(path)) {
      if (file instanceof IngestError) yield { ok: false, error: file };
      else yield* await readFileItems(file, options);
    }
  }
}


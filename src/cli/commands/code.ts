/**
 * `readout code FILE|-` and `readout code --jsonl [FILE]`: print the coded JSON for each
 * article, without storing anything.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ArticleResult } from '../../doc/result.js';
import { IngestError, readInputs, readJsonLines, type IngestItem, type JsonLinesOptions } from '../../ingest/index.js';
import { parse } from '../args.js';
import { codeArticle, loadReadout } from '../coding.js';
import { UsageError } from '../errors.js';
import { write, type Io } from '../io.js';
import { INPUT_OPTIONS, inputOptions, KB_OPTION, kbDirs } from '../options.js';

/** Runs `readout code`; returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('code', args, {
    jsonl: { type: 'boolean' },
    pretty: { type: 'boolean' },
    ...INPUT_OPTIONS,
    ...KB_OPTION,
  }, true);
  const { format, maxBytes, checkLanguage } = inputOptions('code', values);
  const kb = kbDirs(values);
  if (values.jsonl) {
    if (positionals.length > 1) throw new UsageError('code --jsonl reads one file or standard input', 'code');
    return codeJsonLines(positionals[0] ?? '-', { maxLineBytes: maxBytes, checkLanguage }, io, kb);
  }
  if (positionals.length === 0) throw new UsageError('code needs a FILE, a folder or - for standard input', 'code');

  const items: IngestItem[] = [];
  for await (const item of readInputs(positionals, { maxBytes, format, checkLanguage, stdin: io.stdin })) items.push(item);
  const articles = items.filter((item) => item.ok).length;
  const pretty = values.pretty === true || (articles === 1 && io.stdout.isTTY === true);
  const readout = articles > 0 ? await loadReadout({ kbDirs: kb }) : null;
  let ok = 0;
  for (const item of items) {
    if (!item.ok) {
      await write(io.stderr, `readout: ${item.error.message}\n`);
      continue;
    }
    let result: ArticleResult;
    try {
      result = codeArticle(readout!, item.article);
    } catch (error) {
      await write(io.stderr, `readout: ${item.article.source}: coding failed: ${(error as Error).message}\n`);
      continue;
    }
    ok++;
    await write(io.stdout, (pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result)) + '\n');
  }
  return ok > 0 || items.length === 0 ? 0 : 1;
}

/** Streams JSON lines in and result lines out; a bad line becomes an error line and the rest go on. */
async function codeJsonLines(path: string, options: JsonLinesOptions, io: Io, kb: string[]): Promise<number> {
  let stream: AsyncIterable<Buffer | string>;
  if (path === '-') {
    stream = io.stdin as AsyncIterable<Buffer | string>;
  } else {
    const info = await stat(path).catch(() => null);
    if (!info) throw new IngestError('E_NOT_FOUND', path, 'no such file or directory');
    if (info.isDirectory()) throw new IngestError('E_READ', path, 'is a folder; code --jsonl reads one file');
    stream = createReadStream(path);
  }
  const readout = await loadReadout({ kbDirs: kb });
  let lines = 0;
  let failed = 0;
  for await (const item of readJsonLines(stream, path, options)) {
    lines++;
    let line: string;
    if (!item.ok) {
      failed++;
      line = JSON.stringify({ id: item.id ?? null, error: { code: item.error.code, message: item.error.message } });
    } else {
      try {
        line = JSON.stringify(codeArticle(readout, item.article));
      } catch (error) {
        failed++;
        line = JSON.stringify({ id: item.article.id ?? null, error: { code: 'E_CODE', message: `${item.article.source}: ${(error as Error).message}` } });
      }
    }
    await write(io.stdout, line + '\n');
  }
  return lines > 0 && failed === lines ? 1 : 0;
}

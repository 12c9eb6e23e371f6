/**
 * `readout export`: stored events as CSV with GDELT-like columns, JSON lines or PLOVER JSON,
 * the same exports the HTTP API serves, written to standard output or a file.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportChunks, type ExportFormat } from '../../server/exports.js';
import { loadReference } from '../../server/reference.js';
import type { EventSearch } from '../../store/explore.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parse, parseCount, parseDate } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import { write, type Io } from '../io.js';
import { DB_OPTION, DEFAULT_DB } from '../options.js';

const FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'plover'];

function check(value: string | undefined, pattern: RegExp, option: string, example: string): string | undefined {
  if (value === undefined) return undefined;
  if (!pattern.test(value)) throw new UsageError(`--${option} must be ${example}, not "${value}"`, 'export');
  return value.toUpperCase();
}

/** Runs `readout export`; returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse('export', args, {
    ...DB_OPTION,
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    actor: { type: 'string', short: 'a' },
    partner: { type: 'string' },
    country: { type: 'string' },
    cameo: { type: 'string' },
    plover: { type: 'string' },
    quad: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    text: { type: 'string' },
    'no-negated': { type: 'boolean' },
    limit: { type: 'string', short: 'n' },
  });
  const format = (values.format ?? 'csv') as ExportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`, 'export');
  if (values.partner !== undefined && values.actor === undefined) throw new UsageError('--partner needs --actor', 'export');
  const search: EventSearch = {
    actor: check(values.actor, /^[A-Za-z0-9]{1,15}$/, 'actor', 'an actor code or prefix such as CHN'),
    partner: check(values.partner, /^[A-Za-z0-9]{1,15}$/, 'partner', 'an actor code or prefix such as JPN'),
    country: check(values.country, /^[A-Za-z]{3}$/, 'country', 'a three-letter country code such as RUS'),
    cameo: check(values.cameo, /^\d{1,4}$/, 'cameo', 'a CAMEO code or prefix of 1 to 4 digits'),
    plover: check(values.plover, /^[A-Za-z]{2,20}$/, 'plover', 'a PLOVER category such as CONSULT'),
    quad: values.quad === undefined ? undefined : [...new Set(check(values.quad, /^[1-4](,[1-4])*$/, 'quad', 'quad classes 1-4, comma-separated')!.split(',').map(Number))],
    from: values.from === undefined ? undefined : parseDate(values.from, 'from'),
    to: values.to === undefined ? undefined : parseDate(values.to, 'to'),
    text: values.text,
    negated: values['no-negated'] ? false : undefined,
  };
  const limit = values.limit === undefined ? Infinity : parseCount(values.limit, 'limit', 1);

  const store = await openSqliteStore(values.db ?? DEFAULT_DB, { create: false });
  try {
    const chunks = exportChunks(store.eachEvent(search), format, loadReference().exports, limit);
    if (values.output === undefined) {
      for await (const chunk of chunks) await write(io.stdout, chunk);
      return 0;
    }
    const file = createWriteStream(values.output);
    const failed = once(file, 'error').then(([error]) => {
      throw new CliError('E_OUTPUT', `cannot write ${values.output}: ${(error as Error).message}`);
    });
    const done = (async () => {
      for await (const chunk of chunks) await write(file, chunk);
      file.end();
      await once(file, 'finish');
    })();
    await Promise.race([done, failed]);
    return 0;
  } finally {
    await store.close();
  }
}

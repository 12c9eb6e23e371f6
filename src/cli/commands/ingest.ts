/**
 * `readout ingest PATH... [--db FILE]`: code and store every article, recording a status
 * for every input, and end with a summary line.
 */
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parse } from '../args.js';
import { UsageError } from '../errors.js';
import { runIngest, summaryLine } from '../ingest-run.js';
import { write, type Io } from '../io.js';
import { DB_OPTION, DEFAULT_DB, INPUT_OPTIONS, inputOptions, KB_OPTION, kbDirs } from '../options.js';

/** How many failures are listed one per line before the rest are counted. */
const LISTED_FAILURES = 20;

/** Runs `readout ingest`; 0 when any input was coded or skipped, 1 when all failed. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('ingest', args, { ...DB_OPTION, ...INPUT_OPTIONS, ...KB_OPTION, quiet: { type: 'boolean', short: 'q' } }, true);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (a file, a folder or -)', 'ingest');
  const kb = kbDirs(values);
  const file = (values.db as string | undefined) ?? DEFAULT_DB;
  const store = await openSqliteStore(file);
  try {
    const summary = await runIngest(positionals, store, io, { ...inputOptions('ingest', values), progress: values.quiet !== true, kbDirs: kb });
    for (const failure of summary.failures.slice(0, LISTED_FAILURES)) {
      await write(io.stderr, `failed: ${failure.source}: ${failure.reason}\n`);
    }
    if (summary.failures.length > LISTED_FAILURES) {
      await write(io.stderr, `failed: ... and ${summary.failures.length - LISTED_FAILURES} more (readout inputs --status failed --db ${file})\n`);
    }
    await write(io.stdout, `${file}: ${summaryLine(summary)} (${summary.seconds.toFixed(1)} s)\n`);
    return summary.coded + summary.skipped > 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

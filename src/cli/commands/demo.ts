/**
 * `readout demo [--db FILE]`: ingest the bundled sample articles (samples/*.txt), plus the
 * shared seed article when ../shared is present, and show what was found.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parse } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import { plural, runIngest, summaryLine } from '../ingest-run.js';
import { PACKAGE_ROOT, write, type Io } from '../io.js';
import { DB_OPTION, DEFAULT_DB } from '../options.js';
import { truncate } from '../table.js';
import { actorLabel } from './query.js';

/** Rows of each kind shown in the demo summary. */
const SHOWN = 5;
const TEXT_WIDTH = 70;

const SHARED_SEED = join(PACKAGE_ROOT, '..', 'shared', 'seeds', '000_2c71178ddf8ac282.txt');

const clip = (text: string) => truncate(text.replace(/\s+/g, ' ').trim(), TEXT_WIDTH);

/** Runs `readout demo`; returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse('demo', args, { ...DB_OPTION, samples: { type: 'string' }, serve: { type: 'boolean' }, port: { type: 'string', short: 'p' } });
  if (values.port !== undefined && !values.serve) throw new UsageError('--port goes with --serve', 'demo');
  const samples = (values.samples as string | undefined) ?? join(PACKAGE_ROOT, 'samples');
  if (!existsSync(samples)) throw new CliError('E_NOT_FOUND', `${samples}: no sample articles folder`);
  // Only the articles: the folder also holds a README and gold annotations.
  const articles = readdirSync(samples).filter((name) => name.endsWith('.txt') && !name.startsWith('.')).sort();
  if (articles.length === 0) throw new CliError('E_EMPTY', `${samples}: no .txt sample articles`);
  const paths = articles.map((name) => join(samples, name));
  // The acceptance example is third-party text we may not ship; add it to the bundled
  // samples where shared/ is beside us.
  if (values.samples === undefined && existsSync(SHARED_SEED)) paths.unshift(SHARED_SEED);
  const file = (values.db as string | undefined) ?? DEFAULT_DB;
  const store = await openSqliteStore(file);
  try {
    const summary = await runIngest(paths, store, io);
    const counts = await store.counts();
    const actors = await store.actors();
    const newActors = actors.filter((a) => a.isNew).length;
    const out: string[] = [
      `Ingested ${plural(summary.inputs, 'sample article')} into ${file}: ${summaryLine(summary)}.`,
      `The database now holds ${plural(counts.articles, 'article')}, ${plural(counts.events, 'event')}, ` +
        `${plural(counts.quotes, 'quote')}, ${plural(counts.stances, 'stance')} and ${plural(actors.length, 'actor')} ` +
        `(${newActors} of them new: described by the text, not in the knowledge base).`,
    ];
    for (const failure of summary.failures) out.push(`  failed: ${failure.source}: ${failure.reason}`);

    const events = await store.events({ limit: SHOWN });
    if (events.length) out.push('', 'Events', ...events.map((e) =>
      `  ${e.date ?? '????-??-??'}  ${e.cameo} ${e.plover ?? ''}  ${actorLabel(e.source)} -> ${actorLabel(e.target) || '-'}` +
      `${e.negated ? ' (negated)' : ''}: "${clip(e.text)}"`));
    const quotes = await store.quotes({ limit: SHOWN });
    if (quotes.length) out.push('', 'Quotes', ...quotes.map((q) =>
      `  ${actorLabel(q.speaker) || 'unattributed'}${q.via.length ? ` (via ${q.via.map((v) => v.name).join(', ')})` : ''}: "${clip(q.text)}"`));
    const stances = await store.stances({ limit: SHOWN });
    if (stances.length) out.push('', 'Stances', ...stances.map((s) => `  ${actorLabel(s.holder)} ${s.polarity}s ${clip(s.issue)}`));

    const db = file === DEFAULT_DB ? '' : ` --db ${file}`;
    out.push('', 'Explore:', `  readout events${db} --actor CHN`, `  readout quotes${db} --text sanctions`, `  readout actors${db} --new`, `  readout articles${db} --json`);
    if (!values.serve) out.push(`  readout serve${db}   (the dashboard in your browser)`);
    await write(io.stdout, out.join('\n') + '\n');
    if (summary.coded + summary.skipped === 0) return 1;
  } finally {
    await store.close();
  }
  if (!values.serve) return 0;
  await write(io.stdout, '\n');
  const { run: serve } = await import('./serve.js');
  return serve(['--db', file, ...(values.port !== undefined ? ['--port', values.port as string] : [])], io);
}

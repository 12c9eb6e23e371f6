/**
 * `readout demo [--db FILE]`: ingest the bundled sample articles and show what was found.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parse } from '../args.js';
import { CliError } from '../errors.js';
import { plural, runIngest, summaryLine } from '../ingest-run.js';
import { PACKAGE_ROOT, write, type Io } from '../io.js';
import { DB_OPTION, DEFAULT_DB } from '../options.js';
import { truncate } from '../table.js';
import { actorLabel } from './query.js';

/** Rows of each kind shown in the demo summary. */
const SHOWN = 5;
const QUOTE_WIDTH = 90;

/** Runs `readout demo`; returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse('demo', args, { ...DB_OPTION, samples: { type: 'string' } });
  const samples = (values.samples as string | undefined) ?? join(PACKAGE_ROOT, 'samples');
  if (!existsSync(samples)) throw new CliError('E_NOT_FOUND', `${samples}: no sample articles folder`);
  const file = (values.db as string | undefined) ?? DEFAULT_DB;
  const store = await openSqliteStore(file);
  try {
    const summary = await runIngest([samples], store, io);
    const counts = await store.counts();
    const newActors = (await store.actors({ isNew: true })).length;
    const out: string[] = [
      `Ingested ${plural(summary.inputs, 'sample article')} from ${samples} into ${file}: ${summaryLine(summary)}.`,
      `The database now holds ${plural(counts.articles, 'article')}, ${plural(counts.events, 'event')}, ` +
        `${plural(counts.quotes, 'quote')}, ${plural(counts.stances, 'stance')} and ${plural(counts.entities, 'actor mention')} ` +
        `(${newActors} new ${newActors === 1 ? 'actor' : 'actors'} not in the knowledge base).`,
    ];
    for (const failure of summary.failures) out.push(`  failed: ${failure.source}: ${failure.reason}`);

    const events = await store.events({ limit: SHOWN });
    if (events.length) out.push('', 'Events', ...events.map((e) =>
      `  ${e.date ?? '????-??-??'}  ${e.cameo} ${e.plover ?? ''}  ${actorLabel(e.source)} -> ${actorLabel(e.target) || '-'}${e.negated ? '  (negated)' : ''}`));
    const quotes = await store.quotes({ limit: SHOWN });
    if (quotes.length) out.push('', 'Quotes', ...quotes.map((q) =>
      `  ${actorLabel(q.speaker) || 'unattributed'}: "${truncate(q.text.replace(/\s+/g, ' '), QUOTE_WIDTH)}"`));
    const stances = await store.stances({ limit: SHOWN });
    if (stances.length) out.push('', 'Stances', ...stances.map((s) => `  ${actorLabel(s.holder)} ${s.polarity}s ${s.issue}`));

    const db = file === DEFAULT_DB ? '' : ` --db ${file}`;
    out.push('', 'Explore:', `  readout events${db} --actor CHN`, `  readout quotes${db} --text sanctions`, `  readout actors${db} --new`, `  readout articles${db} --json`);
    await write(io.stdout, out.join('\n') + '\n');
    return summary.coded + summary.skipped > 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

/**
 * The ingest loop shared by `readout ingest` and `readout demo`: read every input, code
 * each new article, store it, and record a status for every input.
 */
import { readInputs, type IngestItem, type IngestOptions } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import { codeArticle, loadReadout } from './coding.js';
import type { Io } from './io.js';
import { createProgress } from './progress.js';

export interface IngestSummary {
  inputs: number;
  coded: number;
  skipped: number;
  failed: number;
  /** Why inputs were skipped, with counts. */
  skipReasons: Record<string, number>;
  failures: Array<{ source: string; reason: string }>;
  /** Layers found in the articles coded by this run. */
  events: number;
  quotes: number;
  stances: number;
  seconds: number;
}

export interface RunIngestOptions extends Partial<IngestOptions> {
  /** Draw a progress bar on stderr when it is a terminal. */
  progress?: boolean;
  /** Folders of imported dictionaries (--kb) loaded on top of our data. */
  kbDirs?: string[];
}

/** Ingests every input under `paths` into `store`. */
export async function runIngest(paths: readonly string[], store: Store, io: Io, options: RunIngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const items: IngestItem[] = [];
  for await (const item of readInputs(paths, { ...options, stdin: io.stdin })) items.push(item);
  const summary: IngestSummary = {
    inputs: items.length, coded: 0, skipped: 0, failed: 0, skipReasons: {}, failures: [], events: 0, quotes: 0, stances: 0, seconds: 0,
  };
  const fail = async (source: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ source, reason });
    await store.recordInput(source, 'failed', reason);
  };
  const skip = (reason: string) => {
    summary.skipped++;
    summary.skipReasons[reason] = (summary.skipReasons[reason] ?? 0) + 1;
  };

  const needsCoding = items.some((item) => item.ok);
  const readout = needsCoding ? await loadReadout({ kbDirs: options.kbDirs }) : null;
  const progress = createProgress(io.stderr, items.length, 'ingest');
  let done = 0;
  for (const item of items) {
    if (!item.ok) {
      await fail(item.error.input, `${item.error.code}: ${item.error.reason}`);
    } else {
      const { article } = item;
      const existing = await store.findArticle(article.hash);
      if (existing !== null) {
        await store.recordInput(article.source, 'skipped', 'already stored', existing);
        skip('already stored');
      } else {
        let result;
        try {
          result = codeArticle(readout!, article);
        } catch (error) {
          await fail(article.source, `E_CODE: ${(error as Error).message}`);
        }
        if (result) {
          const saved = await store.saveArticle({ hash: article.hash, source: article.source, result });
          if (saved.status === 'coded') {
            summary.coded++;
            summary.events += result.events.length;
            summary.quotes += result.quotes.length;
            summary.stances += result.stances.length;
          } else {
            skip(saved.reason ?? 'skipped');
          }
        }
      }
    }
    if (options.progress !== false) progress.tick(++done);
  }
  progress.done();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The one-line summary: "3 coded, 1 skipped (already stored), 2 failed; found 5 events, 2 quotes, 1 stance". */
export function summaryLine(s: IngestSummary): string {
  const reasons = Object.entries(s.skipReasons).map(([reason, n]) => (n === s.skipped ? reason : `${n} ${reason}`));
  const skipped = s.skipped > 0 ? ` (${reasons.join(', ')})` : '';
  return `${s.coded} coded, ${s.skipped} skipped${skipped}, ${s.failed} failed; ` +
    `found ${plural(s.events, 'event')}, ${plural(s.quotes, 'quote')}, ${plural(s.stances, 'stance')}`;
}

/** "1 event", "2 events". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

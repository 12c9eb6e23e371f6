/**
 * `npm run bench [-- --limit N] [--store] [--json]`: codes the Reuters-21578 bodies in one
 * process and reports speed and memory. Reads ../shared/data/reuters21578 beside the repo.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentHash } from '../ingest/hash.js';
import { createReadout } from '../readout.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { reutersDate, sentenceCount } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = join(ROOT, '..', 'shared', 'data', 'reuters21578');
/** RSS is sampled every this many articles (and at the end). */
const SAMPLE_EVERY = 100;

interface Record21578 {
  body?: string;
  title?: string;
  date?: string;
  attrs?: { newid?: string };
}

interface BenchSummary {
  articles: number;
  sentences: number;
  events: number;
  quotes: number;
  stances: number;
  seconds: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  peakRssMb: number;
  maxRssMb: number;
  storeSeconds?: number;
}

type Article = { id: string; text: string; title?: string; date?: string };

/** Reads the bodies file by file, so only one file's records are in memory at a time. */
function* loadBodies(limit: number): Generator<Article> {
  const files = readdirSync(DATA_DIR).filter((f) => /^reut2-\d+\.json$/.test(f)).sort();
  let n = 0;
  for (const file of files) {
    const records = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as Record21578[];
    for (const record of records) {
      if (typeof record.body !== 'string' || record.body.trim() === '') continue;
      yield { id: `reuters-${record.attrs?.newid ?? n}`, text: record.body, title: record.title, date: reutersDate(record.date) };
      if (++n >= limit) return;
    }
  }
}

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { limit: { type: 'string' }, store: { type: 'boolean' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (!existsSync(DATA_DIR)) {
    console.log(`bench: no Reuters-21578 data at ${DATA_DIR}; nothing to measure.`);
    return;
  }
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (!(limit > 0)) throw new Error(`--limit must be a positive number, not ${values.limit}`);

  const articles = loadBodies(limit);
  const readout = createReadout();
  const dir = values.store ? mkdtempSync(join(tmpdir(), 'readout-bench-')) : null;
  const store = dir ? await openSqliteStore(join(dir, 'bench.db')) : null;
  let peakRss = process.memoryUsage().rss;
  const summary: BenchSummary = {
    articles: 0, sentences: 0, events: 0, quotes: 0, stances: 0, seconds: 0,
    articlesPerSecond: 0, sentencesPerSecond: 0, peakRssMb: 0, maxRssMb: 0,
  };
  let codeNs = 0n;
  let storeNs = 0n;
  try {
    for (const article of articles) {
      const t0 = process.hrtime.bigint();
      const result = readout.code(article);
      const t1 = process.hrtime.bigint();
      codeNs += t1 - t0;
      if (store) {
        await store.saveArticle({ hash: contentHash(article.text), source: article.id, result });
        storeNs += process.hrtime.bigint() - t1;
      }
      summary.articles++;
      summary.sentences += sentenceCount(result);
      summary.events += result.events.length;
      summary.quotes += result.quotes.length;
      summary.stances += result.stances.length;
      if (summary.articles % SAMPLE_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  } finally {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  summary.seconds = Number(codeNs) / 1e9;
  if (store) summary.storeSeconds = Number(storeNs) / 1e9;

  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  summary.peakRssMb = mb(peakRss);
  // resourceUsage().maxRSS is in kilobytes.
  summary.maxRssMb = mb(process.resourceUsage().maxRSS * 1024);
  summary.articlesPerSecond = Math.round(summary.articles / summary.seconds);
  summary.sentencesPerSecond = Math.round(summary.sentences / summary.seconds);
  summary.seconds = Math.round(summary.seconds * 100) / 100;
  if (summary.storeSeconds !== undefined) summary.storeSeconds = Math.round(summary.storeSeconds * 100) / 100;

  if (values.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(`Reuters-21578: ${summary.articles} articles, ${summary.sentences} sentences`);
  console.log(`  coded in ${summary.seconds} s: ${summary.articlesPerSecond} articles/s, ${summary.sentencesPerSecond} sentences/s`);
  console.log(`  found ${summary.events} events, ${summary.quotes} quotes, ${summary.stances} stances`);
  if (summary.storeSeconds !== undefined) {
    console.log(`  stored in SQLite in ${summary.storeSeconds} s: ${Math.round(summary.articles / summary.storeSeconds)} articles/s`);
  }
  console.log(`  peak RSS ${summary.peakRssMb} MB (sampled), max RSS ${summary.maxRssMb} MB (resourceUsage)`);
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});

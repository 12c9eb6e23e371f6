/**
 * `npm run bench:api -- --db FILE [--rounds N] [--json]`: serves the database over HTTP
 * and times every kind of request the dashboard makes, with parameters drawn from the data
 * (busy and rare actors, date ranges, words, pages), one request at a time. Prints p50, p95,
 * p99 and the slowest time per endpoint. Fill a database first with `npm run fill:events`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createApp, startServer } from '../server/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { rng } from './api-data.js';

type Call = { name: string; path: string; body?: unknown };

/** The p-th percentile (0-100) of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Sample {
  actors: string[];
  uncoded: string[];
  pairs: Array<[string, string]>;
  speakers: string[];
  outlets: string[];
  issues: string[];
  words: string[];
  maxArticle: number;
  years: string[];
}

function sample(file: string): Sample {
  const db = new Database(file, { readonly: true });
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const s: Sample = {
    actors: all<{ actor: string }>('SELECT actor FROM agg_actor WHERE code IS NOT NULL ORDER BY events DESC').map((r) => r.actor),
    uncoded: all<{ actor: string }>('SELECT actor FROM agg_actor WHERE code IS NULL ORDER BY events DESC LIMIT 50').map((r) => r.actor),
    pairs: all<{ a: string; b: string }>('SELECT a, b FROM agg_pair ORDER BY events DESC LIMIT 2000').map((r) => [r.a, r.b]),
    speakers: all<{ c: string }>('SELECT speaker_code AS c FROM quotes WHERE speaker_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 300').map((r) => r.c),
    outlets: all<{ n: string }>('SELECT name AS n FROM quote_via GROUP BY 1 ORDER BY count(*) DESC LIMIT 100').map((r) => r.n),
    issues: all<{ issue: string }>('SELECT issue FROM agg_stance GROUP BY 1 ORDER BY sum(support + oppose) DESC LIMIT 100').map((r) => r.issue),
    words: ['sanctions', 'talks', 'nuclear', 'ceasefire', 'trade', 'border', 'refugees', 'pipeline', 'embassy', 'grain', 'hostage', 'drone',
      'election', 'tariffs', 'islands', 'vaccine', 'journalists', 'oil prices', 'peace process', 'military exercises'],
    maxArticle: (db.prepare('SELECT max(id) AS n FROM articles').get() as { n: number }).n,
    years: all<{ y: string }>("SELECT DISTINCT substr(month, 1, 4) AS y FROM agg_month WHERE month != '' ORDER BY 1").map((r) => r.y),
  };
  db.close();
  return s;
}

/** One round of dashboard calls: every view, its filters and its clicks. */
function round(s: Sample, random: () => number): Call[] {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  // Half busy actors, the rest from the long tail.
  const actor = () => (random() < 0.5 ? pick(s.actors.slice(0, 20)) : random() < 0.6 ? pick(s.actors.slice(20, 300)) : pick(s.actors));
  const year = () => pick(s.years);
  const month = () => `${year()}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
  const range = () => pick([{}, { from: year() }, { from: month(), to: month() }, { from: year(), to: year() }]);
  const q = (params: Record<string, unknown>) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
    const text = u.toString();
    return text ? `?${text}` : '';
  };
  const fix = (r: Record<string, string>) => (r.from && r.to && r.from > r.to ? { from: r.to, to: r.from } : r);
  const [a, b] = pick(s.pairs);
  const key = actor();
  const eventFilters = pick<Record<string, unknown>>([
    {}, { actor: actor() }, { actor: actor().slice(0, 3) }, { country: actor().slice(0, 3) }, { cameo: pick(['01', '04', '11', '17', '19', '042', '190']) },
    { plover: pick(['CONSULT', 'ACCUSE', 'SANCTION', 'ASSAULT', 'AID']) }, { quad: pick(['1,2', '3,4', '4']) }, fix(range() as Record<string, string>),
    { text: pick(s.words) }, { actor: actor(), quad: '3,4' }, { actor: actor(), ...fix(range() as Record<string, string>) },
    { text: pick(s.words), actor: actor() }, { actor: a, partner: b, exact: true },
  ]);
  return [
    // 1. Overview
    { name: 'GET /api/stats', path: '/api/stats' },
    { name: 'GET /api/articles (latest)', path: '/api/articles?limit=8' },
    { name: 'GET /api/actors/top', path: `/api/actors/top${q({ limit: 10, ...pick([{}, {}, fix(range() as Record<string, string>)]) })}` },
    { name: 'GET /api/timeline', path: `/api/timeline${q(pick([{}, {}, fix(range() as Record<string, string>)]))}` },
    { name: 'GET /api/ontology', path: '/api/ontology' },
    // 2. Events with filters, sorts and pages
    { name: 'GET /api/events', path: `/api/events${q({ ...eventFilters, sort: pick(['-date', '-date', 'date', 'goldstein', '-goldstein']), limit: 50, offset: pick([0, 0, 0, 50, 500]) })}` },
    // 3. Network, then a node and an edge
    { name: 'GET /api/network', path: `/api/network${q({ limit: 80, ...fix(range() as Record<string, string>) })}` },
    { name: 'GET /api/events (node)', path: `/api/events${q({ actor: key, exact: true, negated: false, limit: 25 })}` },
    { name: 'GET /api/dyads', path: `/api/dyads${q({ a, b })}` },
    { name: 'GET /api/events (edge)', path: `/api/events${q({ actor: a, partner: b, exact: true, negated: false, limit: 25 })}` },
    // 4. Actor page
    { name: 'GET /api/actors/:key', path: `/api/actors/${encodeURIComponent(random() < 0.9 ? key : pick(s.uncoded))}` },
    { name: 'GET /api/quotes (speaker)', path: `/api/quotes${q({ speaker: random() < 0.7 ? key : pick(s.speakers), exact: true, limit: 10 })}` },
    { name: 'GET /api/stances/matrix (actor)', path: `/api/stances/matrix${q({ actor: key, actors: 1, issues: 40 })}` },
    // 5. Quotes explorer
    { name: 'GET /api/quotes', path: `/api/quotes${q({ limit: 30, ...pick<Record<string, unknown>>([{}, { speaker: pick(s.speakers) }, { outlet: pick(s.outlets) }, { text: pick(s.words) }, { kind: 'direct', speaker: actor().slice(0, 3) }]) })}` },
    // 6. Stances
    { name: 'GET /api/stances/matrix', path: `/api/stances/matrix${q({ actors: 25, issues: 25, ...pick<Record<string, unknown>>([{}, {}, { issue: pick(s.issues).split(' ').pop() }]) })}` },
    { name: 'GET /api/stances (cell)', path: `/api/stances${q({ actor: key, issue: pick(s.issues), limit: 50 })}` },
    // 7. Articles
    { name: 'GET /api/articles/:id', path: `/api/articles/${1 + Math.floor(random() * s.maxArticle)}` },
    { name: 'GET /api/articles (search)', path: `/api/articles${q({ text: pick(s.words), sort: pick(['rank', '-date']), limit: 20, offset: pick([0, 0, 20]) })}` },
    { name: 'GET /api/actors (search)', path: `/api/actors${q({ text: pick(['chin', 'rus', 'min', 'front', 'united', 'USA', 'gov']), limit: 20 })}` },
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string' }, json: { type: 'boolean' }, seed: { type: 'string' }, slowest: { type: 'string' } } });
  if (!values.db) {
    process.stderr.write('usage: npm run bench:api -- --db FILE [--rounds 100] [--json]\n');
    process.exit(2);
  }
  const rounds = Number(values.rounds ?? 100);
  const s = sample(values.db);
  const store = await openSqliteStore(values.db, { create: false });
  const server = await startServer(createApp({ store, assetsDir: null }), { host: '127.0.0.1', port: 0 });
  const random = rng(Number(values.seed ?? 7));
  const times = new Map<string, number[]>();
  const slow: Array<[number, string]> = [];
  const article = readFileSync(new URL('../../samples/phone-call.txt', import.meta.url), 'utf8');
  const run = async (call: Call) => {
    const started = performance.now();
    const response = await fetch(server.url.replace(/\/$/, '') + call.path, call.body
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call.body) } : undefined);
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`${call.path}: ${response.status}`);
    times.set(call.name, [...(times.get(call.name) ?? []), ms]);
    slow.push([ms, call.path]);
  };
  await run({ name: 'warm-up', path: '/api/stats' });
  await run({ name: 'POST /api/code', path: '/api/code', body: { text: article } });
  times.clear();
  slow.length = 0;
  for (let i = 0; i < rounds; i++) {
    for (const call of round(s, random)) await run(call);
    if (i % 5 === 0) await run({ name: 'POST /api/code', path: '/api/code', body: { text: article } });
  }
  await server.close();
  await store.close();
  const rows = [...times].map(([name, list]) => {
    const sorted = [...list].sort((x, y) => x - y);
    return { name, n: list.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
  });
  const all = [...times.values()].flat().sort((x, y) => x - y);
  if (values.json) {
    process.stdout.write(JSON.stringify({ rows, overall: { n: all.length, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99) } }, null, 2) + '\n');
    return;
  }
  const ms = (x: number) => x.toFixed(1).padStart(7);
  process.stdout.write(`${'endpoint'.padEnd(34)} ${'n'.padStart(5)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}\n`);
  for (const r of rows) process.stdout.write(`${r.name.padEnd(34)} ${String(r.n).padStart(5)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.max)}\n`);
  for (const [ms2, path] of slow.sort((x, y) => y[0] - x[0]).slice(0, Number(values.slowest ?? 0))) process.stderr.write(`${ms2.toFixed(0).padStart(6)} ms ${decodeURIComponent(path)}\n`);
  process.stdout.write(`${'all'.padEnd(34)} ${String(all.length).padStart(5)} ${ms(percentile(all, 50))} ${ms(percentile(all, 95))} ${ms(percentile(all, 99))} ${ms(all[all.length - 1])}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, 'dist/'))) await main();

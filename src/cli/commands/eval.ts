/**
 * `readout eval`: measures Readout against reference data read at run time (our gold
 * annotations, and the shared sets in ../shared/data). Prints a table per scorer, or one
 * JSON object with --json.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConll, runConll } from '../../eval/conll.js';
import { loadDirected, runDirected } from '../../eval/directed.js';
import { findGoldPairs, loadGoldArticles, runGold, textForGold, type GoldPair } from '../../eval/gold-files.js';
import { loadPlover, ploverAliases, runPlover } from '../../eval/plover.js';
import { loadPolnear, runPolnear } from '../../eval/polnear.js';
import { DEFAULT_DATA_DIR, loadDataFile } from '../../kb/load.js';
import { cameoSchema } from '../../kb/schema.js';
import { parseCount } from '../args.js';
import { loadReadout } from '../coding.js';
import { CliError, UsageError } from '../errors.js';
import { PACKAGE_ROOT, write, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { formatConll, formatDirected, formatGold, formatPlover, formatPolnear } from './eval-report.js';
import { formatPetrarch, loadPetrarch, runPetrarchEval } from './eval-petrarch.js';

const SHARED = join(PACKAGE_ROOT, '..', 'shared');

/** Where each data set is looked for when its flag has no path. */
export const DEFAULT_PATHS = {
  'gold-dir': join(PACKAGE_ROOT, 'samples'),
  plover: join(SHARED, 'data', 'plover-gsr', 'dev.json'),
  conll: join(SHARED, 'data', 'conll2003', 'eng.testa'),
  polnear: join(SHARED, 'data', 'polnear', 'dev'),
  'directed-sentiment': join(SHARED, 'data', 'directed-sentiment', 'valid.txt'),
  petrarch: join(SHARED, 'data', 'petrarch2-validation', 'PETR.UnitTest.records.xml'),
} as const;
/** CoNLL sentences per coded document: one paragraph each. */
const CONLL_BATCH = 50;
/** --all also scores the shared seed article against its gold file. */
const SHARED_SEEDS = join(SHARED, 'seeds');

type DataFlag = keyof typeof DEFAULT_PATHS;
const DATA_FLAGS = Object.keys(DEFAULT_PATHS) as DataFlag[];

export interface EvalArgs {
  gold: Array<{ gold: string; text?: string }>;
  goldDirs: string[];
  plover?: string;
  conll?: string;
  polnear?: string;
  directed?: string;
  petrarch?: string;
  /** --kb DIR: folders of imported dictionaries loaded on top of our data. */
  kbDirs: string[];
  json: boolean;
  verbose: boolean;
  limit?: number;
}

/**
 * Parses the arguments. Data flags take an optional path (`--plover` alone uses the default);
 * `--gold` and `--text` need one. `--all` adds every data set whose default exists.
 */
export function parseEvalArgs(args: string[]): EvalArgs {
  const out: EvalArgs = { gold: [], goldDirs: [], kbDirs: [], json: false, verbose: false };
  let all = false;
  let text: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const next = () => {
      if (inline !== undefined) return inline;
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`${flag} needs a value`, 'eval');
      i++;
      return value;
    };
    const optional = () => {
      if (inline !== undefined) return inline;
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return undefined;
      i++;
      return value;
    };
    const name = flag.replace(/^--/, '');
    if (flag === '--all') all = true;
    else if (flag === '--json') out.json = true;
    else if (flag === '--verbose' || flag === '-v') out.verbose = true;
    else if (flag === '--limit' || flag === '-n') out.limit = parseCount(next(), 'limit', 1);
    else if (flag === '--gold') out.gold.push({ gold: next() });
    else if (flag === '--kb') out.kbDirs.push(next());
    else if (flag === '--text') text = next();
    else if (flag.startsWith('--') && (DATA_FLAGS as string[]).includes(name)) {
      const path = optional() ?? DEFAULT_PATHS[name as DataFlag];
      if (name === 'gold-dir') out.goldDirs.push(path);
      else out[name === 'directed-sentiment' ? 'directed' : (name as 'plover' | 'conll' | 'polnear' | 'petrarch')] = path;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`, 'eval');
    else throw new UsageError(`unexpected argument "${flag}"; give data paths after their flag, e.g. --plover ${flag}`, 'eval');
  }
  if (text !== undefined) {
    if (out.gold.length !== 1) throw new UsageError('--text goes with exactly one --gold FILE', 'eval');
    out.gold[0].text = text;
  }
  if (all) {
    if (!out.goldDirs.length) out.goldDirs.push(...[DEFAULT_PATHS['gold-dir'], SHARED_SEEDS].filter((d) => existsSync(d)));
    out.plover ??= existsOr(DEFAULT_PATHS.plover);
    out.conll ??= existsOr(DEFAULT_PATHS.conll);
    out.polnear ??= existsOr(DEFAULT_PATHS.polnear);
    out.directed ??= existsOr(DEFAULT_PATHS['directed-sentiment']);
    out.petrarch ??= existsOr(DEFAULT_PATHS.petrarch);
  }
  if (!out.gold.length && !out.goldDirs.length && !out.plover && !out.conll && !out.polnear && !out.directed && !out.petrarch) {
    throw new UsageError(all ? `--all found no data (looked in ${SHARED})` : 'eval needs at least one data set, or --all', 'eval');
  }
  return out;
}

const existsOr = (path: string) => (existsSync(path) ? path : undefined);

function mustExist(path: string, kind: 'file' | 'folder', flag?: DataFlag): void {
  const info = existsSync(path) ? statSync(path) : null;
  const hint = flag && path === DEFAULT_PATHS[flag] ? ` (the default for --${flag}; give the path after the flag)` : '';
  if (!info) throw new CliError('E_NOT_FOUND', `${path}: no such ${kind}${hint}`);
  if (kind === 'folder' && !info.isDirectory()) throw new CliError('E_READ', `${path}: is not a folder`);
  if (kind === 'file' && info.isDirectory()) throw new CliError('E_READ', `${path}: is a folder, not a file`);
}

/** A path as the user would like to read it: relative to the working folder when shorter. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.length < path.length ? rel : path;
};

/** At most `limit` items spread evenly over the list (the data sets are often sorted by label). */
export function limited<T>(items: readonly T[], limit?: number): T[] {
  if (!limit || limit >= items.length) return [...items];
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]);
}

/** Runs `readout eval`; returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const opts = parseEvalArgs(args);
  // Check every path before the slow part starts.
  for (const g of opts.gold) mustExist(g.gold, 'file');
  for (const d of opts.goldDirs) mustExist(d, 'folder', 'gold-dir');
  for (const d of opts.kbDirs) mustExist(d, 'folder');
  const data = [[opts.plover, 'file', 'plover'], [opts.conll, 'file', 'conll'], [opts.polnear, 'folder', 'polnear'],
    [opts.directed, 'file', 'directed-sentiment'], [opts.petrarch, 'file', 'petrarch']] as const;
  for (const [path, kind, flag] of data) if (path) mustExist(path, kind, flag);
  const goldPairs: Array<{ label: string; pairs: GoldPair[]; withoutGold: string[] }> = [];
  for (const g of opts.gold) {
    const textPath = g.text ?? textForGold(g.gold);
    if (!textPath) throw new CliError('E_NOT_FOUND', `${g.gold}: no article found beside it; name one with --text ARTICLE.txt`);
    mustExist(textPath, 'file');
    goldPairs.push({ label: shown(g.gold), pairs: [{ name: basename(textPath).replace(/\.txt$/, ''), textPath, goldPath: g.gold }], withoutGold: [] });
  }
  for (const dir of opts.goldDirs) {
    const found = findGoldPairs(dir);
    if (!found.pairs.length) throw new CliError('E_EMPTY', `${dir}: no X.txt with a gold/X.gold.json (or ../gold/X.gold.json)`);
    goldPairs.push({ label: shown(dir), pairs: limited(found.pairs, opts.limit), withoutGold: found.withoutGold });
  }

  const started = performance.now();
  const readout = await loadReadout({ kbDirs: opts.kbDirs });
  const json: Record<string, unknown> = { loadSeconds: (performance.now() - started) / 1000 };
  const table = { columns: io.stdout.isTTY ? io.stdout.columns : undefined };
  const sections: string[] = [];
  const timed = <T>(work: () => T) => {
    const t0 = performance.now();
    const report = work();
    return { report, seconds: (performance.now() - t0) / 1000 };
  };
  const progress = (label: string) => {
    let bar: ReturnType<typeof createProgress> | null = null;
    return {
      tick: (done: number, total: number) => (bar ??= createProgress(io.stderr, total, label)).tick(done),
      done: () => bar?.done(),
    };
  };
  const section = async <D, T>(key: string, path: string, load: () => D, work: (data: D, tick: (done: number, total: number) => void) => T,
    format: (report: T, secs: number) => string) => {
    let data: D;
    try {
      data = load();
    } catch (error) {
      throw new CliError('E_DATA', `${path}: cannot read: ${(error as Error).message}`);
    }
    const bar = progress(key);
    const { report, seconds } = timed(() => work(data, bar.tick));
    bar.done();
    json[key] = { path, seconds, ...report };
    await emit(format(report, seconds));
  };
  const emit = async (text: string) => {
    sections.push(text);
    if (!opts.json) await write(io.stdout, (sections.length > 1 ? '\n' : '') + text);
  };

  if (goldPairs.length) {
    const gold: unknown[] = [];
    for (const g of goldPairs) {
      let articles;
      try {
        articles = loadGoldArticles(g.pairs);
      } catch (error) {
        throw new CliError('E_DATA', `${g.label}: cannot read: ${(error as Error).message}`);
      }
      const { report, seconds } = timed(() => runGold(readout, articles, g.withoutGold));
      gold.push({ path: g.label, seconds, ...report });
      await emit(formatGold(g.label, report, seconds, opts.verbose, table));
    }
    json.gold = gold;
  }
  if (opts.plover) {
    const path = opts.plover;
    const aliases = ploverAliases(loadDataFile(DEFAULT_DATA_DIR, 'ontology/cameo.json', cameoSchema).plover);
    await section('plover', shown(path), () => limited(loadPlover(path), opts.limit),
      (records, tick) => runPlover(readout, records, aliases, tick), (r, s) => formatPlover(shown(path), r, s, table));
  }
  if (opts.conll) {
    const path = opts.conll;
    await section('conll', shown(path), () => limited(loadConll(path), opts.limit),
      (sentences, tick) => runConll(readout, sentences, CONLL_BATCH, tick), (r, s) => formatConll(shown(path), r, s, table));
  }
  if (opts.polnear) {
    const path = opts.polnear;
    await section('polnear', shown(path), () => {
      const data = loadPolnear(path);
      return { ...data, articles: limited(data.articles, opts.limit) };
    }, (data, tick) => runPolnear(readout, data, tick), (r, s) => formatPolnear(shown(path), r, s, table));
  }
  if (opts.directed) {
    const path = opts.directed;
    await section('directedSentiment', shown(path), () => {
      const data = loadDirected(path);
      return { ...data, items: limited(data.items, opts.limit) };
    }, (data, tick) => runDirected(readout, data, tick), (r, s) => formatDirected(shown(path), r, s, table));
  }
  if (opts.petrarch) {
    const path = opts.petrarch;
    await section('petrarch', shown(path), () => loadPetrarch(path),
      (suite, tick) => runPetrarchEval(suite, opts.kbDirs, tick), (r, s) => formatPetrarch(shown(path), r, s, table));
  }
  if (opts.json) await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
  return 0;
}

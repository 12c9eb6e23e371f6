/**
 * Finding and scoring articles with reference annotations in the seed gold format: an
 * article `X.txt` and its `X.gold.json`, in `DIR/gold/` (samples/) or in a sibling `gold/`
 * folder (shared/seeds beside shared/gold).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ArticleResult } from '../doc/result.js';
import type { Readout } from '../readout.js';
import { scoreGold, type GoldFile, type GoldScore } from './gold.js';

export interface GoldPair {
  name: string;
  textPath: string;
  goldPath: string;
}

export interface GoldArticleRow {
  name: string;
  score: GoldScore;
}

export interface GoldReport {
  articles: GoldArticleRow[];
  totals: Omit<GoldScore, 'misses' | 'pass'> & { passed: number; articles: number };
  /** Articles in the folders without a gold file, by name. */
  withoutGold: string[];
}

const goldName = (textFile: string) => basename(textFile).replace(/\.txt$/, '.gold.json');

/** The folders that may hold gold files for articles in `dir`. */
const goldDirs = (dir: string) => [join(dir, 'gold'), join(dirname(dir), 'gold')];

/**
 * Pairs every `X.txt` in `dir` with `gold/X.gold.json` beside it or in `../gold`.
 * @example findGoldPairs('samples') // [{ name: 'agreement', textPath: 'samples/agreement.txt', … }]
 */
export function findGoldPairs(dir: string): { pairs: GoldPair[]; withoutGold: string[] } {
  const pairs: GoldPair[] = [];
  const withoutGold: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('.')).sort()) {
    const goldPath = goldDirs(dir).map((d) => join(d, goldName(file))).find((p) => existsSync(p));
    if (goldPath) pairs.push({ name: file.replace(/\.txt$/, ''), textPath: join(dir, file), goldPath });
    else withoutGold.push(file);
  }
  return { pairs, withoutGold };
}

/**
 * The article a gold file annotates when none is named: `X.txt` in the folder above the
 * gold folder, or in a sibling `seeds/` folder. Null when neither exists.
 */
export function textForGold(goldPath: string): string | null {
  const name = basename(goldPath).replace(/\.gold\.json$/, '.txt');
  const parent = dirname(dirname(goldPath));
  return [join(parent, name), join(parent, 'seeds', name)].find((p) => existsSync(p)) ?? null;
}

/** Reads a gold file. */
export function loadGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

/** Reads an article as `readout code` does for a .txt file: UTF-8, without a byte-order mark. */
export function readArticle(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** Scores results against gold files (same order) and adds up the counts. */
export function scoreGoldArticles(items: ReadonlyArray<{ name: string; gold: GoldFile; result: ArticleResult }>, withoutGold: string[] = []): GoldReport {
  const articles = items.map(({ name, gold, result }) => ({ name, score: scoreGold(gold, result) }));
  const sum = (f: (s: GoldScore) => number) => articles.reduce((n, a) => n + f(a.score), 0);
  return {
    articles,
    totals: {
      articles: articles.length,
      passed: articles.filter((a) => a.score.pass).length,
      events: { required: sum((s) => s.events.required), found: sum((s) => s.events.found), optionalFound: sum((s) => s.events.optionalFound), extra: sum((s) => s.events.extra) },
      quotes: { total: sum((s) => s.quotes.total), attributed: sum((s) => s.quotes.attributed) },
      stances: { required: sum((s) => s.stances.required), found: sum((s) => s.stances.found) },
      entities: { total: sum((s) => s.entities.total), found: sum((s) => s.entities.found) },
      document: { checks: sum((s) => s.document.checks), ok: sum((s) => s.document.ok) },
      mustNot: { total: sum((s) => s.mustNot.total), violated: sum((s) => s.mustNot.violated) },
    },
    withoutGold,
  };
}

/** An article's text and its gold annotation, read from a pair of files. */
export interface GoldArticle {
  name: string;
  source: string;
  text: string;
  gold: GoldFile;
}

/** Reads the files of each pair. */
export function loadGoldArticles(pairs: readonly GoldPair[]): GoldArticle[] {
  return pairs.map((p) => ({ name: p.name, source: p.textPath, text: readArticle(p.textPath), gold: loadGold(p.goldPath) }));
}

/** Codes each article and scores it against its gold annotation. */
export function runGold(readout: Pick<Readout, 'code'>, articles: readonly GoldArticle[], withoutGold: string[] = []): GoldReport {
  return scoreGoldArticles(articles.map((a) => ({ name: a.name, gold: a.gold, result: readout.code({ text: a.text, source: a.source }) })), withoutGold);
}

/**
 * Coding raw articles with the library: loaded lazily so commands that only query a
 * store never pay for compiling the knowledge base.
 */
import type { ArticleResult } from '../doc/result.js';
import type { IngestedArticle } from '../ingest/index.js';
import type { Readout, ReadoutOptions } from '../readout.js';
import { CliError } from './errors.js';

/**
 * Loads the library and compiles its data once; `kbDirs` are folders of imported
 * dictionaries (--kb). A bad overlay file is reported as the user's problem.
 */
export async function loadReadout(options: Pick<ReadoutOptions, 'kbDirs'> = {}): Promise<Readout> {
  const { createReadout } = await import('../readout.js');
  if (!options.kbDirs?.length) return createReadout();
  try {
    return createReadout(options);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'E_DATA') throw new CliError('E_DATA', (error as Error).message);
    throw error;
  }
}

/** The id an article is known by: the caller's id, else the start of its content hash. */
export function articleId(article: IngestedArticle): string {
  return article.id ?? article.hash.slice(0, 16);
}

/** Codes one article; the result keeps the article's id. */
export function codeArticle(readout: Readout, article: IngestedArticle): ArticleResult {
  const id = articleId(article);
  const result = readout.code({ id, text: article.text, title: article.title, date: article.date, source: article.url ?? article.source });
  return result.id === id ? result : { ...result, id };
}

/**
 * The library entry point: compiles the knowledge base and rules once, then codes
 * articles. PLACEHOLDER while the stages are written: returns the contract shape with the
 * text unchanged and empty layers.
 */
import { createDoc } from './doc/types.js';
import { toResult, type ArticleResult } from './doc/result.js';

export interface RawArticle {
  /** Caller's id; defaults to a hash of the text. */
  id?: string;
  text: string;
  title?: string;
  /** ISO date, used when the text carries no dateline. */
  date?: string;
  /** Path, URL or "-". */
  source?: string;
}

export interface Readout {
  code(article: RawArticle): ArticleResult;
}

export interface ReadoutOptions {
  /** Folder holding the data files; defaults to the package's own data/. */
  dataDir?: string;
}

export function createReadout(_options: ReadoutOptions = {}): Readout {
  return {
    code(article) {
      const doc = createDoc(article.text, { id: article.id ?? '', title: article.title, date: article.date, source: article.source });
      return toResult(doc);
    },
  };
}

/**
 * The library entry point: compiles the knowledge base and rules once, then codes
 * articles through the pipeline clean → sentences → actors → events → quotes → stances.
 */
import { createDoc, type Doc } from './doc/types.js';
import { toResult, type ArticleResult } from './doc/result.js';
import { loadKnowledgeBase, type KnowledgeBase } from './kb/index.js';
import { DEFAULT_DATA_DIR, loadDataFile } from './kb/load.js';
import { boilerplateSchema, eventRulesSchema, quoteRulesSchema, stanceRulesSchema } from './kb/rules-schema.js';
import { contentHash } from './ingest/hash.js';
import { createPipeline, type Pipeline } from './pipeline/index.js';
import { createActorsStage } from './stages/actors/index.js';
import { createCleanStage } from './stages/clean/index.js';
import { createEventsStage } from './stages/events/index.js';
import { createQuotesStage } from './stages/quotes/index.js';
import { createSentencesStage } from './stages/sentences/index.js';
import { createStancesStage } from './stages/stances/index.js';

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
  kb: KnowledgeBase;
  pipeline: Pipeline;
  /** Codes one article into the output contract. */
  code(article: RawArticle): ArticleResult;
  /** Codes one article and returns the annotated Doc. */
  annotate(article: RawArticle): Doc;
}

export interface ReadoutOptions {
  /** Folder holding the data files; defaults to the package's own data/. */
  dataDir?: string;
}

/**
 * Loads data and builds the pipeline. Costly (≈0.3 s): create one and reuse it.
 * @example createReadout().code({ text: 'Russia condemned the sanctions.' }).events
 */
export function createReadout(options: ReadoutOptions = {}): Readout {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const kb = loadKnowledgeBase(dataDir);
  const pipeline = createPipeline([
    createCleanStage({ boilerplate: loadDataFile(dataDir, 'rules/boilerplate.json', boilerplateSchema), findPublisher: kb.findPublisher }),
    createSentencesStage(),
    createActorsStage(kb),
    createEventsStage(kb, loadDataFile(dataDir, 'rules/events.json', eventRulesSchema)),
    createQuotesStage(loadDataFile(dataDir, 'rules/quotes.json', quoteRulesSchema)),
    createStancesStage(loadDataFile(dataDir, 'rules/stances.json', stanceRulesSchema)),
  ]);
  const annotate = (article: RawArticle): Doc => {
    const doc = createDoc(article.text, {
      id: article.id ?? contentHash(article.text).slice(0, 16),
      title: article.title,
      date: article.date,
      source: article.source,
    });
    return pipeline.run(doc);
  };
  return { kb, pipeline, annotate, code: (article) => toResult(annotate(article)) };
}

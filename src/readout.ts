/**
 * The library entry point: compiles the knowledge base and rules once, then codes
 * articles through the pipeline clean → sentences → actors → events → quotes → stances.
 */
import { createDoc, type Doc, type Span } from './doc/types.js';
import { toResult, type ArticleResult } from './doc/result.js';
import { loadKnowledgeBase, type KnowledgeBase } from './kb/index.js';
import { createDiscardFilter } from './kb/discards.js';
import { DEFAULT_DATA_DIR, loadDataFile } from './kb/load.js';
import { loadOverlayDirs } from './kb/overlay.js';
import { boilerplateSchema, eventRulesSchema, quoteRulesSchema, sentimentLexiconSchema, stanceRulesSchema } from './kb/rules-schema.js';
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
  /** The text is already clean running text (a sentence set): keep it as given. */
  verbatim?: boolean;
  /** Spans of `text` that name actors (marked by an annotator or a caller's own tagger). */
  names?: Span[];
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
  /**
   * Folders of imported dictionaries (`readout kb import --out DIR`), loaded on top of our
   * data: their actors and agents join the gazetteer, their event rules follow ours, and
   * their discards drop events from matching sentences or stories.
   */
  kbDirs?: string[];
  /** Code events with the event rules of `kbDirs` only, leaving ours out (to measure an imported dictionary). */
  kbRulesOnly?: boolean;
}

/**
 * Loads data and builds the pipeline. Costly (≈0.3 s): create one and reuse it.
 * @example createReadout().code({ text: 'Russia condemned the sanctions.' }).events
 */
export function createReadout(options: ReadoutOptions = {}): Readout {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const overlays = loadOverlayDirs(options.kbDirs ?? []);
  const kb = loadKnowledgeBase(dataDir, overlays.kb);
  const events = loadDataFile(dataDir, 'rules/events.json', eventRulesSchema);
  const discard = createDiscardFilter(overlays.discards);
  const pipeline = createPipeline([
    createCleanStage({ boilerplate: loadDataFile(dataDir, 'rules/boilerplate.json', boilerplateSchema), findPublisher: kb.findPublisher }),
    createSentencesStage({ titles: kb.names.personTitles }),
    createActorsStage(kb),
    createEventsStage(kb, {
      ...events,
      version: [...(options.kbRulesOnly ? [] : [events.version]), ...overlays.eventRules.map((f) => f.version)].join('+'),
      rules: [...(options.kbRulesOnly ? [] : events.rules), ...overlays.eventRules.flatMap((f) => f.rules)],
      codes: overlays.eventRules.flatMap((f) => f.codes ?? []),
    }),
    createQuotesStage(loadDataFile(dataDir, 'rules/quotes.json', quoteRulesSchema)),
    createStancesStage(loadDataFile(dataDir, 'rules/stances.json', stanceRulesSchema), loadDataFile(dataDir, 'lexicons/sentiment.json', sentimentLexiconSchema)),
  ]);
  const annotate = (article: RawArticle): Doc => {
    const doc = createDoc(article.text, {
      id: article.id ?? contentHash(article.text).slice(0, 16),
      title: article.title,
      date: article.date,
      source: article.source,
      verbatim: article.verbatim,
      names: article.names,
    });
    const done = pipeline.run(doc);
    discard?.(done);
    return done;
  };
  return { kb, pipeline, annotate, code: (article) => toResult(annotate(article)) };
}

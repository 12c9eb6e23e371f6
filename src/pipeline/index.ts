/**
 * Stages and the pipeline that runs them. A stage declares the layers it requires and the
 * layers it assigns; `createPipeline` refuses an order whose requirements are unmet before
 * any article runs.
 */
import type { Doc, Layer } from '../doc/types.js';

export interface Stage {
  /** Layer-style name, e.g. "events.cameo". */
  name: string;
  /** Stage version plus the version of the data it compiled, e.g. "1+cameo.v1". */
  version: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
  run(doc: Doc): void;
}

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/** Layers every new Doc has before the first stage runs. */
export const INITIAL_LAYERS: readonly Layer[] = ['raw', 'text', 'meta'];

export class PipelineError extends Error {
  readonly code = 'E_PIPELINE';
}

/**
 * Checks that each stage's requirements are assigned by an earlier stage and returns a
 * runnable pipeline.
 * @example createPipeline([clean, sentences, mentions]).run(createDoc(text))
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const have = new Set<Layer>(INITIAL_LAYERS);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !have.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(`stage ${stage.name} requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) have.add(layer);
  }
  return {
    stages,
    run(doc: Doc): Doc {
      for (const stage of stages) {
        stage.run(doc);
        doc.provenance[stage.name] = stage.version;
      }
      return doc;
    },
  };
}

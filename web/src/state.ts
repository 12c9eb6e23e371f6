/**
 * Data the dashboard loads once per visit.
 */
import { get } from './api.js';
import type { Ontology, Stats } from './types.js';

let onto: Promise<Ontology> | null = null;

/** Quad classes, PLOVER categories and CAMEO roots, loaded once. */
export function ontology(): Promise<Ontology> {
  onto ??= get<Ontology>('/api/ontology').catch((error: unknown) => {
    onto = null;
    throw error;
  });
  return onto;
}

/** Server facts (counts, whether POST needs a token). */
export const stats = (): Promise<Stats> => get<Stats>('/api/stats');

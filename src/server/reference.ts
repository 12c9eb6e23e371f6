/**
 * The reference data the server reads once at start-up: the actor files for labels and
 * the CAMEO ontology for exports. Small files, read without compiling the knowledge base.
 */
import { DEFAULT_DATA_DIR, loadDataFile } from '../kb/load.js';
import { cameoSchema, countriesSchema, igosSchema, rolesSchema } from '../kb/schema.js';
import type { ExportContext } from './exports.js';
import { createLabeler, type Labeler } from './labels.js';

/** What the dashboard needs to name codes: quad classes, PLOVER categories and CAMEO roots. */
export interface Ontology {
  version: string;
  quadClasses: Record<string, string>;
  plover: Array<{ name: string; quad: number; description: string }>;
  roots: Array<{ code: string; label: string; quad: number; goldstein: number }>;
}

export interface Reference {
  label: Labeler;
  exports: ExportContext;
  ontology: Ontology;
}

/** Loads labels and export facts from the data folder. */
export function loadReference(dataDir = DEFAULT_DATA_DIR): Reference {
  const countries = loadDataFile(dataDir, 'actors/countries.json', countriesSchema).countries;
  const igos = loadDataFile(dataDir, 'actors/igos.json', igosSchema).igos;
  const sectors = loadDataFile(dataDir, 'actors/roles.json', rolesSchema).sectors;
  const cameoFile = loadDataFile(dataDir, 'ontology/cameo.json', cameoSchema);
  const cameo = cameoFile.codes;
  const countryCodes = new Set(countries.map((c) => c.code));
  const modes = new Map(cameo.map((c) => [c.code, (c as { ploverMode?: string | null }).ploverMode ?? null]));
  return {
    label: createLabeler(countries, igos, sectors),
    exports: { isCountry: (code) => countryCodes.has(code), ploverMode: (code) => modes.get(code) ?? null },
    ontology: {
      version: cameoFile.version,
      quadClasses: (cameoFile as { quadClasses?: Record<string, string> }).quadClasses ?? {},
      plover: cameoFile.plover.map((p) => ({ name: p.name, quad: p.quad, description: String(p.description ?? '') })),
      roots: cameo.filter((c) => c.code.length === 2).map((c) => ({ code: c.code, label: c.label, quad: c.quad, goldstein: c.goldstein })),
    },
  };
}

/**
 * Imports TABARI/PETRARCH dictionaries (actors, agents, discards, verbs) into our overlay
 * and event-rule formats. Pure: the caller reads the dictionary and writes the result.
 */
import type { OverlayFileInput } from '../overlay-schema.js';
import { parseActors } from './actors.js';
import { parseAgents, parseDiscards } from './agents.js';
import { convertActors, convertAgents, convertDiscards, type ActorConversionStats } from './convert-actors.js';
import { convertVerbs, type VerbConversionStats } from './convert-verbs.js';
import type { DictIssue } from './lines.js';
import { parseVerbs } from './verbs.js';

export { parseActors } from './actors.js';
export { parseAgents, parseDiscards } from './agents.js';
export { parseVerbs } from './verbs.js';
export { convertVerbs } from './convert-verbs.js';
export { caseVariants, convertActors, convertAgents, convertDiscards } from './convert-actors.js';

export const DICTIONARY_KINDS = ['actors', 'agents', 'verbs', 'discards'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

export type ImportStats =
  | ({ kind: 'actors' } & ActorConversionStats)
  | { kind: 'agents'; agents: number; prefix: number }
  | { kind: 'discards'; discards: number }
  | ({ kind: 'verbs' } & VerbConversionStats);

export interface ImportResult {
  kind: DictionaryKind;
  /** Suggested file name for the converted file: "petr-validate-actors.json". */
  fileName: string;
  data: OverlayFileInput;
  stats: ImportStats;
  /** Lines that could not be read, skipped. */
  issues: DictIssue[];
}

export interface ImportOptions {
  /** The dictionary kind; guessed from the file name, then the content, when absent. */
  kind?: DictionaryKind;
  /** CAMEO codes our ontology knows; verb dictionaries' other codes become a user code list. */
  knownCodes?: ReadonlySet<string>;
}

/** "PETR.Validate.verbs.txt" → "petr-validate-verbs". */
export function baseSlug(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(txt|dict|dic)$/i, '');
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'dictionary';
}

/** Guesses the kind of a dictionary from its file name, then from its content. */
export function detectKind(fileName: string, text: string): DictionaryKind {
  const name = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  for (const kind of DICTIONARY_KINDS) if (name.includes(kind) || name.includes(kind.slice(0, -1) + '.')) return kind;
  if (/verbpatterns|^cameo\./.test(name)) return 'verbs';
  if (/^---.*---\s*$/m.test(text) && /^-\s/m.test(text)) return 'verbs';
  if (/\[\s*~|~\s*\]/.test(text)) return 'agents';
  if (/\[[^\]]+\]/.test(text)) return 'actors';
  return 'discards';
}

/**
 * Converts one dictionary.
 * @example importDictionary('my.actors.txt', 'ARNOR [ARN]').data // { kind: 'actors-overlay', actors: [...] }
 */
export function importDictionary(fileName: string, text: string, options: ImportOptions = {}): ImportResult {
  const kind = options.kind ?? detectKind(fileName, text);
  const slug = baseSlug(fileName);
  const source = fileName.replace(/^.*[\\/]/, '');
  // Versions name the data: letters and dashes only, as in our own files.
  const version = `${slug.replace(/[^a-z-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'imported'}.v1`;
  const about = `Converted by readout kb import from the ${kind} dictionary ${source}.`;
  const fileNameOut = `${slug}.json`;
  switch (kind) {
    case 'actors': {
      const parsed = parseActors(text);
      const { entries, stats } = convertActors(parsed.actors);
      return { kind, fileName: fileNameOut, issues: parsed.issues, stats: { kind, ...stats }, data: { version, about, source, kind: 'actors-overlay', actors: entries } };
    }
    case 'agents': {
      const parsed = parseAgents(text);
      const agents = convertAgents(parsed.agents);
      const prefix = agents.filter((a) => a.position === 'prefix').length;
      return { kind, fileName: fileNameOut, issues: parsed.issues, stats: { kind, agents: agents.length, prefix }, data: { version, about, source, kind: 'agents-overlay', agents } };
    }
    case 'discards': {
      const parsed = parseDiscards(text);
      const discards = convertDiscards(parsed.discards);
      return { kind, fileName: fileNameOut, issues: parsed.issues, stats: { kind, discards: discards.length }, data: { version, about, source, kind: 'discards-overlay', discards } };
    }
    case 'verbs': {
      const parsed = parseVerbs(text);
      const { rules, stats } = convertVerbs(parsed, { idPrefix: slug.replace(/[^a-z0-9.-]/g, '-'), source, knownCodes: options.knownCodes });
      return {
        kind, fileName: fileNameOut, issues: parsed.issues, stats: { kind, ...stats },
        data: {
          version, about: `${about} Each rule's origin gives the pattern as written.`, kind: 'event-rules',
          ...(stats.userCodes.length ? { codes: stats.userCodes } : {}), rules,
        },
      };
    }
  }
}

/**
 * Options several commands share: the database path and the input options.
 */
import { existsSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, INPUT_FORMATS, type InputFormat, type TextCheck } from '../ingest/index.js';
import { parseSize } from './args.js';
import { CliError, UsageError } from './errors.js';

/** Where the database lives unless --db says otherwise. */
export const DEFAULT_DB = 'readout.db';

/** The --db option. */
export const DB_OPTION = { db: { type: 'string' } } as const;
/** --kb DIR, repeatable: folders of imported dictionaries (readout kb import) loaded on top of our data. */
export const KB_OPTION = { kb: { type: 'string', multiple: true } } as const;

/** The --kb folders, checked to exist. */
export function kbDirs(values: { kb?: string | boolean | Array<string | boolean> }): string[] {
  const dirs = ((values.kb ?? []) as string[]);
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new CliError('E_NOT_FOUND', `--kb ${dir}: no such folder`);
    if (!statSync(dir).isDirectory()) throw new CliError('E_READ', `--kb ${dir}: is not a folder`);
  }
  return dirs;
}

/** Options for commands that read inputs. */
export const INPUT_OPTIONS = {
  format: { type: 'string' },
  'max-bytes': { type: 'string' },
} as const;

/**
 * The language check every command applies to input texts (E_LANGUAGE when it returns a
 * reason). None yet: this is the one place to plug one in.
 */
export const LANGUAGE_CHECK: TextCheck | undefined = undefined;

/** Reads --format and --max-bytes. */
export function inputOptions(
  command: string,
  values: { format?: string | boolean; 'max-bytes'?: string | boolean },
): { format?: InputFormat; maxBytes: number; checkLanguage?: TextCheck } {
  const format = values.format as string | undefined;
  if (format !== undefined && !INPUT_FORMATS.includes(format as InputFormat)) {
    throw new UsageError(`--format must be one of ${INPUT_FORMATS.join(', ')}, not "${format}"`, command);
  }
  const size = values['max-bytes'] as string | undefined;
  return {
    format: format as InputFormat | undefined,
    maxBytes: size ? parseSize(size, 'max-bytes') : DEFAULT_MAX_BYTES,
    checkLanguage: LANGUAGE_CHECK,
  };
}

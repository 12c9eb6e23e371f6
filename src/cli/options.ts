/**
 * Options several commands share: the database path and the input options.
 */
import { DEFAULT_MAX_BYTES, INPUT_FORMATS, type InputFormat, type TextCheck } from '../ingest/index.js';
import { parseSize } from './args.js';
import { UsageError } from './errors.js';

/** Where the database lives unless --db says otherwise. */
export const DEFAULT_DB = 'readout.db';

/** The --db option. */
export const DB_OPTION = { db: { type: 'string' } } as const;
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

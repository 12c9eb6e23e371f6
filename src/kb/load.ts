/** Reads and validates the data files. The only module under kb/ that touches the disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** The package's own data/ folder (dist/kb/load.js → ../../data). */
export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export class DataFileError extends Error {
  readonly code = 'E_DATA';
}

/** Loads `relPath` under `dataDir` and validates it, naming the file and field on failure. */
export function loadDataFile<S extends z.ZodTypeAny>(dataDir: string, relPath: string, schema: S): z.infer<S> {
  const path = join(dataDir, relPath);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataFileError(`${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The `.json` files directly in `dir` (an overlay folder), sorted by name. */
export function listDataFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (err) {
    throw new DataFileError(`${dir}: ${(err as Error).message}`);
  }
}

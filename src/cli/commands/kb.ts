/**
 * `readout kb import FILE... --out DIR`: converts TABARI/PETRARCH dictionaries (actors,
 * agents, discards, verbs) into overlay files that `--kb DIR` loads on top of our data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_DATA_DIR, loadDataFile } from '../../kb/load.js';
import { cameoSchema } from '../../kb/schema.js';
import { DICTIONARY_KINDS, importDictionary, type DictionaryKind, type ImportResult } from '../../kb/tabari/index.js';
import { parse } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import { write, type Io } from '../io.js';

/** Skipped reasons or issues listed per file unless --verbose. */
const LISTED = 3;

/** Reads a dictionary as UTF-8, or as Latin-1 when it is not valid UTF-8 (older TABARI files). */
function readDictionary(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', `${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** The CAMEO codes of our ontology, so a verb dictionary's other codes become its user code list. */
export function knownCameoCodes(): Set<string> {
  return new Set(loadDataFile(DEFAULT_DATA_DIR, 'ontology/cameo.json', cameoSchema).codes.map((c) => c.code));
}

export interface ImportedFile {
  input: string;
  output: string;
  result: ImportResult;
  seconds: number;
}

/** Converts each dictionary and writes it into `outDir` (created when missing). */
export function importFiles(paths: readonly string[], outDir: string, options: { kind?: DictionaryKind } = {}): ImportedFile[] {
  const knownCodes = knownCameoCodes();
  const results: ImportedFile[] = [];
  const written = new Map<string, string>();
  mkdirSync(outDir, { recursive: true });
  for (const input of paths) {
    const started = performance.now();
    const result = importDictionary(basename(input), readDictionary(input), { kind: options.kind, knownCodes });
    const clash = written.get(result.fileName);
    if (clash) throw new CliError('E_USAGE', `${input} and ${clash} would both be written to ${result.fileName}; import them into different folders`);
    const output = join(outDir, result.fileName);
    writeFileSync(output, JSON.stringify(result.data, null, 1) + '\n');
    written.set(result.fileName, input);
    results.push({ input, output, result, seconds: (performance.now() - started) / 1000 });
  }
  return results;
}

const counts = (record: Record<string, number>) =>
  Object.entries(record).sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`).join(', ');

/** One summary line per file, then what was skipped. */
export function describeImport(f: ImportedFile, verbose: boolean): string {
  const s = f.result.stats;
  let what: string;
  switch (s.kind) {
    case 'actors':
      what = `${s.actors} actors, ${s.entries} entries (${s.dated} with dated codes, ${s.uncoded} without a code)`;
      break;
    case 'agents':
      what = `${s.agents} agents (${s.prefix} prefix agents kept but not used)`;
      break;
    case 'discards':
      what = `${s.discards} discard phrases`;
      break;
    case 'verbs':
      what = `${s.patterns} patterns: ${s.converted} converted (${s.startBeforeVerb} of them start before the verb), ${s.patterns - s.converted} skipped; ` +
        `${s.verbsCoded} of ${s.verbs} verbs coded on their own; ${s.rules} rules` +
        (s.reciprocal ? `; ${s.reciprocal} reciprocal codes` : '') +
        (s.userCodes.length ? `; ${s.userCodes.length} codes outside our CAMEO ontology kept as user codes` : '') +
        (s.transforms ? `; ${s.transforms} transformation lines not read` : '');
      break;
  }
  const lines = [`${f.input} -> ${f.output}: ${s.kind}: ${what} (${f.seconds.toFixed(1)} s)`];
  if (s.kind === 'verbs' && s.patterns > s.converted) {
    lines.push(`  skipped patterns: ${counts(s.skipped)}`);
    if (verbose) for (const [reason, list] of Object.entries(s.examples)) for (const e of list) lines.push(`    ${reason}: ${e}`);
  }
  if (s.kind === 'verbs' && Object.keys(s.verbsSkipped).length) lines.push(`  verbs not coded on their own: ${counts(s.verbsSkipped)}`);
  const issues = f.result.issues;
  if (issues.length) {
    lines.push(`  ${issues.length} line${issues.length === 1 ? '' : 's'} skipped or partly read:`);
    for (const i of verbose ? issues : issues.slice(0, LISTED)) lines.push(`    line ${i.line}: ${i.message}`);
    if (!verbose && issues.length > LISTED) lines.push(`    ... and ${issues.length - LISTED} more (--verbose lists them)`);
  }
  return lines.join('\n') + '\n';
}

/** Runs `readout kb`; returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new UsageError(sub ? `unknown kb command "${sub}"` : 'kb needs a command: import', 'kb');
  const { values, positionals } = parse('kb', rest, {
    out: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  }, true);
  if (positionals.length === 0) throw new UsageError('kb import needs at least one dictionary FILE', 'kb');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('kb import needs --out DIR, the folder to write the converted files to', 'kb');
  const kind = values.kind as string | undefined;
  if (kind !== undefined && !(DICTIONARY_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${DICTIONARY_KINDS.join(', ')}, not "${kind}"`, 'kb');
  }
  for (const f of importFiles(positionals, out, { kind: kind as DictionaryKind | undefined })) await write(io.stdout, describeImport(f, values.verbose === true));
  await write(io.stdout, `Load them with --kb ${out} (readout code, ingest and eval).\n`);
  return 0;
}

/**
 * `readout eval --petrarch [XML]`: imports the dictionaries the validation file names into
 * a temporary folder, codes every record with them on top of our data, scores the result
 * and formats the report.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadPetrarchSuite, runPetrarch, type PetrarchCategoryRow, type PetrarchReport, type PetrarchSuite } from '../../eval/petrarch.js';
import { createReadout } from '../../readout.js';
import { CliError } from '../errors.js';
import { formatTable, truncate, type Column, type TableOptions } from '../table.js';
import { importFiles, knownCameoCodes, type ImportedFile } from './kb.js';

export interface PetrarchEvalReport extends PetrarchReport {
  /** One line per imported dictionary. */
  dictionaries: Array<{ file: string; kind: string; summary: string; issues: number }>;
  importSeconds: number;
}

/** Reads the validation file and checks that the dictionaries it names exist. */
export function loadPetrarch(path: string): PetrarchSuite {
  const suite = loadPetrarchSuite(path);
  const files = Object.values(suite.dictionaries).filter((f): f is string => f !== undefined);
  if (files.length === 0) throw new CliError('E_DATA', `${path}: names no dictionaries in <Environment>`);
  for (const f of files) if (!existsSync(f)) throw new CliError('E_NOT_FOUND', `${f}: dictionary named by ${basename(path)} not found`);
  return suite;
}

function summaryOf(f: ImportedFile): string {
  const s = f.result.stats;
  switch (s.kind) {
    case 'actors': return `${s.actors} actors (${s.entries} entries, ${s.dated} dated)`;
    case 'agents': return `${s.agents} agents`;
    case 'discards': return `${s.discards} discards`;
    case 'verbs': {
      const skipped = Object.entries(s.skipped).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
      return `${s.patterns} patterns: ${s.converted} converted, ${s.patterns - s.converted} skipped (${skipped}); ${s.verbsCoded} of ${s.verbs} verbs coded alone; ${s.rules} rules; ${s.userCodes.length} user codes`;
    }
  }
}

/** Imports, codes and scores; the temporary folder is removed afterwards. `kbDirs` (--kb) load first. */
export function runPetrarchEval(suite: PetrarchSuite, kbDirs: readonly string[], tick?: (done: number, total: number) => void): PetrarchEvalReport {
  const dir = mkdtempSync(join(tmpdir(), 'readout-petrarch-'));
  try {
    const started = performance.now();
    const files = Object.values(suite.dictionaries).filter((f): f is string => f !== undefined);
    const imported = importFiles(files, dir);
    const importSeconds = (performance.now() - started) / 1000;
    // The imported verbs alone code events, so the score measures the import, not our own rules.
    const readout = createReadout({ kbDirs: [...kbDirs, dir], kbRulesOnly: true });
    const report = runPetrarch(readout, suite, knownCameoCodes(), tick);
    const dictionaries = imported.map((f) => ({ file: basename(f.input), kind: f.result.kind, summary: summaryOf(f), issues: f.result.issues.length }));
    return { ...report, dictionaries, importSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number) => (d > 0 ? `${((n / d) * 100).toFixed(1)}%` : '-');
const frac = (n: number, d: number) => `${n}/${d}`;

/** The text report: totals, a table by category and the three weakest categories with examples. */
export function formatPetrarch(path: string, r: PetrarchEvalReport, secs: number, table: TableOptions): string {
  const out = [
    `PETRARCH validation records: ${path} (${r.records} records, ${r.skipped} left out as expected errors, ${secs.toFixed(1)} s)`,
    ...r.dictionaries.map((d) => `  ${d.kind.padEnd(8)} ${d.file}: ${d.summary}${d.issues ? `; ${d.issues} lines skipped or partly read` : ''}`),
    `  expected codings reproduced (source, target, code)  ${frac(r.exact, r.expected).padStart(8)}  ${pct(r.exact, r.expected)}`,
    `  ... of those with a code in our CAMEO ontology       ${frac(r.exact, r.expected - r.outsideOntology).padStart(8)}  ${pct(r.exact, r.expected - r.outsideOntology)}` +
      `  (${r.outsideOntology} expected codings use WEIS or test codes outside it, coded as the dictionary's user codes)`,
    `  ... with the right event code only                  ${frac(r.eventOnly, r.expected).padStart(8)}  ${pct(r.eventOnly, r.expected)}`,
    `  noevents sentences that produce no event            ${frac(r.noEvents.clean, r.noEvents.total).padStart(8)}  ${pct(r.noEvents.clean, r.noEvents.total)}`,
    `  discard records that produce no event               ${frac(r.discards.clean, r.discards.total).padStart(8)}`,
    `  events produced: ${r.events}; event rules are the imported verbs alone (ours left out)`,
    '',
  ];
  const columns: Column<PetrarchCategoryRow>[] = [
    { header: 'category', value: (x) => x.category },
    { header: 'records', value: (x) => x.records, align: 'right' },
    { header: 'expected', value: (x) => x.expected, align: 'right' },
    { header: 'exact', value: (x) => x.exact, align: 'right' },
    { header: 'exact %', value: (x) => pct(x.exact, x.expected), align: 'right' },
    { header: 'code only', value: (x) => x.eventOnly, align: 'right' },
    { header: 'code %', value: (x) => pct(x.eventOnly, x.expected), align: 'right' },
    { header: 'noevents clean', value: (x) => (x.noEvents ? frac(x.noEventsClean, x.noEvents) : '-'), align: 'right' },
  ];
  out.push(formatTable(r.categories, columns, table).trimEnd().split('\n').map((l) => `  ${l}`).join('\n'));
  if (r.weakest.length) out.push('', '  Weakest categories:');
  const width = table.columns === undefined ? 100 : Math.max(40, table.columns - 12);
  for (const w of r.weakest) {
    out.push(`  ${w.category}: ${frac(w.exact, w.expected)} codings reproduced${w.noEvents ? `, ${frac(w.noEventsClean, w.noEvents)} noevents clean` : ''}`);
    for (const e of w.examples) {
      out.push(`    ${e.id}: "${truncate(e.text, width)}"`, `      expected: ${e.expected.join('; ')}`, `      ours:     ${e.produced.length ? e.produced.join('; ') : '(no events)'}`);
    }
  }
  return out.join('\n') + '\n';
}

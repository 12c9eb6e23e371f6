/**
 * Text reports for `readout eval`: one section per scorer, each a heading line and
 * aligned tables.
 */
import type { ConllReport } from '../../eval/conll.js';
import { DIRECTED_LABELS, type DirectedReport } from '../../eval/directed.js';
import type { GoldReport } from '../../eval/gold-files.js';
import type { Prf } from '../../eval/metrics.js';
import type { PloverReport } from '../../eval/plover.js';
import type { PolnearReport } from '../../eval/polnear.js';
import { plural } from '../ingest-run.js';
import { formatTable, truncate, type Column, type TableOptions } from '../table.js';

/** 0.567 → "56.7%". */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (n: number, d: number) => `${n}/${d}`;
const seconds = (s: number) => `${s.toFixed(1)} s`;
const indent = (text: string) => text.trimEnd().split('\n').map((l) => `  ${l}`).join('\n') + '\n';

const prfColumns = <T>(get: (row: T) => Prf): Column<T>[] => [
  { header: 'gold', value: (r) => get(r).tp + get(r).fn, align: 'right' },
  { header: 'predicted', value: (r) => get(r).tp + get(r).fp, align: 'right' },
  { header: 'correct', value: (r) => get(r).tp, align: 'right' },
  { header: 'precision', value: (r) => pct(get(r).precision), align: 'right' },
  { header: 'recall', value: (r) => pct(get(r).recall), align: 'right' },
  { header: 'F1', value: (r) => pct(get(r).f1), align: 'right' },
];

/** Gold annotations: one row per article and a total row. */
export function formatGold(label: string, report: GoldReport, secs: number, verbose: boolean, table: TableOptions): string {
  const t = report.totals;
  type Row = { name: string; ev: string; extra: number; quotes: string; stances: string; entities: string; doc: string; mustNot: string; pass: string };
  const rows: Row[] = report.articles.map(({ name, score: s }) => ({
    name,
    ev: frac(s.events.found, s.events.required),
    extra: s.events.extra,
    quotes: frac(s.quotes.attributed, s.quotes.total),
    stances: frac(s.stances.found, s.stances.required),
    entities: frac(s.entities.found, s.entities.total),
    doc: frac(s.document.ok, s.document.checks),
    mustNot: frac(s.mustNot.violated, s.mustNot.total),
    pass: s.pass ? 'pass' : '-',
  }));
  rows.push({
    name: 'total', ev: frac(t.events.found, t.events.required), extra: t.events.extra, quotes: frac(t.quotes.attributed, t.quotes.total),
    stances: frac(t.stances.found, t.stances.required), entities: frac(t.entities.found, t.entities.total), doc: frac(t.document.ok, t.document.checks),
    mustNot: frac(t.mustNot.violated, t.mustNot.total), pass: `${t.passed}/${t.articles}`,
  });
  const columns: Column<Row>[] = [
    { header: 'article', value: (r) => r.name },
    { header: 'events', value: (r) => r.ev, align: 'right' },
    { header: 'extra', value: (r) => r.extra, align: 'right' },
    { header: 'quotes', value: (r) => r.quotes, align: 'right' },
    { header: 'stances', value: (r) => r.stances, align: 'right' },
    { header: 'entities', value: (r) => r.entities, align: 'right' },
    { header: 'document', value: (r) => r.doc, align: 'right' },
    { header: 'must_not hit', value: (r) => r.mustNot, align: 'right' },
    { header: 'pass', value: (r) => r.pass },
  ];
  const out = [`Gold annotations: ${label} (${plural(t.articles, 'article')}, ${seconds(secs)})`, indent(formatTable(rows, columns, table)).trimEnd()];
  out.push('  events = required events found; extra = events matching no gold event; must_not hit = forbidden events produced');
  if (report.withoutGold.length) out.push(`  no gold file for: ${report.withoutGold.join(', ')}`);
  if (verbose) {
    for (const a of report.articles) if (a.score.misses.length) out.push(`  ${a.name}:`, ...a.score.misses.map((m) => `    ${m}`));
  }
  return out.join('\n') + '\n';
}

/** PLOVER GSR: headline figures, the per-type table and the weakest types with examples. */
export function formatPlover(path: string, r: PloverReport, secs: number, table: TableOptions): string {
  const a = r.actors;
  const out = [
    `PLOVER GSR: ${path} (${plural(r.sentences, 'sentence')}, ${seconds(secs)})`,
    `  gold type among our events         ${frac(r.typeFound, r.sentences)}  ${pct(r.typeShare)}`,
    `  ... with right source and target   ${frac(r.withActors, r.sentences)}  ${pct(r.withActorsShare)}`,
    `  events per sentence                ${r.eventsPerSentence.toFixed(2)} (${r.events} events)`,
    `  gold actors resolved in entities   ${frac(a.resolved, a.total)}  ${pct(a.share)}  (sources ${frac(a.sources.resolved, a.sources.total)}, targets ${frac(a.targets.resolved, a.targets.total)})`,
    '',
  ];
  const columns: Column<PloverReport['types'][number]>[] = [
    { header: 'type', value: (x) => x.type },
    { header: 'gold', value: (x) => x.gold, align: 'right' },
    { header: 'found', value: (x) => x.found, align: 'right' },
    { header: 'with actors', value: (x) => x.withActors, align: 'right' },
    { header: 'produced', value: (x) => x.produced, align: 'right' },
    { header: 'of gold type', value: (x) => x.correct, align: 'right' },
    { header: 'precision', value: (x) => (x.produced ? pct(x.correct / x.produced) : '-'), align: 'right' },
  ];
  out.push(indent(formatTable(r.types, columns, table)).trimEnd());
  out.push('  found = gold sentences with an event of the type; produced = our events of the type; of gold type = in sentences of that gold type',
    '  right source and target = same countries as gold; when gold names several sources and no target (a joint act), an event between two of them, either way, counts');
  if (r.weakest.length) out.push('', '  Weakest types (lowest share found):');
  const width = table.columns === undefined ? 100 : Math.max(40, table.columns - 12);
  for (const w of r.weakest) {
    out.push(`  ${w.type}: ${frac(w.found, w.gold)} found`);
    for (const e of w.examples) {
      out.push(`    ${e.id}: "${truncate(e.text, width)}"`, `      gold: ${e.gold}`, `      ours: ${e.produced.length ? e.produced.join('; ') : '(no events)'}`);
    }
  }
  return out.join('\n') + '\n';
}

/** CoNLL-2003: exact-span P/R/F1 per type and overall. */
export function formatConll(path: string, r: ConllReport, secs: number, table: TableOptions): string {
  const rows = [...(['PER', 'LOC', 'ORG', 'MISC'] as const).map((type) => ({ type, prf: r.types[type] })), { type: 'all', prf: r.overall },
    { type: 'all, in kept text', prf: r.overallInKeptText }];
  const columns: Column<(typeof rows)[number]>[] = [{ header: 'type', value: (x) => x.type }, ...prfColumns<(typeof rows)[number]>((x) => x.prf)];
  return [
    `CoNLL-2003 NER: ${path} (${plural(r.sentences, 'sentence')}, ${plural(r.tokens, 'token')} in ${plural(r.documents, 'document')}, ${seconds(secs)})`,
    indent(formatTable(rows, columns, table)).trimEnd(),
    `  exact token spans and type; ${r.unaligned} predicted mentions off token boundaries counted wrong; ${r.goldNotInText} gold entities in text the cleaner dropped counted missed (the last row leaves them out)`,
  ].join('\n') + '\n';
}

/** PolNeAR: Source, Cue and Content × exact, overlap and partial. */
export function formatPolnear(path: string, r: PolnearReport, secs: number, table: TableOptions): string {
  const rows = r.rows.flatMap((row) => (['exact', 'overlap', 'partial'] as const).map((mode) => ({ span: row.role, mode, prf: row[mode] })));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: 'span', value: (x) => x.span },
    { header: 'match', value: (x) => x.mode },
    ...prfColumns<(typeof rows)[number]>((x) => x.prf),
  ];
  return [
    `PolNeAR attribution: ${path} (${plural(r.articles, 'article')}, ${r.skippedAnnotations} extra annotations of twice-annotated articles skipped, ${plural(r.goldAttributions, 'gold attribution')}, ${plural(r.predictedQuotes, 'quote')} found, ${seconds(secs)})`,
    indent(formatTable(rows, columns, table)).trimEnd(),
    '  exact = same characters; overlap = any shared character, one to one; partial = shared characters (counts are characters)',
    ...(r.unmapped ? [`  ${r.unmapped} predicted spans could not be placed in the input text (counted wrong)`] : []),
  ].join('\n') + '\n';
}

/** Directed sentiment: accuracy, macro F1 and the per-class table. */
export function formatDirected(path: string, r: DirectedReport, secs: number, table: TableOptions): string {
  const columns: Column<DirectedReport['classes'][number]>[] = [
    { header: 'label', value: (x) => `${x.label} ${x.name}` },
    ...prfColumns<DirectedReport['classes'][number]>((x) => x),
  ];
  return [
    `Directed sentiment: ${path} (${plural(r.sentences, 'sentence')}${r.skipped ? `, ${r.skipped} unreadable lines skipped` : ''}, ${seconds(secs)})`,
    `  accuracy ${pct(r.accuracy)}  macro F1 ${pct(r.macroF1)}  (decided by an event ${r.evidence.event}, a stance ${r.evidence.stance}, no evidence ${r.evidence.none})`,
    `  always "${DIRECTED_LABELS[r.baseline.label]}" would score accuracy ${pct(r.baseline.accuracy)}, macro F1 ${pct(r.baseline.macroF1)}`,
    indent(formatTable(r.classes, columns, table)).trimEnd(),
  ].join('\n') + '\n';
}

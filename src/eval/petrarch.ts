/**
 * Scores events against PETRARCH validation records (PETR.UnitTest.records.xml): each
 * `<Sentence>` has an id, a date, a category, its `<Text>` and the codings PETRARCH should
 * produce (`<EventCoding sourcecode= targetcode= eventcode=>`) or `noevents`. The file's
 * `<Environment>` names the dictionaries, which are imported (readout kb import) and
 * loaded on top of our data before coding. Parse trees and `<Config>` options are ignored.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleResult } from '../doc/result.js';
import type { Readout } from '../readout.js';
import { ratio } from './metrics.js';

export interface PetrarchCoding {
  source: string;
  target: string;
  event: string;
}

export interface PetrarchRecord {
  id: string;
  /** ISO date. */
  date: string | null;
  category: string;
  text: string;
  expected: PetrarchCoding[];
  /** The sentence must produce no event. */
  noEvents: boolean;
  /** An expected error ("storydiscard", "bad_input_parse"); discards expect no event. */
  error: string | null;
}

export interface PetrarchSuite {
  records: PetrarchRecord[];
  /** Dictionary paths named in `<Environment>`, resolved beside the XML file. */
  dictionaries: { verbs?: string; actors?: string; agents?: string; discards?: string };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]);

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1].toLowerCase()] = decode(m[2] ?? m[3]);
  return out;
}

/** "19950101" → "1995-01-01". */
const isoDate = (d: string | undefined) => (d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null);

/** Parses the validation XML (comments removed; a tolerant reader, not a full XML parser). */
export function parsePetrarchXml(xml: string, dir = '.'): PetrarchSuite {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(body)?.[1] ?? '';
  const file = (tag: string) => {
    const name = new RegExp(`<${tag}>\\s*([^<]+?)\\s*</${tag}>`).exec(env)?.[1];
    return name ? join(dir, name) : undefined;
  };
  const records: PetrarchRecord[] = [];
  for (const m of body.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = attributes(m[1]);
    const id = attrs.id ?? `record-${records.length + 1}`;
    const expected: PetrarchCoding[] = [];
    let noEvents = false;
    let error: string | null = null;
    for (const c of m[2].matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = attributes(c[1]);
      if (a.noevents && /^true$/i.test(a.noevents)) noEvents = true;
      else if (a.error) error = a.error;
      else if (a.eventcode) expected.push({ source: a.sourcecode ?? '---', target: a.targetcode ?? '---', event: a.eventcode });
    }
    const text = decode(/<Text>([\s\S]*?)<\/Text>/.exec(m[2])?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const category = attrs.category ?? id.replace(/-[^-]*$/, '');
    records.push({ id, date: isoDate(attrs.date), category, text, expected, noEvents, error });
  }
  return {
    records,
    dictionaries: { verbs: file('Verbfile'), actors: file('Actorfile'), agents: file('Agentfile'), discards: file('Discardfile') },
  };
}

/** Reads a validation file; its dictionaries are looked for beside it. */
export function loadPetrarchSuite(path: string): PetrarchSuite {
  return parsePetrarchXml(readFileSync(path, 'utf8'), dirname(path));
}

export interface PetrarchCategoryRow {
  category: string;
  records: number;
  expected: number;
  exact: number;
  eventOnly: number;
  noEvents: number;
  noEventsClean: number;
}

export interface PetrarchExample {
  id: string;
  text: string;
  expected: string[];
  produced: string[];
}

export interface PetrarchReport {
  records: number;
  /** Records left out: an expected error other than a discard (bad parse, dateline). */
  skipped: number;
  expected: number;
  /** Expected codings reproduced exactly: source, target and event code. */
  exact: number;
  exactShare: number;
  /** Expected codings whose event code we produced (any source and target). */
  eventOnly: number;
  eventOnlyShare: number;
  /** Expected codings whose event code is not in our CAMEO ontology (cannot be reproduced). */
  outsideOntology: number;
  noEvents: { total: number; clean: number; share: number };
  /** Discard records (story or sentence discards), which must produce no event. */
  discards: { total: number; clean: number };
  events: number;
  categories: PetrarchCategoryRow[];
  weakest: Array<PetrarchCategoryRow & { examples: PetrarchExample[] }>;
}

/** Categories with fewer items than this are named weakest only when too few larger ones miss. */
const MIN_WEAK_SIZE = 5;

const describe = (c: PetrarchCoding) => `${c.event} ${c.source} -> ${c.target}`;

/** Our events as codings: a missing actor is "---", as PETRARCH writes it. */
export function codingsOf(result: ArticleResult): PetrarchCoding[] {
  return result.events.map((e) => ({ source: e.source.code ?? '---', target: e.target?.code ?? '---', event: e.cameo }));
}

/** Counts expected codings matched one to one by `same`. */
function matched(expected: readonly PetrarchCoding[], produced: readonly PetrarchCoding[], same: (a: PetrarchCoding, b: PetrarchCoding) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const want of expected) {
    const k = produced.findIndex((p, i) => !used.has(i) && same(want, p));
    if (k >= 0) {
      used.add(k);
      n++;
    }
  }
  return n;
}

/**
 * Scores the codings produced for each record (same order as `records`).
 * @example scorePetrarch(suite.records, results.map(codingsOf)).exactShare
 */
export function scorePetrarch(records: readonly PetrarchRecord[], produced: readonly PetrarchCoding[][], knownCodes?: ReadonlySet<string>, examples = 3): PetrarchReport {
  const rows = new Map<string, PetrarchCategoryRow>();
  const misses = new Map<string, Array<PetrarchExample & { reachable: boolean }>>();
  const report: PetrarchReport = {
    records: records.length, skipped: 0, expected: 0, exact: 0, exactShare: 0, eventOnly: 0, eventOnlyShare: 0, outsideOntology: 0,
    noEvents: { total: 0, clean: 0, share: 0 }, discards: { total: 0, clean: 0 }, events: 0, categories: [], weakest: [],
  };
  for (const [i, record] of records.entries()) {
    const isDiscard = record.error !== null && /discard/i.test(record.error);
    if (record.error !== null && !isDiscard) {
      report.skipped++;
      continue;
    }
    const ours = produced[i] ?? [];
    let row = rows.get(record.category);
    if (!row) rows.set(record.category, (row = { category: record.category, records: 0, expected: 0, exact: 0, eventOnly: 0, noEvents: 0, noEventsClean: 0 }));
    row.records++;
    report.events += ours.length;
    const exact = matched(record.expected, ours, (a, b) => a.event === b.event && a.source === b.source && a.target === b.target);
    const eventOnly = matched(record.expected, ours, (a, b) => a.event === b.event);
    row.expected += record.expected.length;
    row.exact += exact;
    row.eventOnly += eventOnly;
    report.expected += record.expected.length;
    report.exact += exact;
    report.eventOnly += eventOnly;
    if (knownCodes) report.outsideOntology += record.expected.filter((c) => !knownCodes.has(c.event)).length;
    const mustBeEmpty = record.noEvents || isDiscard;
    if (record.noEvents) {
      row.noEvents++;
      report.noEvents.total++;
      if (ours.length === 0) {
        row.noEventsClean++;
        report.noEvents.clean++;
      }
    }
    if (isDiscard) {
      report.discards.total++;
      if (ours.length === 0) report.discards.clean++;
    }
    if (exact < record.expected.length || (mustBeEmpty && ours.length > 0)) {
      const list = misses.get(record.category) ?? [];
      misses.set(record.category, list);
      const reachable = !knownCodes || record.expected.every((c) => knownCodes.has(c.event));
      list.push({ id: record.id, text: record.text, expected: mustBeEmpty ? ['(no events)'] : record.expected.map(describe), produced: ours.map(describe), reachable });
    }
  }
  report.exactShare = ratio(report.exact, report.expected);
  report.eventOnlyShare = ratio(report.eventOnly, report.expected);
  report.noEvents.share = ratio(report.noEvents.clean, report.noEvents.total);
  report.categories = [...rows.values()].sort((a, b) => a.category.localeCompare(b.category));
  // Weakest: lowest share right, counting codings reproduced and no-event sentences kept clean;
  // categories of a record or two say little, so they count only when too few others miss.
  const share = (r: PetrarchCategoryRow) => ratio(r.exact + r.noEventsClean, r.expected + r.noEvents);
  const missing = report.categories.filter((r) => (misses.get(r.category) ?? []).length > 0);
  const sizable = missing.filter((r) => r.expected + r.noEvents >= MIN_WEAK_SIZE);
  report.weakest = (sizable.length >= 3 ? sizable : missing)
    .sort((a, b) => share(a) - share(b) || b.expected + b.noEvents - (a.expected + a.noEvents))
    .slice(0, 3)
    // Examples our ontology could have coded come first: they show what to fix.
    .map((r) => ({
      ...r,
      examples: [...(misses.get(r.category) ?? [])].sort((a, b) => Number(b.reachable) - Number(a.reachable)).slice(0, examples)
        .map(({ reachable: _, ...e }) => e),
    }));
  return report;
}

/**
 * Codes every record with `readout` (built with the suite's dictionaries) and scores it.
 * Records are coded one sentence at a time, dated by their record.
 */
export function runPetrarch(readout: Readout, suite: PetrarchSuite, knownCodes?: ReadonlySet<string>, tick?: (done: number, total: number) => void): PetrarchReport {
  const produced: PetrarchCoding[][] = [];
  for (const [i, record] of suite.records.entries()) {
    produced.push(record.text ? codingsOf(readout.code({ id: record.id, text: record.text, date: record.date ?? undefined, verbatim: true })) : []);
    tick?.(i + 1, suite.records.length);
  }
  return scorePetrarch(suite.records, produced, knownCodes);
}

/**
 * Scores events against the PLOVER gold standard records (plover-gsr/dev.json): one
 * sentence each, hand-coded with a PLOVER type and source and target countries. A joint act
 * coded as several sources and no target is matched by an event between two of them
 * (see eventActorsRight).
 */
import { readFileSync } from 'node:fs';
import type { ArticleResult } from '../doc/result.js';
import type { Readout } from '../readout.js';
import { ratio } from './metrics.js';

/** One gold sentence, with actor codes as the file gives them (ISO-3 countries, IGO, NGO…). */
export interface PloverRecord {
  id: string;
  date: string | null;
  text: string;
  type: string;
  sources: Array<{ code: string; text: string }>;
  targets: Array<{ code: string; text: string }>;
}

export interface PloverTypeRow {
  type: string;
  /** Gold sentences of this type. */
  gold: number;
  /** …where an event of this type was produced. */
  found: number;
  /** …where such an event also had a right source and target. */
  withActors: number;
  /** Events of this type produced over all sentences. */
  produced: number;
  /** …of which the sentence's gold type was this type. */
  correct: number;
}

export interface PloverExample {
  id: string;
  text: string;
  gold: string;
  produced: string[];
}

export interface PloverReport {
  sentences: number;
  typeFound: number;
  typeShare: number;
  withActors: number;
  withActorsShare: number;
  events: number;
  eventsPerSentence: number;
  types: PloverTypeRow[];
  weakest: Array<{ type: string; gold: number; found: number; examples: PloverExample[] }>;
  /** Gold actors whose country is among the sentence's entities. */
  actors: { total: number; resolved: number; share: number; sources: { total: number; resolved: number }; targets: { total: number; resolved: number } };
}

/**
 * Alias → canonical PLOVER name, from the ontology's `plover` list ({ name, aliases }). An
 * alias that is itself a category of the list (SANCTION listing COERCE) is left out: the
 * gold data codes those as different types, so treating them as one would inflate scores.
 * @example ploverAliases([{ name: 'REQUEST', aliases: ['DEMAND'] }]) // { DEMAND: 'REQUEST' }
 */
export function ploverAliases(plover: ReadonlyArray<{ name: string; aliases?: readonly string[] }>): Record<string, string> {
  const names = new Set(plover.map((p) => p.name.toUpperCase()));
  const out: Record<string, string> = {};
  for (const p of plover) {
    for (const a of p.aliases ?? []) if (!names.has(a.toUpperCase())) out[a.toUpperCase()] = p.name.toUpperCase();
  }
  return out;
}

/** The canonical PLOVER name for a type, so that DEMAND and REQUEST compare equal. */
export function canonicalType(type: string | null | undefined, aliases: Record<string, string>): string {
  const t = String(type ?? '').toUpperCase();
  return aliases[t] ?? t;
}

/**
 * Non-ISO abbreviations hand coders write for a few countries (JAP for Japan, ITL for Italy,
 * VTN for Vietnam), with the ISO-3 code they mean; without this a right country scores wrong.
 */
const LEGACY_COUNTRY_CODES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/** The country an actor code stands for: its first 3 letters (ISO-3), or the whole code for IGO*. */
export function countryOf(code: string): string {
  const c = code.toUpperCase();
  if (c.startsWith('IGO')) return c;
  return LEGACY_COUNTRY_CODES[c.slice(0, 3)] ?? c.slice(0, 3);
}

/**
 * True when our actor code names the gold actor's country. A bare gold `IGO` (the PLOVER
 * set does not say which organisation) matches any IGO code of ours.
 * @example sameCountry('RUS', 'RUSGOV') // true
 */
export function sameCountry(gold: string, ours: string | null | undefined): boolean {
  if (!ours) return false;
  const g = countryOf(gold);
  return g === 'IGO' ? countryOf(ours).startsWith('IGO') : g === countryOf(ours);
}

/** Right when any gold actor matches; when gold has none, only a missing actor is right. */
function actorRight(gold: PloverRecord['sources'], ours: string | null | undefined): boolean {
  return gold.length === 0 ? !ours : gold.some((g) => sameCountry(g.code, ours));
}

/**
 * True when an event's source and target are right for the record. Gold codes a joint act
 * ("the United States and Jordan agreed a pact") as several sources and no target, while an
 * event coder reads it as an act between the parties; so when gold names two or more source
 * countries (or two sources of one country) and no target, an event from one of them to
 * another of them (either direction) has the right actors too.
 * @example eventActorsRight({ sources: [{ code: 'USA', text: '' }, { code: 'JOR', text: '' }], targets: [] }, 'JOR', 'USAGOV') // true
 */
export function eventActorsRight(record: Pick<PloverRecord, 'sources' | 'targets'>, source: string | null | undefined, target: string | null | undefined): boolean {
  if (!actorRight(record.sources, source)) return false;
  if (actorRight(record.targets, target)) return true;
  if (record.targets.length > 0 || !source || !target) return false;
  const parties = record.sources.map((a) => countryOf(a.code));
  // Two gold parties of one country ("the Sudanese government and the rebels agreed") act on each other too.
  if (countryOf(source) === countryOf(target)) return parties.filter((c) => c === countryOf(target)).length > 1;
  return new Set(parties).size > 1 && record.sources.some((g) => sameCountry(g.code, target));
}

function actors(value: unknown): Array<{ code: string; text: string }> {
  if (!Array.isArray(value)) return [];
  return value
    .filter((a): a is { code: string; actorText?: string } => typeof a === 'object' && a !== null && typeof (a as { code?: unknown }).code === 'string')
    .map((a) => ({ code: a.code, text: String(a.actorText ?? '') }));
}

/** Parses the PLOVER GSR JSON array; a missing or non-list source or target means none. */
export function parsePlover(json: string): PloverRecord[] {
  const data = JSON.parse(json) as unknown;
  if (!Array.isArray(data)) throw new Error('expected a JSON array of PLOVER records');
  return data.map((r: Record<string, unknown>, i) => ({
    id: String(r.id ?? i),
    date: typeof r.date === 'string' ? r.date : null,
    text: String(r.text ?? ''),
    type: String(r.event ?? '').toUpperCase(),
    sources: actors(r.source),
    targets: actors(r.target),
  }));
}

/** Reads and parses a PLOVER GSR file. */
export function loadPlover(path: string): PloverRecord[] {
  return parsePlover(readFileSync(path, 'utf8'));
}

const describeGold = (r: PloverRecord) =>
  `${r.type} ${r.sources.map((a) => a.code).join('+') || '-'} -> ${r.targets.map((a) => a.code).join('+') || '-'}`;
const describeEvent = (e: ArticleResult['events'][number]) =>
  `${e.plover ?? e.cameo} ${e.source.code ?? '-'} -> ${e.target?.code ?? '-'}`;

/**
 * Scores one result per record (same order). `aliases` maps PLOVER aliases to canonical
 * names (see ploverAliases).
 */
export function scorePlover(records: readonly PloverRecord[], results: readonly ArticleResult[], aliases: Record<string, string>, examplesPerType = 3): PloverReport {
  const rows = new Map<string, PloverTypeRow>();
  const row = (type: string) => {
    let r = rows.get(type);
    if (!r) rows.set(type, (r = { type, gold: 0, found: 0, withActors: 0, produced: 0, correct: 0 }));
    return r;
  };
  const failures = new Map<string, { typeMissed: PloverExample[]; actorsWrong: PloverExample[] }>();
  let typeFound = 0, withActors = 0, events = 0;
  const sources = { total: 0, resolved: 0 };
  const targets = { total: 0, resolved: 0 };

  for (const [i, record] of records.entries()) {
    const result = results[i];
    const want = canonicalType(record.type, aliases);
    const goldRow = row(want);
    goldRow.gold++;
    const produced = result.events.map((e) => ({ e, type: canonicalType(e.plover, aliases) }));
    events += produced.length;
    for (const p of produced) {
      const r = row(p.type);
      r.produced++;
      if (p.type === want) r.correct++;
    }
    const ofType = produced.filter((p) => p.type === want);
    const hit = ofType.length > 0;
    const hitActors = ofType.some(({ e }) => eventActorsRight(record, e.source.code, e.target?.code));
    if (hit) { typeFound++; goldRow.found++; }
    if (hitActors) { withActors++; goldRow.withActors++; }
    if (!hitActors) {
      const f = failures.get(want) ?? { typeMissed: [], actorsWrong: [] };
      failures.set(want, f);
      (hit ? f.actorsWrong : f.typeMissed).push({ id: record.id, text: record.text, gold: describeGold(record), produced: result.events.map(describeEvent) });
    }
    const codes = result.entities.map((e) => e.actor).filter((c): c is string => c !== null);
    for (const [gold, tally] of [[record.sources, sources], [record.targets, targets]] as const) {
      for (const a of gold) {
        tally.total++;
        if (codes.some((c) => sameCountry(a.code, c))) tally.resolved++;
      }
    }
  }

  const types = [...rows.values()].sort((a, b) => b.gold - a.gold || b.produced - a.produced || a.type.localeCompare(b.type));
  const weakest = types
    .filter((r) => r.gold > 0 && r.withActors < r.gold)
    .sort((a, b) => ratio(a.found, a.gold) - ratio(b.found, b.gold) || ratio(a.withActors, a.gold) - ratio(b.withActors, b.gold) || b.gold - a.gold)
    .slice(0, 3)
    .map((r) => {
      const f = failures.get(r.type);
      return { type: r.type, gold: r.gold, found: r.found, examples: f ? [...f.typeMissed, ...f.actorsWrong].slice(0, examplesPerType) : [] };
    });
  const resolved = sources.resolved + targets.resolved;
  const total = sources.total + targets.total;
  return {
    sentences: records.length,
    typeFound,
    typeShare: ratio(typeFound, records.length),
    withActors,
    withActorsShare: ratio(withActors, records.length),
    events,
    eventsPerSentence: ratio(events, records.length),
    types,
    weakest,
    actors: { total, resolved, share: ratio(resolved, total), sources, targets },
  };
}

/** Codes each record's text with its date and scores the results. */
export function runPlover(readout: Pick<Readout, 'code'>, records: readonly PloverRecord[], aliases: Record<string, string>,
  onProgress?: (done: number, total: number) => void): PloverReport {
  const results = records.map((r, i) => {
    const result = readout.code({ id: r.id, text: r.text, date: r.date ?? undefined, verbatim: true });
    onProgress?.(i + 1, records.length);
    return result;
  });
  return scorePlover(records, results, aliases);
}

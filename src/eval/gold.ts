/**
 * Scores one article's result against a reference annotation in the gold format of
 * shared/gold/*.gold.json (document, entities, events, quotes, stances, optional must_not).
 */
import type { ArticleResult } from '../doc/result.js';

export interface GoldFile {
  document: { title: string; date: string | null; boilerplate_lines: string[]; body_starts_with: string };
  entities: Array<{ name: string; actor: string }>;
  events: Array<{ id: string; required: boolean; plover: string[]; cameo: string[]; source: Array<string | null>; target: Array<string | null>; evidence: string }>;
  quotes: Array<{ id: string; starts_with: string; speaker: string; via: string[] }>;
  stances: Array<{ holder: string[]; issue: string; polarity: string; required?: boolean }>;
  must_not?: Array<{ cameo_prefix: string; evidence: string }>;
}

export interface GoldScore {
  events: { required: number; found: number; optionalFound: number; extra: number };
  quotes: { total: number; attributed: number };
  stances: { required: number; found: number };
  entities: { total: number; found: number };
  document: { checks: number; ok: number };
  mustNot: { total: number; violated: number };
  misses: string[];
  pass: boolean;
}

const norm = (s: unknown) => String(s ?? '').toLowerCase().replace(/[‘’`´']/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const STOP = new Set('the a an of on to by and for in with that this its their'.split(' '));
const stem = (w: string) => w.replace(/ies$/, 'y').replace(/([^s])s$/, '$1').replace(/(ing|ed)$/, '').replace(/e$/, '');
const words = (s: string) => norm(s).split(' ').filter((w) => w && !STOP.has(w)).map(stem);

/** Scores `result` against `gold`; `pass` needs every required item and at most `maxExtra` extra events. */
export function scoreGold(gold: GoldFile, result: ArticleResult, maxExtra = 2): GoldScore {
  const misses: string[] = [];
  const doc = result.document;
  let docOk = 0;
  if (doc.date === gold.document.date) docOk++; else misses.push(`document.date: got ${doc.date}, want ${gold.document.date}`);
  if (norm(doc.title) === norm(gold.document.title)) docOk++; else misses.push(`document.title: got ${JSON.stringify(doc.title)}`);
  const leaked = gold.document.boilerplate_lines.filter((l) => doc.text.split('\n').some((x) => x.trim() === l));
  if (leaked.length === 0 && norm(doc.text).startsWith(norm(gold.document.body_starts_with))) docOk++;
  else misses.push(`document.text: boilerplate ${JSON.stringify(leaked)} or body does not start with the first sentence`);

  const used = new Set<number>();
  const actorOk = (want: Array<string | null>, got: { code: string | null } | null) =>
    want.includes(got?.code ?? null) || (want.includes(null) && got?.code == null);
  let required = 0, found = 0, optionalFound = 0;
  for (const g of gold.events) {
    if (g.required) required++;
    const i = result.events.findIndex((e, k) => !used.has(k) &&
      (g.cameo.includes(e.cameo) || g.plover.includes(String(e.plover ?? '').toUpperCase())) &&
      actorOk(g.source, e.source) && actorOk(g.target, e.target));
    if (i >= 0) {
      used.add(i);
      if (g.required) found++; else optionalFound++;
    } else if (g.required) misses.push(`event ${g.id} missing: ${g.cameo[0]} ${g.source[0]} -> ${g.target[0]} ("${g.evidence.slice(0, 60)}")`);
  }
  const extra = result.events.length - used.size;
  for (const [k, e] of result.events.entries()) {
    if (!used.has(k)) misses.push(`extra event: ${e.cameo} ${e.source.code} -> ${e.target?.code ?? null} ("${e.text.slice(0, 60)}")`);
  }

  let attributed = 0;
  for (const g of gold.quotes) {
    const head = norm(g.starts_with).slice(0, 40);
    const q = result.quotes.find((x) => norm(x.text).includes(head));
    if (!q) { misses.push(`quote ${g.id} not found: "${g.starts_with.slice(0, 50)}"`); continue; }
    const last = norm(g.speaker).split(' ').pop()!;
    const chain = [q.speaker?.name ?? '', ...q.via.map((v) => v.name)].map(norm).join(' | ');
    if (norm(q.speaker?.name).includes(last) && g.via.every((v) => chain.includes(norm(v)))) attributed++;
    else misses.push(`quote ${g.id} misattributed: ${q.speaker?.name} via ${q.via.map((v) => v.name).join(',')}, want ${g.speaker} via ${g.via.join(',')}`);
  }

  let stancesRequired = 0, stancesFound = 0;
  for (const g of gold.stances) {
    const isRequired = g.required !== false;
    if (isRequired) stancesRequired++;
    const want = words(g.issue);
    const hit = result.stances.some((s) => g.holder.includes(s.holder.code ?? '') && s.polarity === g.polarity &&
      want.filter((w) => new Set(words(s.issue)).has(w)).length / want.length >= 0.5);
    if (hit && isRequired) stancesFound++;
    else if (!hit && isRequired) misses.push(`stance missing: ${g.holder[0]} ${g.polarity} "${g.issue}"`);
  }

  let entitiesFound = 0;
  for (const g of gold.entities) {
    const e = result.entities.find((x) => x.actor === g.actor && (norm(x.name) === norm(g.name) || x.mentions.some((m) => norm(m.text) === norm(g.name))));
    if (e) entitiesFound++; else misses.push(`entity missing or miscoded: ${g.name} (${g.actor})`);
  }

  let violated = 0;
  for (const g of gold.must_not ?? []) {
    // The trigger words of a forbidden event sit inside the sentence the gold names.
    const bad = result.events.find((e) => e.cameo.startsWith(g.cameo_prefix) && norm(g.evidence).includes(norm(e.trigger.text)));
    if (bad) { violated++; misses.push(`must not code ${g.cameo_prefix}: "${g.evidence.slice(0, 60)}"`); }
  }

  const pass = found === required && attributed === gold.quotes.length && stancesFound === stancesRequired && docOk === 3 && extra <= maxExtra && violated === 0;
  return {
    events: { required, found, optionalFound, extra },
    quotes: { total: gold.quotes.length, attributed },
    stances: { required: stancesRequired, found: stancesFound },
    entities: { total: gold.entities.length, found: entitiesFound },
    document: { checks: 3, ok: docOk },
    mustNot: { total: gold.must_not?.length ?? 0, violated },
    misses,
    pass,
  };
}

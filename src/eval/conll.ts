/**
 * Scores entity mentions against CoNLL-2003 NER (eng.testa: `token POS chunk NER` lines,
 * IOB tags, blank lines between sentences) with exact-span precision, recall and F1 per
 * type, as conlleval does: a predicted entity counts only if its type and token span match.
 */
import { readFileSync } from 'node:fs';
import type { Doc, Entity, Mention, Span } from '../doc/types.js';
import type { Readout } from '../readout.js';
import { createOffsetMap, prf, sumPrf, type Prf } from './metrics.js';

export const CONLL_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** An entity over token indices `[start, end)` of a batch. */
export interface ConllEntity {
  start: number;
  end: number;
  type: ConllType;
}

/** Sentences joined into one text (tokens joined by spaces, sentences by blank lines). */
export interface ConllBatch {
  text: string;
  tokenStart: number[];
  tokenEnd: number[];
  gold: ConllEntity[];
}

export interface ConllReport {
  sentences: number;
  tokens: number;
  documents: number;
  types: Record<ConllType, Prf>;
  overall: Prf;
  /** Predicted mentions whose ends are not token boundaries (scored as false positives). */
  unaligned: number;
  /** Gold entities in text the cleaner dropped (scored as false negatives). */
  goldNotInText: number;
  /** Overall scores counting only gold entities in text the cleaner kept. */
  overallInKeptText: Prf;
}

/** Parses CoNLL lines; the NER tag is the last column. -DOCSTART- lines are skipped. */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (cur.tokens.length) out.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) { flush(); continue; }
    if (cols[0] === '-DOCSTART-') { flush(); continue; }
    cur.tokens.push(cols[0]);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  flush();
  return out;
}

const isType = (t: string): t is ConllType => (CONLL_TYPES as readonly string[]).includes(t);

/** Entities from IOB tags (IOB2, and IOB1 where I- may start an entity), offset by `base`. */
export function entitiesFromTags(tags: readonly string[], base = 0): ConllEntity[] {
  const out: ConllEntity[] = [];
  let open: ConllEntity | null = null;
  for (const [i, tag] of tags.entries()) {
    const [prefix, type] = tag.split('-', 2) as [string, string | undefined];
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (continues) {
      open!.end = base + i + 1;
      continue;
    }
    if (open) out.push(open);
    open = (prefix === 'B' || prefix === 'I') && type && isType(type) ? { start: base + i, end: base + i + 1, type } : null;
  }
  if (open) out.push(open);
  return out;
}

/** Groups sentences into documents of `size` sentences, one sentence per paragraph. */
export function buildBatches(sentences: readonly ConllSentence[], size = 50): ConllBatch[] {
  const out: ConllBatch[] = [];
  for (let s = 0; s < sentences.length; s += size) {
    const batch: ConllBatch = { text: '', tokenStart: [], tokenEnd: [], gold: [] };
    const parts: string[] = [];
    let at = 0;
    for (const sentence of sentences.slice(s, s + size)) {
      if (parts.length) at += 2;
      batch.gold.push(...entitiesFromTags(sentence.tags, batch.tokenStart.length));
      for (const [i, token] of sentence.tokens.entries()) {
        if (i > 0) at += 1;
        batch.tokenStart.push(at);
        at += token.length;
        batch.tokenEnd.push(at);
      }
      parts.push(sentence.tokens.join(' '));
    }
    batch.text = parts.join('\n\n');
    out.push(batch);
  }
  return out;
}

/**
 * The CoNLL type a mention stands for, or null for mentions CoNLL does not tag (pronouns,
 * nominals, titles without a name). Change this adapter when mentions record more.
 * @example conllTypeOf({ kind: 'adjective', rule: 'actors.adjective' }, countryEntity) // 'MISC'
 */
export function conllTypeOf(mention: Pick<Mention, 'kind' | 'rule'>, entity: Pick<Entity, 'kind'> | undefined): ConllType | null {
  if (mention.kind === 'pronoun' || mention.kind === 'nominal') return null;
  if (mention.kind === 'adjective' || mention.rule === 'actors.demonym') return 'MISC';
  // A title mention is a name only when it has one: "Foreign Minister Wang Yi", not "the Japanese foreign minister".
  if (mention.kind === 'title') return mention.rule.startsWith('actors.title-name') ? 'PER' : null;
  switch (entity?.kind) {
    case 'person': return 'PER';
    case 'country':
    case 'location': return 'LOC';
    case 'organization':
    case 'media':
    case 'group': return 'ORG';
    case 'other': return 'MISC';
    default: return null;
  }
}

/** The characters a mention's CoNLL entity covers: the name part when the mention records it. */
export function conllSpanOf(mention: Span & { nameStart?: number }): Span {
  return { start: mention.nameStart ?? mention.start, end: mention.end };
}

/** A name ends at its last capitalised word: "Interfax |news agency|" is tagged "Interfax". */
function withoutLowerTail(span: Span, text: string): Span {
  let end = span.end;
  for (;;) {
    const cut = text.lastIndexOf(' ', end - 1);
    if (cut <= span.start || !/^\p{Ll}/u.test(text.slice(cut + 1, end))) return { start: span.start, end };
    end = cut;
  }
}

/**
 * The CoNLL entities inside one mention. A composite holds up to two: its country word
 * ("U.S." LOC, "Iraqi" MISC) and, when capitalised, the named part ("German |Foreign
 * Ministry|" ORG); "Iraqi troops" is only "Iraqi".
 * @example conllPartsOf(mention of "German Foreign Ministry", organEntity, text) // [German MISC, Foreign Ministry ORG]
 */
export function conllPartsOf(mention: Pick<Mention, 'kind' | 'rule' | 'start' | 'end' | 'nameStart' | 'modifier'>, entity: Pick<Entity, 'kind'> | undefined,
  text: string): Array<Span & { type: ConllType }> {
  return namedParts(mention, entity, text).map((part) => (part.type === 'PER' || part.type === 'ORG' ? part : inHyphenated(part, text)));
}

/** A place or people inside a hyphenated word describes something: "Iraqi-born", "New York-based", "ex-England" are MISC. */
function inHyphenated(part: Span & { type: ConllType }, text: string): Span & { type: ConllType } {
  const glued = (i: number, j: number) => text[i] === '-' && /\p{L}/u.test(text[j] ?? '');
  if (!glued(part.end, part.end + 1) && !glued(part.start - 1, part.start - 2)) return part;
  let { start, end } = part;
  while (start > 0 && /[\p{L}\p{N}.'-]/u.test(text[start - 1])) start--;
  while (end < text.length && /[\p{L}\p{N}'-]/u.test(text[end])) end++;
  return { start, end, type: 'MISC' };
}

function namedParts(mention: Pick<Mention, 'kind' | 'rule' | 'start' | 'end' | 'nameStart' | 'modifier'>, entity: Pick<Entity, 'kind'> | undefined,
  text: string): Array<Span & { type: ConllType }> {
  const type = conllTypeOf(mention, entity);
  const mod = mention.modifier;
  if (!mod) return type ? [{ ...withoutLowerTail(conllSpanOf(mention), text), type }] : [];
  const out: Array<Span & { type: ConllType }> = [{ start: mod.start, end: mod.end, type: mod.kind === 'name' ? 'LOC' : 'MISC' }];
  if (mention.kind === 'title') {
    if (type) out.push({ ...conllSpanOf(mention), type });
  } else if (entity?.kind === 'organization' && mod.start === mention.start) {
    let start = mod.end;
    while (start < mention.end && !/\p{L}/u.test(text[start])) start++;
    if (/\p{Lu}/u.test(text[start] ?? '')) out.push({ start, end: mention.end, type: 'ORG' });
  }
  return out;
}

/** Our entities over the batch's tokens, from an annotated Doc of `batch.text`. */
export function predictedEntities(batch: ConllBatch, doc: Pick<Doc, 'text' | 'rawOffset' | 'mentions' | 'entities'>): { entities: ConllEntity[]; unaligned: number } {
  const map = createOffsetMap(batch.text, doc.text, doc.rawOffset);
  const byStart = new Map(batch.tokenStart.map((s, i) => [s, i]));
  const byEnd = new Map(batch.tokenEnd.map((e, i) => [e, i]));
  const seen = new Set<string>();
  const entities: ConllEntity[] = [];
  let unaligned = 0;
  for (const m of doc.mentions ?? []) {
    for (const part of conllPartsOf(m, m.entity >= 0 ? doc.entities?.[m.entity] : undefined, doc.text)) {
      const span = map.toInput(part);
      const start = span ? byStart.get(span.start) : undefined;
      const last = span ? byEnd.get(span.end) : undefined;
      if (start === undefined || last === undefined || last < start) {
        unaligned++;
        continue;
      }
      const key = `${start}:${last}:${part.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entities.push({ start, end: last + 1, type: part.type });
    }
  }
  return { entities, unaligned };
}

/** Exact-match counts per type over gold and predicted entities of one batch. */
export function countEntities(gold: readonly ConllEntity[], predicted: readonly ConllEntity[]): Record<ConllType, Prf> {
  const key = (e: ConllEntity) => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const out = {} as Record<ConllType, Prf>;
  for (const type of CONLL_TYPES) {
    const g = gold.filter((e) => e.type === type).map(key);
    const p = predicted.filter((e) => e.type === type).map(key);
    const tp = p.filter((k) => goldKeys.has(k)).length;
    out[type] = prf(tp, p.length - tp, g.filter((k) => !predKeys.has(k)).length);
  }
  return out;
}

/** Scores predictions for each batch (same order) and totals them. */
export function scoreConll(batches: readonly ConllBatch[], predictions: ReadonlyArray<{ entities: ConllEntity[]; unaligned: number; goldNotInText?: number }>, sentences = 0): ConllReport {
  const perType: Record<ConllType, Prf[]> = { PER: [], LOC: [], ORG: [], MISC: [] };
  let unaligned = 0, goldNotInText = 0;
  for (const [i, batch] of batches.entries()) {
    const counts = countEntities(batch.gold, predictions[i].entities);
    for (const type of CONLL_TYPES) perType[type].push(counts[type]);
    unaligned += predictions[i].unaligned;
    goldNotInText += predictions[i].goldNotInText ?? 0;
  }
  const types = Object.fromEntries(CONLL_TYPES.map((t) => [t, sumPrf(perType[t])])) as Record<ConllType, Prf>;
  const overall = sumPrf(Object.values(types));
  return {
    sentences,
    tokens: batches.reduce((s, b) => s + b.tokenStart.length, 0),
    documents: batches.length,
    types,
    overall,
    unaligned,
    goldNotInText,
    overallInKeptText: prf(overall.tp, overall.fp, overall.fn - goldNotInText),
  };
}

/** Reads and parses a CoNLL file. */
export function loadConll(path: string): ConllSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/** Annotates each batch and scores the entities found. */
export function runConll(readout: Pick<Readout, 'annotate'>, sentences: readonly ConllSentence[], batchSize = 50,
  onProgress?: (done: number, total: number) => void): ConllReport {
  const batches = buildBatches(sentences, batchSize);
  const predictions = batches.map((batch, i) => {
    const doc = readout.annotate({ id: `conll-${i}`, text: batch.text, verbatim: true });
    const map = createOffsetMap(batch.text, doc.text, doc.rawOffset);
    const goldNotInText = batch.gold.filter((g) => !map.kept({ start: batch.tokenStart[g.start], end: batch.tokenEnd[g.end - 1] })).length;
    onProgress?.(i + 1, batches.length);
    return { ...predictedEntities(batch, doc), goldNotInText };
  });
  return scoreConll(batches, predictions, sentences.length);
}

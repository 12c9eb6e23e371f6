/**
 * Scores quotes against PolNeAR attribution annotations (brat standoff: Source, Cue and
 * Content spans linked by Attribution relations) with PARC-style precision, recall and F1
 * per span type: exact (same fragments), overlap (any shared character, matched one to
 * one) and, as Citron reports it, partial (shared characters over all characters).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleResult } from '../doc/result.js';
import type { Span } from '../doc/types.js';
import type { Readout } from '../readout.js';
import { createOffsetMap, matchOneToOne, overlap, prf, ratio, type Prf } from './metrics.js';

export const SPAN_ROLES = ['source', 'cue', 'content'] as const;
export type SpanRole = (typeof SPAN_ROLES)[number];

/** A possibly discontinuous span: its fragments in order. */
export type Fragments = Span[];
export type RoleSpans = Record<SpanRole, Fragments[]>;

export interface PolnearArticle {
  name: string;
  /** The annotation file used (the first by name when an article was annotated twice). */
  annotation: string;
  text: string;
  gold: RoleSpans;
  attributions: number;
}

export interface PolnearCounts {
  exact: { tp: number; gold: number; pred: number };
  overlap: { tp: number; gold: number; pred: number };
  /** Characters: predicted characters inside gold spans, and gold characters inside predicted spans. */
  partial: { predCovered: number; predChars: number; goldCovered: number; goldChars: number };
}

export interface PolnearReport {
  articles: number;
  /** Extra annotation files of articles annotated more than once, not used. */
  skippedAnnotations: number;
  goldAttributions: number;
  predictedQuotes: number;
  /** Predicted spans that could not be mapped back to the input text (scored as wrong). */
  unmapped: number;
  rows: Array<{ role: SpanRole; gold: number; predicted: number; exact: Prf; overlap: Prf; partial: Prf }>;
}

const ROLE_OF: Record<string, SpanRole> = { Source: 'source', Cue: 'cue', Content: 'content' };

/**
 * Parses a brat .ann file into Source, Cue and Content spans that take part in an
 * attribution relation (E or R lines), each span once.
 */
export function parseBrat(ann: string): { gold: RoleSpans; attributions: number } {
  const spans = new Map<string, { type: string; fragments: Fragments }>();
  const linked = new Set<string>();
  let attributions = 0;
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) {
      const fragments = t[3].split(';').map((f) => {
        const [start, end] = f.trim().split(/\s+/).map(Number);
        return { start, end };
      });
      spans.set(t[1], { type: t[2], fragments });
      continue;
    }
    const rel = /^[ER]\d+\t(\S+)(.*)$/.exec(line);
    if (!rel || !rel[1].startsWith('Attribution')) continue;
    attributions++;
    for (const arg of rel[2].trim().split(/\s+/)) {
      const id = arg.split(':')[1];
      if (id) linked.add(id);
    }
  }
  const gold: RoleSpans = { source: [], cue: [], content: [] };
  for (const [id, span] of spans) {
    const role = ROLE_OF[span.type];
    if (role && linked.has(id)) gold[role].push(span.fragments);
  }
  return { gold, attributions };
}

/** The article name an annotation file belongs to: `NAME_ANNOTATOR.ann` → `NAME`. */
export const articleOf = (annFile: string) => annFile.replace(/\.ann$/, '').replace(/_[^_]+$/, '');

/**
 * Reads DIR/text/*.txt and DIR/attributions/*.ann, one annotation per article (the first
 * by sorted file name); reports how many extra annotation files were skipped.
 */
export function loadPolnear(dir: string): { articles: PolnearArticle[]; skippedAnnotations: number } {
  const annDir = join(dir, 'attributions');
  const textDir = join(dir, 'text');
  const files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const articles: PolnearArticle[] = [];
  const seen = new Set<string>();
  let skippedAnnotations = 0;
  for (const file of files) {
    const name = articleOf(file);
    if (seen.has(name)) { skippedAnnotations++; continue; }
    seen.add(name);
    const textPath = join(textDir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const { gold, attributions } = parseBrat(readFileSync(join(annDir, file), 'utf8'));
    articles.push({ name, annotation: file, text: readFileSync(textPath, 'utf8'), gold, attributions });
  }
  return { articles, skippedAnnotations };
}

const key = (f: Fragments) => f.map((s) => `${s.start}-${s.end}`).join(';');
const fragOverlap = (a: Fragments, b: Fragments) => a.reduce((sum, x) => sum + b.reduce((s, y) => s + overlap(x, y), 0), 0);
const length = (f: Fragments) => f.reduce((s, x) => s + x.end - x.start, 0);

function dedupe(spans: readonly Fragments[]): Fragments[] {
  const seen = new Set<string>();
  return spans.filter((f) => !seen.has(key(f)) && seen.add(key(f)));
}

/** Characters of `spans` that fall inside any of `others` (each character once). */
function covered(spans: readonly Fragments[], others: readonly Fragments[]): number {
  const flat = others.flat();
  let n = 0;
  for (const s of spans.flat()) for (let i = s.start; i < s.end; i++) if (flat.some((o) => i >= o.start && i < o.end)) n++;
  return n;
}

/** Counts for one span type in one article. */
export function countSpans(gold: readonly Fragments[], predicted: readonly Fragments[]): PolnearCounts {
  const g = dedupe(gold);
  const p = dedupe(predicted);
  const goldKeys = new Set(g.map(key));
  return {
    exact: { tp: p.filter((f) => goldKeys.has(key(f))).length, gold: g.length, pred: p.length },
    overlap: { tp: matchOneToOne(g, p, fragOverlap).length, gold: g.length, pred: p.length },
    partial: { predCovered: covered(p, g), predChars: p.reduce((s, f) => s + length(f), 0), goldCovered: covered(g, p), goldChars: g.reduce((s, f) => s + length(f), 0) },
  };
}

/**
 * Our quotes' source, cue and content spans, mapped from `document.text` onto `input`.
 * Spans that cannot be mapped are kept as empty spans before the text, so they count as wrong.
 */
export function predictedSpans(result: ArticleResult, input: string): { spans: RoleSpans; unmapped: number } {
  const map = createOffsetMap(input, result.document.text, result.document.offset);
  const spans: RoleSpans = { source: [], cue: [], content: [] };
  let unmapped = 0;
  for (const q of result.quotes) {
    for (const role of SPAN_ROLES) {
      const span = q[role];
      if (!span) continue;
      const pieces = role === 'content' && q.parts ? q.parts : [span];
      const mapped = pieces.map((p) => map.toInput(p));
      if (mapped.some((m) => !m)) unmapped++;
      // A distinct empty span before the text: never equal to or overlapping anything.
      spans[role].push(mapped.every((m) => m) ? mapped as Span[] : [{ start: -unmapped, end: -unmapped }]);
    }
  }
  return { spans, unmapped };
}

/** Scores results (one per article, same order) and totals the counts over articles. */
export function scorePolnear(articles: readonly PolnearArticle[], results: readonly ArticleResult[], skippedAnnotations = 0): PolnearReport {
  let unmapped = 0;
  const totals = Object.fromEntries(SPAN_ROLES.map((r) => [r, {
    exact: { tp: 0, gold: 0, pred: 0 }, overlap: { tp: 0, gold: 0, pred: 0 },
    partial: { predCovered: 0, predChars: 0, goldCovered: 0, goldChars: 0 },
  }])) as Record<SpanRole, PolnearCounts>;
  for (const [i, article] of articles.entries()) {
    const predicted = predictedSpans(results[i], article.text);
    unmapped += predicted.unmapped;
    for (const role of SPAN_ROLES) {
      const c = countSpans(article.gold[role], predicted.spans[role]);
      const t = totals[role];
      for (const mode of ['exact', 'overlap'] as const) {
        t[mode].tp += c[mode].tp;
        t[mode].gold += c[mode].gold;
        t[mode].pred += c[mode].pred;
      }
      for (const k of ['predCovered', 'predChars', 'goldCovered', 'goldChars'] as const) t.partial[k] += c.partial[k];
    }
  }
  const fromCounts = (c: { tp: number; gold: number; pred: number }) => prf(c.tp, c.pred - c.tp, c.gold - c.tp);
  return {
    articles: articles.length,
    skippedAnnotations,
    goldAttributions: articles.reduce((s, a) => s + a.attributions, 0),
    predictedQuotes: results.reduce((s, r) => s + r.quotes.length, 0),
    unmapped,
    rows: SPAN_ROLES.map((role) => {
      const t = totals[role];
      const precision = ratio(t.partial.predCovered, t.partial.predChars);
      const recall = ratio(t.partial.goldCovered, t.partial.goldChars);
      const partial: Prf = {
        tp: t.partial.predCovered, fp: t.partial.predChars - t.partial.predCovered, fn: t.partial.goldChars - t.partial.goldCovered,
        precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
      };
      return { role, gold: t.exact.gold, predicted: t.exact.pred, exact: fromCounts(t.exact), overlap: fromCounts(t.overlap), partial };
    }),
  };
}

/** Codes each article's text as given and scores its quotes. */
export function runPolnear(readout: Pick<Readout, 'code'>, data: { articles: readonly PolnearArticle[]; skippedAnnotations: number },
  onProgress?: (done: number, total: number) => void): PolnearReport {
  const results = data.articles.map((a, i) => {
    const result = readout.code({ id: a.name, text: a.text });
    onProgress?.(i + 1, data.articles.length);
    return result;
  });
  return scorePolnear(data.articles, results, data.skippedAnnotations);
}

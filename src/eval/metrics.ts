/**
 * Shared pieces of the scorers: precision/recall/F1 from counts, span overlap, one-to-one
 * greedy matching, and mapping offsets in a result's cleaned text back to the input text.
 */
import type { Span } from '../doc/types.js';

/** Counts and the scores they give. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** `n / d`, or 0 when there is nothing to divide by. */
export const ratio = (n: number, d: number): number => (d > 0 ? n / d : 0);

/**
 * Precision, recall and F1 from true positives, false positives and false negatives.
 * @example prf(8, 2, 8) // precision 0.8, recall 0.5
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Adds counts together and recomputes the scores. */
export function sumPrf(parts: readonly Prf[]): Prf {
  return prf(parts.reduce((s, p) => s + p.tp, 0), parts.reduce((s, p) => s + p.fp, 0), parts.reduce((s, p) => s + p.fn, 0));
}

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Pairs gold and predicted items one to one, best-scoring pairs first; pairs scoring 0 are
 * never matched. Returns [goldIndex, predIndex] pairs.
 * @example matchOneToOne(goldSpans, predSpans, overlap).length // true positives
 */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  for (const [gi, g] of gold.entries()) {
    for (const [pi, p] of pred.entries()) {
      const s = score(g, p);
      if (s > 0) pairs.push([s, gi, pi]);
    }
  }
  // Stable order on ties: earlier gold, then earlier prediction.
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

/** Maps spans of a result's `document.text` onto the input text it was cleaned from. */
export interface OffsetMap {
  /** The input span for a text span, or null when part of it is not in the input as is. */
  toInput(span: Span): Span | null;
  /** True when the input span lies in text the cleaner kept. */
  kept(span: Span): boolean;
}

interface Segment {
  text: number;
  input: number;
  length: number;
}

/**
 * Builds the map from the cleaned text back to the input. When `offset` is >= 0 and the
 * text is that slice of the input, spans shift by `offset`; otherwise each line of the
 * text is searched for in the input, in order.
 * @example createOffsetMap(input, result.document.text, result.document.offset).toInput(quote.content)
 */
export function createOffsetMap(input: string, text: string, offset: number): OffsetMap {
  const segments: Segment[] = [];
  if (offset >= 0 && input.startsWith(text, offset)) {
    segments.push({ text: 0, input: offset, length: text.length });
  } else {
    let cursor = 0;
    let at = 0;
    for (const line of text.split('\n')) {
      const body = line.trim();
      if (body) {
        const found = input.indexOf(body, cursor);
        if (found >= 0) {
          segments.push({ text: at + line.indexOf(body), input: found, length: body.length });
          cursor = found + body.length;
        }
      }
      at += line.length + 1;
    }
  }
  const find = (pos: number, isEnd: boolean) => {
    for (const s of segments) {
      const inside = isEnd ? pos > s.text && pos <= s.text + s.length : pos >= s.text && pos < s.text + s.length;
      if (inside) return s.input + (pos - s.text);
    }
    return null;
  };
  return {
    toInput(span) {
      if (span.end <= span.start) {
        const at = find(span.start, false);
        return at === null ? null : { start: at, end: at };
      }
      const start = find(span.start, false);
      const end = find(span.end, true);
      return start === null || end === null || end < start ? null : { start, end };
    },
    kept(span) {
      return segments.some((s) => span.start >= s.input && span.end <= s.input + s.length);
    },
  };
}

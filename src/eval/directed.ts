/**
 * Scores directed sentiment between two marked entities (Park et al. 2021, valid.txt:
 * `sentence with [p] and [q]<TAB>p<TAB>q<TAB>label`; labels 0 neutral, 1 positive p→q,
 * 2 positive q→p, 3 negative p→q, 4 negative q→p). The brackets are removed before coding
 * and the marked spans kept; the label is predicted from our events and stances.
 */
import { readFileSync } from 'node:fs';
import type { ArticleResult } from '../doc/result.js';
import type { ActorRef, Span } from '../doc/types.js';
import type { Readout } from '../readout.js';
import { createOffsetMap, overlap, prf, ratio, type Prf } from './metrics.js';

export const DIRECTED_LABELS = ['neutral', 'positive p→q', 'positive q→p', 'negative p→q', 'negative q→p'] as const;
export type DirectedLabel = 0 | 1 | 2 | 3 | 4;

export interface DirectedItem {
  line: number;
  /** The sentence without the bracket markers. */
  text: string;
  p: Span & { text: string };
  q: Span & { text: string };
  label: DirectedLabel;
}

export interface DirectedReport {
  sentences: number;
  /** Lines that did not have two marked entities and a label 0–4. */
  skipped: number;
  accuracy: number;
  macroF1: number;
  classes: Array<{ label: DirectedLabel; name: string; gold: number; predicted: number } & Prf>;
  /** confusion[gold][predicted]. */
  confusion: number[][];
  /** Always predicting the most frequent gold label, for comparison. */
  baseline: { label: DirectedLabel; accuracy: number; macroF1: number };
  /** Sentences predicted from an event, from a stance, or neutral for want of evidence. */
  evidence: { event: number; stance: number; none: number };
}

/** A field of the file, unquoted where it was written CSV-style (`"…""…"`). */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

/**
 * Parses one line: removes the `[` `]` markers and records the marked spans. p is the marked
 * span whose text is the p field (else the first), q the other.
 */
export function parseDirectedLine(line: string, lineNo = 0): DirectedItem | null {
  const fields = line.split('\t');
  if (fields.length < 4) return null;
  const [sentence, pField, qField] = fields.slice(0, 3).map(unquote);
  const label = Number(fields[3].trim());
  if (!Number.isInteger(label) || label < 0 || label > 4) return null;
  const marks: Array<Span & { text: string }> = [];
  let text = '';
  let last = 0;
  for (const m of sentence.matchAll(/\[([^\]]*)\]/g)) {
    text += sentence.slice(last, m.index);
    marks.push({ start: text.length, end: text.length + m[1].length, text: m[1] });
    text += m[1];
    last = m.index! + m[0].length;
  }
  text += sentence.slice(last);
  if (marks.length !== 2) return null;
  const swap = marks[0].text !== pField && marks[1].text === pField && marks[0].text === qField;
  const [p, q] = swap ? [marks[1], marks[0]] : marks;
  return { line: lineNo, text, p, q, label: label as DirectedLabel };
}

/** Parses the whole file; lines that cannot be read are counted, not fatal. */
export function parseDirected(text: string): { items: DirectedItem[]; skipped: number } {
  const items: DirectedItem[] = [];
  let skipped = 0;
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const item = parseDirectedLine(line, i + 1);
    if (item) items.push(item);
    else skipped++;
  }
  return { items, skipped };
}

/** Reads and parses a directed-sentiment file. */
export function loadDirected(path: string): { items: DirectedItem[]; skipped: number } {
  return parseDirected(readFileSync(path, 'utf8'));
}

const label = (positive: boolean, pToQ: boolean): DirectedLabel => (positive ? (pToQ ? 1 : 2) : pToQ ? 3 : 4);

/**
 * Predicts the label from a result whose input marked `p` and `q` (offsets into the input
 * text). An actor stands for p (or q) when one of its entity's mentions overlaps the marked
 * span; an actor standing for both is ignored. Evidence, first match in document order:
 * a stance held by one toward the other as its target actor (support positive, oppose
 * negative); else an event (not negated) between them, positive when its Goldstein score is
 * (by its quad class when the score is unknown), in its direction (CAMEO 01–04, talk without
 * attitude, left out); else a stance held by one
 * whose issue names the other. With none the label is 0.
 * @example directedLabel(readout.code({ text: 'Russia condemned Ukraine.' }), russiaSpan, ukraineSpan).label // 3
 */
export function directedLabel(result: ArticleResult, p: Span & { text?: string }, q: Span & { text?: string }, input?: string): { label: DirectedLabel; by: 'event' | 'stance' | 'none' } {
  const map = input === undefined ? null : createOffsetMap(input, result.document.text, result.document.offset);
  const toInput = (s: Span) => (map ? map.toInput(s) : s);
  const side = (mark: Span) => result.entities.filter((e) => e.mentions.some((m) => {
    const at = toInput(m);
    return at !== null && overlap(at, mark) > 0;
  }));
  const pEntities = side(p);
  const qEntities = side(q);
  const refersTo = (ref: ActorRef | null, entities: typeof pEntities) =>
    ref !== null && entities.some((e) => e.actor === ref.code && e.name.toLowerCase() === ref.name.toLowerCase());
  const which = (ref: ActorRef | null): 'p' | 'q' | null => {
    const isP = refersTo(ref, pEntities);
    const isQ = refersTo(ref, qEntities);
    return isP === isQ ? null : isP ? 'p' : 'q';
  };

  const stances = [...result.stances].sort((a, b) => a.start - b.start);
  // A stance naming its target actor is the most direct evidence ("X praised Y").
  for (const s of stances) {
    const holder = which(s.holder);
    const target = s.target ? which(s.target) : null;
    if (holder && target && target !== holder) return { label: label(s.polarity === 'support', holder === 'p'), by: 'stance' };
  }

  const events = [...result.events].sort((a, b) => a.start - b.start);
  for (const e of events) {
    // Statements, appeals, intentions and consultations (CAMEO 01–04) say nothing of attitude.
    if (e.negated || e.cameo < '05') continue;
    const from = which(e.source);
    const to = which(e.target);
    // The quad class counts 09 Investigate as material cooperation; its Goldstein score (−2) gives its attitude.
    const positive = e.goldstein !== 0 ? e.goldstein > 0 : e.quad <= 2;
    if (from && to && from !== to) return { label: label(positive, from === 'p'), by: 'event' };
  }

  const names = (mark: Span & { text?: string }, entities: typeof pEntities) =>
    [mark.text ?? '', ...entities.map((e) => e.name), ...entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text))]
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length > 1);
  const pNames = names(p, pEntities);
  const qNames = names(q, qEntities);
  for (const s of stances) {
    const holder = which(s.holder);
    if (!holder || s.target) continue;
    const issue = s.issue.toLowerCase();
    if ((holder === 'p' ? qNames : pNames).some((n) => issue.includes(n))) return { label: label(s.polarity === 'support', holder === 'p'), by: 'stance' };
  }
  return { label: 0, by: 'none' };
}

function tally(gold: readonly DirectedLabel[], predicted: readonly DirectedLabel[]) {
  const confusion = DIRECTED_LABELS.map(() => DIRECTED_LABELS.map(() => 0));
  for (const [i, g] of gold.entries()) confusion[g][predicted[i]]++;
  const classes = DIRECTED_LABELS.map((name, l) => {
    const tp = confusion[l][l];
    const goldCount = confusion[l].reduce((s, n) => s + n, 0);
    const predCount = confusion.reduce((s, row) => s + row[l], 0);
    return { label: l as DirectedLabel, name, gold: goldCount, predicted: predCount, ...prf(tp, predCount - tp, goldCount - tp) };
  });
  const accuracy = ratio(classes.reduce((s, c) => s + c.tp, 0), gold.length);
  const macroF1 = ratio(classes.reduce((s, c) => s + c.f1, 0), classes.length);
  return { confusion, classes, accuracy, macroF1 };
}

/** Accuracy, per-class precision/recall/F1 and macro F1 over gold and predicted labels. */
export function scoreDirected(gold: readonly DirectedLabel[], predicted: readonly DirectedLabel[], skipped = 0,
  evidence: DirectedReport['evidence'] = { event: 0, stance: 0, none: 0 }): DirectedReport {
  const { confusion, classes, accuracy, macroF1 } = tally(gold, predicted);
  const majority = classes.reduce((best, c) => (c.gold > best.gold ? c : best)).label;
  const base = tally(gold, gold.map(() => majority));
  return {
    sentences: gold.length,
    skipped,
    accuracy,
    macroF1,
    classes,
    confusion,
    baseline: { label: majority, accuracy: base.accuracy, macroF1: base.macroF1 },
    evidence,
  };
}

/** Codes each sentence (markers removed) and scores the predicted labels. */
export function runDirected(readout: Pick<Readout, 'code'>, data: { items: readonly DirectedItem[]; skipped: number },
  onProgress?: (done: number, total: number) => void): DirectedReport {
  const evidence = { event: 0, stance: 0, none: 0 };
  const predicted = data.items.map((item, i) => {
    const guess = directedLabel(readout.code({ id: `line-${item.line}`, text: item.text, verbatim: true, names: [item.p, item.q] }), item.p, item.q, item.text);
    evidence[guess.by]++;
    onProgress?.(i + 1, data.items.length);
    return guess.label;
  });
  return scoreDirected(data.items.map((i) => i.label), predicted, data.skipped, evidence);
}

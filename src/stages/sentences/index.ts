/**
 * sentences: tokens, POS tags, lemmas and sentences from wink-nlp, stored as parallel
 * arrays with offsets into `doc.text`. Wink does not split on blank lines, so paragraph
 * ends split sentences too, except where a paragraph visibly continues into the next
 * (a clause broken before a quotation, `…,"` followed by "he said.").
 */
import { createRequire } from 'node:module';
import type { Doc, Sentence, Span, Tokens } from '../../doc/types.js';
import { POS_TAGS } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';
import { repairTags } from '../../nlp/repairs.js';

const require = createRequire(import.meta.url);
// wink-nlp ships CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const winkNLP: Any = require('wink-nlp');
const model: Any = require('wink-eng-lite-web-model');

const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const X = POS_INDEX.get('X')!;

/** True when a paragraph boundary does not end the sentence. */
export function continuesAcross(before: string, after: string): boolean {
  const end = before.trimEnd();
  const start = after.trimStart();
  if (/[,;:]["'”’]?$/.test(end)) return true;
  if (!/[.!?…]["'”’)\]]*$/.test(end)) return /^["“‘'«]/.test(start) || /^\p{Ll}/u.test(start);
  return false;
}

export interface SentenceOptions {
  /** Person titles; those written with a full stop ("Rev.", "Maj.") end no sentence before a name. */
  titles?: Iterable<string>;
}

/** Creates the sentence stage; the wink model loads once here. */
export function createSentencesStage(options: SentenceOptions = {}): Stage {
  const abbreviations = new Set([...(options.titles ?? [])].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1).toLowerCase()));
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: 'sentences',
    version: '1+wink-eng-lite-web-model',
    requires: ['text', 'paragraphs'],
    assigns: ['tokens', 'sentences'],
    run(doc: Doc) {
      const text = doc.text;
      const wdoc = nlp.readDoc(text);
      const values: string[] = wdoc.tokens().out(its.value);
      const tags: string[] = wdoc.tokens().out(its.pos);
      const lemmas: string[] = wdoc.tokens().out(its.lemma);
      // Wink emits newline runs as tokens; keep only real tokens and remap its indexes.
      const keep: number[] = [];
      const remap = new Int32Array(values.length + 1);
      for (let i = 0; i < values.length; i++) {
        remap[i] = keep.length;
        if (!/^\s+$/.test(values[i])) keep.push(i);
      }
      remap[values.length] = keep.length;
      const n = keep.length;
      const tokens: Tokens = {
        count: n,
        start: new Int32Array(n),
        end: new Int32Array(n),
        pos: new Uint8Array(n),
        lemma: new Array<string>(n),
        lower: new Array<string>(n),
        sent: new Int32Array(n),
      };
      let at = 0;
      for (let i = 0; i < n; i++) {
        const w = keep[i];
        const v = values[w];
        let s = text.startsWith(v, at) ? at : text.indexOf(v, at);
        if (s < 0) s = at; // wink normalised the token; keep the running offset
        tokens.start[i] = s;
        tokens.end[i] = s + (s === at && !text.startsWith(v, at) ? 0 : v.length);
        at = tokens.end[i];
        tokens.pos[i] = POS_INDEX.get(tags[w]) ?? X;
        // Wink occasionally returns no lemma (e.g. for some hyphenated numbers): use the word.
        tokens.lemma[i] = (lemmas[w] ?? v).toLowerCase();
        tokens.lower[i] = text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
      }
      const spans: Array<[number, number]> = (wdoc.sentences().out(its.span) as Array<[number, number]>)
        .map(([a, b]) => [remap[a], remap[b + 1] - 1] as [number, number])
        .filter(([a, b]) => b >= a);
      doc.tokens = tokens;
      doc.sentences = splitAtParagraphs(text, spans, tokens, doc.paragraphs ?? [], abbreviations);
      for (const [k, s] of doc.sentences.entries()) tokens.sent.fill(k, s.tokStart, s.tokEnd);
      repairTags(tokens, doc.sentences);
    },
  };
}

/**
 * Wink ends sentences at abbreviations inside brackets: "(D-N.Y.)" and "(D-Wis.) said …" are
 * no sentence ends. True when a cut at token s falls inside a short bracket or just after one
 * that the clause goes on from.
 */
function insideBracket(text: string, tokens: Tokens, s: number): boolean {
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  for (let i = s - 1; i >= Math.max(0, s - 8); i--) {
    if (word(i) === ')') break;
    if (word(i) === '(') return true;
  }
  return s >= 2 && word(s - 1) === ')' && /\.$/.test(word(s - 2)) && /^(\p{Ll}|,)/u.test(word(s));
}

/** Wink ends sentences at some title abbreviations: "the Rev. Peter Wherry", "Sgt. Maj. Bob Lee". True for a cut at s just after one, before a capital. */
function afterTitle(text: string, tokens: Tokens, s: number, abbreviations: Set<string>): boolean {
  if (s < 2 || text.slice(tokens.start[s - 1], tokens.end[s - 1]) !== '.' || tokens.end[s - 2] !== tokens.start[s - 1]) return false;
  return abbreviations.has(text.slice(tokens.start[s - 2], tokens.end[s - 2]).toLowerCase()) && /^\p{Lu}/u.test(text.slice(tokens.start[s], tokens.end[s]));
}

function splitAtParagraphs(text: string, spans: Array<[number, number]>, tokens: Tokens, paragraphs: Span[], abbreviations: Set<string>): Sentence[] {
  // Hard breaks: token indexes that start a new paragraph which does not continue the last.
  const hard = new Set<number>();
  const soft = new Set<number>();
  let p = 0;
  for (let i = 1; i < tokens.count; i++) {
    while (p + 1 < paragraphs.length && paragraphs[p + 1].start <= tokens.start[i]) {
      p++;
      const prev = paragraphs[p - 1];
      const cur = paragraphs[p];
      if (tokens.start[i] >= cur.start && tokens.start[i - 1] < cur.start) {
        const cont = continuesAcross(text.slice(prev.start, prev.end), text.slice(cur.start, Math.min(cur.end, cur.start + 40)));
        (cont ? soft : hard).add(i);
      }
    }
  }
  const cuts: number[] = [];
  for (const [s, e] of spans) {
    if (s > 0 && !soft.has(s) && !insideBracket(text, tokens, s) && !afterTitle(text, tokens, s, abbreviations)) cuts.push(s);
    for (let i = s + 1; i <= e; i++) if (hard.has(i)) cuts.push(i);
  }
  const bounds = [...new Set([0, ...cuts])].sort((a, b) => a - b);
  const out: Sentence[] = [];
  let para = 0;
  for (let k = 0; k < bounds.length; k++) {
    const a = bounds[k];
    const b = k + 1 < bounds.length ? bounds[k + 1] : tokens.count;
    if (b <= a) continue;
    while (para + 1 < paragraphs.length && paragraphs[para + 1].start <= tokens.start[a]) para++;
    out.push({ start: tokens.start[a], end: tokens.end[b - 1], tokStart: a, tokEnd: b, paragraph: para });
  }
  return out;
}

/**
 * clean: drops page furniture around and inside a scraped article, reads the headline,
 * the dateline (date, agency, place) and the publisher, and fixes `doc.text`.
 */
import type { ActorRef, Doc, Span } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';
import { firstFullDate, readDateline } from './dateline.js';
import { endsSentence, isBodyFragment, isHeadline, isProse, splitLines, wordCount, type Line } from './lines.js';

export interface BoilerplateRule {
  id: string;
  where: 'any' | 'edge';
  pattern: string;
}

export interface CleanOptions {
  boilerplate: { version: string; patterns: BoilerplateRule[] };
  /** Resolves an agency or publisher name ("EIRNS", "Reuters") to an actor. */
  findPublisher?: (name: string) => ActorRef | null;
}

interface Compiled {
  any: RegExp[];
  edge: RegExp[];
}

function compile(rules: BoilerplateRule[]): Compiled {
  const any: RegExp[] = [];
  const edge: RegExp[] = [];
  for (const r of rules) (r.where === 'any' ? any : edge).push(new RegExp(r.pattern, 'iu'));
  return { any, edge };
}

const matchesAny = (res: RegExp[], text: string) => res.some((re) => re.test(text));

/** Splits the body into paragraphs: blank-line blocks, indented lines (wire copy), or long lines. */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const hasBlank = /\n[ \t]*\n/.test(text);
  const lines = splitLines(text);
  const longLines = !hasBlank && lines.length > 1 && lines.every((l) => l.text.length === 0 || l.text.length > 90);
  let cur: Span | null = null;
  for (const [i, line] of lines.entries()) {
    if (!line.text) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    const rawStart = i === 0 ? 0 : lines[i - 1].end;
    const indented = /\n[ \t]{2,}\S/.test(text.slice(rawStart, line.start + 1));
    if (cur && (longLines || indented)) {
      spans.push(cur);
      cur = null;
    }
    if (cur) cur.end = line.end;
    else cur = { start: line.start, end: line.end };
  }
  if (cur) spans.push(cur);
  return spans;
}

/** Creates the clean stage. */
export function createCleanStage(options: CleanOptions): Stage {
  const rules = compile(options.boilerplate.patterns);
  return {
    name: 'clean',
    version: `1+${options.boilerplate.version}`,
    requires: ['raw'],
    assigns: ['text', 'meta', 'paragraphs'],
    run(doc: Doc) {
      cleanDoc(doc, rules, options.findPublisher);
    },
  };
}

function cleanDoc(doc: Doc, rules: Compiled, findPublisher?: (name: string) => ActorRef | null): void {
  const raw = doc.raw.includes('\r') ? doc.raw.replace(/\r\n?/g, '\n') : doc.raw;
  if (doc.meta.verbatim) {
    doc.text = raw;
    doc.rawOffset = raw === doc.raw ? 0 : -1;
    doc.paragraphs = findParagraphs(raw);
    return;
  }
  const lines = splitLines(raw);
  const isNav = (l: Line) => matchesAny(rules.any, l.text);
  const isEdgeNav = (l: Line) => isNav(l) || matchesAny(rules.edge, l.text);

  // Short lines repeated three times or more are furniture ("clear", "Share").
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text && wordCount(l.text) <= 3 && !endsSentence(l.text)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const isRepeated = (l: Line) => (counts.get(l.text) ?? 0) >= 3;

  // A line without final punctuation standing alone before a blank line is a headline, not body.
  const standsAlone = (i: number) => !endsSentence(lines[i].text) && wordCount(lines[i].text) <= 25 && !lines[i + 1]?.text;
  let first = lines.findIndex((l, i) => l.text && !isEdgeNav(l) && !isRepeated(l) &&
    (readDateline(l.text) !== null || (isProse(l.text) && !standsAlone(i))));
  if (first < 0) first = lines.findIndex((l) => l.text && !isEdgeNav(l));
  if (first < 0) first = 0;
  let last = lines.length - 1;
  while (last > first && (!lines[last].text || isEdgeNav(lines[last]) || isRepeated(lines[last]) ||
    !(isProse(lines[last].text) || isBodyFragment(lines[last].text) || endsSentence(lines[last].text)))) last--;

  const header = lines.slice(0, first).filter((l) => l.text);
  const footer = lines.slice(last + 1).filter((l) => l.text);
  if (!doc.meta.title) {
    const headline = [...header].reverse().find((l) => !isEdgeNav(l) && !isRepeated(l) && isHeadline(l.text));
    if (headline) doc.meta.title = headline.text;
  }
  // "Headline; " over a subhead (a feed convention): the headline opens the body and names it.
  const opening = lines[first]?.text.replace(/;$/, '') ?? '';
  if (!doc.meta.title && lines[first]?.text.endsWith(';') && lines[first + 1]?.text && isHeadline(opening)) doc.meta.title = opening;

  let bodyStart = lines[first]?.start ?? 0;
  const dateline = lines[first] ? readDateline(lines[first].text) : null;
  if (dateline) {
    bodyStart += dateline.length;
    if (dateline.date) doc.meta.date = dateline.date;
    if (dateline.agency && !doc.meta.publisher) {
      doc.meta.publisher = findPublisher?.(dateline.agency) ?? { code: null, name: dateline.agency };
    }
  }
  if (!doc.meta.date) doc.meta.date = firstFullDate(lines.slice(first, first + 12).map((l) => l.text).join(' '));
  if (!doc.meta.publisher && header.length > 0 && findPublisher) {
    // "Subscribe to EIR Online": a publisher named in the page furniture.
    for (const l of header) {
      const hit = findPublisherIn(l.text, findPublisher);
      if (hit) {
        doc.meta.publisher = hit;
        break;
      }
    }
  }

  const middle = lines.slice(first, last + 1);
  const dropped = middle.filter((l, i) => l.text && i > 0 && (isNav(l) || isRepeated(l)));
  const untouched = header.length === 0 && footer.length === 0 && !dateline && dropped.length === 0;
  if (untouched) {
    doc.text = raw;
    doc.rawOffset = raw === doc.raw ? 0 : -1;
  } else if (dropped.length === 0) {
    const end = lines[last].end;
    doc.text = raw.slice(bodyStart, end);
    doc.rawOffset = raw === doc.raw ? bodyStart : -1;
  } else {
    const drop = new Set(dropped);
    const kept: string[] = [];
    for (const [i, l] of middle.entries()) {
      if (drop.has(l)) continue;
      kept.push(i === 0 ? raw.slice(bodyStart, l.end) : l.text);
    }
    doc.text = kept.join('\n').replace(/\n{3,}/g, '\n\n');
    doc.rawOffset = -1;
  }
  doc.paragraphs = findParagraphs(doc.text);
}

function findPublisherIn(text: string, findPublisher: (name: string) => ActorRef | null): ActorRef | null {
  const words = text.split(/\s+/);
  // Try the longest capitalised run first: "EIR Online" before "EIR".
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const cand = words.slice(i, i + len).join(' ');
      if (!/^\p{Lu}/u.test(cand)) continue;
      const hit = findPublisher(cand);
      if (hit) return hit;
    }
  }
  return null;
}

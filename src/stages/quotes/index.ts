/**
 * quotes: direct quotations (paired marks) and indirect speech ("X said that ...",
 * "according to X, ..."), each attributed to a speaker with its reporting chain: the
 * outlets that relayed it, explicit ("according to Xinhua") or carried over from the
 * article's last cited report ("Wang said." after "according to Xinhua.").
 */
import type { ActorRef, Doc, Mention, Quote, Span } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { findQuoteMarks } from './marks.js';

export interface QuoteRules {
  version: string;
  verbs: string[];
  indirectVerbs: string[];
  according: string[];
  reportNouns: string[];
}

interface Cue {
  /** The speaker's mention. */
  mention: Mention;
  cue: Span;
  /** Token range of the cue, for finding the content of indirect speech. */
  tokStart: number;
  tokEnd: number;
  /** "according to X": names a source, not a speaking event. */
  according: boolean;
  verb: string | null;
}

interface Rules {
  verbs: Set<string>;
  indirect: Set<string>;
  according: string[][];
  reportNouns: Set<string>;
}

/** Creates the quotes stage. */
export function createQuotesStage(data: QuoteRules): Stage {
  const rules: Rules = {
    verbs: new Set(data.verbs),
    indirect: new Set(data.indirectVerbs),
    according: data.according.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
    reportNouns: new Set(data.reportNouns),
  };
  return {
    name: 'quotes',
    version: `1+${data.version}`,
    requires: ['tokens', 'sentences', 'paragraphs', 'mentions', 'entities'],
    assigns: ['quotes'],
    run(doc: Doc) {
      doc.quotes = attributeQuotes(doc, rules);
    },
  };
}

class QuoteContext {
  readonly doc: Doc;
  readonly rules: Rules;
  /** Mention starting at each token, for mentions that resolve to an entity. */
  readonly mentionAt = new Map<number, Mention>();
  /** Positions where the article cites a report, with the outlet (null: a non-media source). */
  /** Where the article cites a report: the outlet (null: a non-media source) and who that sentence names. */
  readonly reports: Array<{ at: number; outlet: ActorRef | null; names: Set<number> }> = [];

  constructor(doc: Doc, rules: Rules) {
    this.doc = doc;
    this.rules = rules;
    for (const m of doc.mentions!) if (m.entity >= 0) this.mentionAt.set(m.tokStart, m);
  }

  entityOf(m: Mention) {
    return this.doc.entities![m.entity];
  }

  ref(m: Mention): ActorRef {
    const e = this.entityOf(m);
    return { code: e.actor, name: e.name };
  }

  isMedia(m: Mention): boolean {
    return this.entityOf(m).kind === 'media';
  }

  lemma(i: number): string {
    return this.doc.tokens!.lemma[i] ?? '';
  }

  /** The mention ending at token `end - 1`. */
  mentionEndingAt(end: number): Mention | undefined {
    for (let k = end - 1; k >= Math.max(0, end - 8); k--) {
      const m = this.mentionAt.get(k);
      if (m && m.tokEnd === end) return m;
    }
    return undefined;
  }

  /** "according to X" starting at token i, as [phrase end, mention]. */
  accordingAt(i: number): [number, Mention] | null {
    for (const words of this.rules.according) {
      if (words.every((w, k) => tokenText(this.doc, i + k).toLowerCase() === w)) {
        // "according to the official IRNA news agency": skip a determiner and adjectives.
        const j = i + words.length;
        for (let k = j; k < j + 3; k++) {
          const m = this.mentionAt.get(k);
          if (m) return [k, m];
          const pos = this.doc.tokens!.pos[k];
          if (!(this.lemma(k) === 'the' || pos === POS.ADJ || (pos === POS.NOUN && !isCapitalised(this.doc, k)))) break;
        }
      }
    }
    return null;
  }

  /** A cue starting at token i: "X said", "said X", "according to X". */
  cueAt(i: number, hi: number): Cue | null {
    const t = this.doc.tokens!;
    const acc = this.accordingAt(i);
    if (acc) {
      const m = acc[1];
      return { mention: m, cue: { start: t.start[i], end: m.end }, tokStart: i, tokEnd: m.tokEnd, according: true, verb: null };
    }
    const m = this.mentionAt.get(i);
    if (m) {
      let k = m.tokEnd;
      while (k < hi && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX)) k++;
      if (k < hi && this.rules.verbs.has(t.lemma[k]) && t.pos[k] === POS.VERB) {
        return { mention: m, cue: { start: m.start, end: t.end[k] }, tokStart: i, tokEnd: k + 1, according: false, verb: t.lemma[k] };
      }
      return null;
    }
    if (this.rules.verbs.has(t.lemma[i]) && t.pos[i] === POS.VERB) {
      const after = this.mentionAt.get(i + 1);
      if (after && after.kind !== 'pronoun') {
        return { mention: after, cue: { start: t.start[i], end: after.end }, tokStart: i, tokEnd: after.tokEnd, according: false, verb: t.lemma[i] };
      }
    }
    return null;
  }

  /** A relay named after a cue in the rest of the sentence: "... in a statement carried by TASS". */
  relayAfter(from: number, hi: number): Mention | null {
    for (let k = from; k < hi; k++) {
      const acc = this.accordingAt(k);
      if (acc) return acc[1];
    }
    return null;
  }

  /**
   * The outlet of the last report cited before `at`, if that report concerned the speaker:
   * "Xinhua's summary of Kono's side" covers Kono's later quotes, not everyone's.
   */
  outletAt(at: number, speaker: Mention): ActorRef | null {
    let last: (typeof this.reports)[number] | null = null;
    for (const r of this.reports) {
      if (r.at > at) break;
      last = r;
    }
    return last && last.names.has(speaker.entity) ? last.outlet : null;
  }
}

function tokenAt(doc: Doc, offset: number, from = 0): number {
  const t = doc.tokens!;
  let i = from;
  while (i < t.count && t.end[i] <= offset) i++;
  return i;
}

/** Finds where the article cites reports, so quotes without an outlet inherit the last one. */
function collectReports(ctx: QuoteContext): void {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const names = doc.sentences!.map(() => new Set<number>());
  for (const m of doc.mentions!) if (m.entity >= 0) names[t.sent[m.tokStart]].add(m.entity);
  for (let i = 0; i < t.count; i++) {
    const acc = ctx.accordingAt(i);
    if (acc) {
      ctx.reports.push({ at: t.start[i], outlet: ctx.isMedia(acc[1]) ? ctx.ref(acc[1]) : null, names: names[t.sent[i]] });
      continue;
    }
    const m = ctx.mentionAt.get(i);
    if (!m) continue;
    const e = ctx.entityOf(m);
    const next = ctx.lemma(m.tokEnd);
    const reportWord = ctx.rules.reportNouns.has(next) || ctx.rules.reportNouns.has(ctx.lemma(m.tokEnd + 1));
    const verb = next === 'report' || (ctx.lemma(m.tokEnd + 1) === 'report' && t.pos[m.tokEnd] === POS.ADV);
    if (e.kind === 'media' && (verb || reportWord || m.kind === 'nominal' || next === 'say')) {
      ctx.reports.push({ at: t.start[i], outlet: ctx.ref(m), names: names[t.sent[i]] });
    } else if (e.kind !== 'media' && e.kind !== 'person' && verb) {
      ctx.reports.push({ at: t.start[i], outlet: null, names: names[t.sent[i]] });
    }
  }
}

function attributeQuotes(doc: Doc, rules: Rules): Quote[] {
  const ctx = new QuoteContext(doc, rules);
  collectReports(ctx);
  const quotes: Quote[] = [];
  const direct = findQuoteMarks(doc.text, doc.paragraphs ?? [{ start: 0, end: doc.text.length }]);
  for (const q of direct) quotes.push(attributeDirect(ctx, q.content, q.outer));
  // A cue that attributes a direct quote does not also open indirect speech.
  const usedCues = new Set(quotes.map((q) => q.cue?.start).filter((x): x is number => x !== undefined));
  quotes.push(...findIndirect(ctx, direct.map((q) => q.outer), usedCues));
  quotes.sort((a, b) => a.content.start - b.content.start);
  return quotes;
}

function build(ctx: QuoteContext, kind: Quote['kind'], content: Span, cue: Cue | null, inner: Cue | null, embedded: Mention | null, rule: string, relay: Mention | null = null): Quote {
  let speakerMention: Mention | null = cue ? cue.mention : null;
  const via: ActorRef[] = [];
  if (cue && cue.according && inner && inner.mention !== cue.mention) {
    // "According to the Foreign Ministry, she said ...": the named source relays the speaker.
    via.push(ctx.ref(cue.mention));
    speakerMention = inner.mention;
  } else if (cue && ctx.isMedia(cue.mention)) {
    // The outlet relays someone: the speaker inside the quote or the sentence's subject.
    const who = inner?.mention ?? embedded;
    if (who && !ctx.isMedia(who)) {
      via.push(ctx.ref(cue.mention));
      speakerMention = who;
    }
  } else if (!cue && (inner || embedded)) speakerMention = (inner?.mention ?? embedded)!;
  if (relay && !via.some((v) => v.name === ctx.entityOf(relay).name)) via.push(ctx.ref(relay));
  if (speakerMention && !ctx.isMedia(speakerMention) && !relay) {
    const outlet = ctx.outletAt(cue ? cue.cue.end : content.start, speakerMention);
    if (outlet && !via.some((v) => v.name === outlet.name)) via.push(outlet);
  }
  return {
    kind,
    content,
    cue: cue ? cue.cue : null,
    source: speakerMention ? { start: speakerMention.start, end: speakerMention.end } : null,
    speaker: speakerMention ? ctx.ref(speakerMention) : null,
    via,
    rule,
  };
}

function attributeDirect(ctx: QuoteContext, content: Span, outer: Span): Quote {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const first = tokenAt(doc, outer.start);
  const afterQ = tokenAt(doc, outer.end, first);
  const sent = doc.sentences![t.sent[Math.min(first, t.count - 1)]];
  const lastSent = doc.sentences![t.sent[Math.min(Math.max(afterQ - 1, 0), t.count - 1)]];
  // `….” Conte said` starts a new statement; `…,” he said` or `…?” he asked` attributes this one.
  const closed = /[.!?…]$/.test(doc.text.slice(outer.start, outer.end).replace(/["”’»]+$/, '').trimEnd());
  const lowerNext = afterQ < t.count && /^\p{Ll}/u.test(tokenText(doc, afterQ));
  const hi = Math.min(t.count, closed && !lowerNext ? afterQ : lastSent.tokEnd);

  // After the quote: `…," Wang said.`, `…," said Wang`, `…," according to Xinhua.`
  let cue: Cue | null = null;
  let k = afterQ;
  while (k < hi && t.pos[k] === POS.PUNCT && tokenText(doc, k) !== '.') k++;
  if (k < hi && k - afterQ <= 2) cue = ctx.cueAt(k, hi);
  // Before it: `Wang said: "…"`, `According to Xinhua, "…"`, or the speech verb that
  // governs a partial quotation: `Akar warned that Turkey would respond "in the harshest way"`.
  if (!cue) {
    for (let j = first - 1; j >= sent.tokStart && !cue; j--) {
      const c = ctx.cueAt(j, first);
      if (!c) continue;
      const adjacent = c.tokEnd >= first - 1 || (c.tokEnd === first - 2 && /^[,:]$/.test(tokenText(doc, first - 1)));
      if (adjacent || (c.verb && ctx.rules.indirect.has(c.verb) && !ctx.isMedia(c.mention))) cue = c;
    }
  }
  // Inside: `…, he said, adding …` or `For his part, Kono said …`.
  let inner: Cue | null = null;
  for (let j = first + 1; j < afterQ - 1 && !inner; j++) {
    const c = ctx.cueAt(j, afterQ);
    if (c && !c.according && !ctx.isMedia(c.mention)) inner = c;
  }
  // Embedded in a sentence: `He urged adoption of China's "…"`: its subject speaks.
  let embedded: Mention | null = null;
  for (let j = sent.tokStart; j < first && !embedded; j++) {
    const m = ctx.mentionAt.get(j);
    if (m && ctx.entityOf(m).kind === 'person' && t.pos[m.tokEnd] === POS.VERB) embedded = m;
  }
  const rule = cue ? (cue.according ? 'quotes.direct.according' : 'quotes.direct.cue') : inner ? 'quotes.direct.inner' : 'quotes.direct.embedded';
  const relay = cue && !cue.according && cue.tokStart >= afterQ ? ctx.relayAfter(cue.tokEnd, hi) : null;
  return build(ctx, 'direct', content, cue, inner, embedded, rule, relay);
}

function findIndirect(ctx: QuoteContext, directs: Span[], usedCues: Set<number>): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const inDirect = (offset: number) => directs.some((d) => offset >= d.start && offset < d.end);
  for (const s of doc.sentences!) {
    let according: Cue | null = null;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (inDirect(t.start[i])) continue;
      const cue = ctx.cueAt(i, s.tokEnd);
      if (!cue) continue;
      if (cue.according) {
        according = cue;
        i = cue.tokEnd - 1;
        continue;
      }
      if (!cue.verb || !ctx.rules.indirect.has(cue.verb) || usedCues.has(cue.cue.start)) continue;
      let c = cue.tokEnd;
      // "said on Saturday that", "told his news conference that": a short adverbial or
      // addressee may stand before "that".
      for (let k = c; k < Math.min(s.tokEnd, c + 6); k++) {
        if (ctx.lemma(k) === 'that') {
          c = k;
          break;
        }
        if (t.pos[k] === POS.VERB || t.pos[k] === POS.PUNCT) break;
      }
      if (ctx.lemma(c) === 'that') c++;
      // "told reporters after the call" names an audience, not what was said.
      else if (cue.verb === 'tell') continue;
      else if (c >= s.tokEnd || t.pos[c] === POS.PUNCT || !(isCapitalised(doc, c) || t.pos[c] === POS.DET || t.pos[c] === POS.PRON || t.pos[c] === POS.NOUN)) continue;
      let end = contentEnd(ctx, c, s.tokEnd);
      // "..., according to TASS." at the end names the relay.
      let relay: Mention | null = null;
      for (let k = c; k < end; k++) {
        if (tokenText(doc, k) !== ',') continue;
        const acc = ctx.accordingAt(k + 1);
        // "..., a Japanese Foreign Ministry official said." closes the content too.
        const at = t.pos[k + 1] === POS.DET ? k + 2 : k + 1;
        const tail = acc ? null : ctx.cueAt(at, s.tokEnd);
        if (acc || (tail && !tail.according && tail.tokEnd >= end - 1)) {
          relay = acc ? acc[1] : tail!.mention;
          end = k;
          break;
        }
      }
      if (end - c < 3 || inDirect(t.start[c])) continue;
      const content = { start: t.start[c], end: t.end[end - 1] };
      const q = build(ctx, 'indirect', content, according ?? cue, according ? cue : null, null, according ? 'quotes.indirect.according-said' : 'quotes.indirect.said-that', relay);
      if (according) q.cue = { start: according.cue.start, end: cue.cue.end };
      out.push(q);
      i = end - 1;
    }
  }
  return out;
}

/** Indirect content runs to the sentence end, stopping before ", and cited ..." or ";". */
function contentEnd(ctx: QuoteContext, from: number, hi: number): number {
  const t = ctx.doc.tokens!;
  for (let k = from; k < hi; k++) {
    const w = tokenText(ctx.doc, k);
    if (w === ';') return k;
    if (w === ',' && t.pos[k + 1] === POS.CCONJ && t.pos[k + 2] === POS.VERB) return k;
  }
  let end = hi;
  while (end > from && t.pos[end - 1] === POS.PUNCT) end--;
  return end;
}

/**
 * quotes: direct quotations (paired marks) and indirect speech ("X said that ...",
 * "..., sources said", "according to X, ..."), each with its source, cue and content
 * spans and a speaker resolved to an actor where the text names one. The reporting chain
 * (`via`) holds the outlets that relayed it: explicit ("according to Xinhua", "carried by
 * TASS") or carried over from the article's last cited report about the same speaker.
 */
import type { ActorRef, Doc, Quote, Span } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { findQuoteMarks } from './marks.js';
import { opensClause, QuoteContext, type Cue, type QuoteRules, type Rules, type Speaker } from './speakers.js';

export type { QuoteRules } from './speakers.js';

/** Creates the quotes stage. */
export function createQuotesStage(data: QuoteRules): Stage {
  const rules: Rules = {
    verbs: new Set(data.verbs),
    indirect: new Set(data.indirectVerbs),
    according: data.according.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
    reportNouns: new Set(data.reportNouns),
    intent: new Set(data.intentVerbs),
  };
  return {
    name: 'quotes',
    version: `2+${data.version}`,
    requires: ['tokens', 'sentences', 'paragraphs', 'mentions', 'entities'],
    assigns: ['quotes'],
    run(doc: Doc) {
      doc.quotes = attributeQuotes(doc, rules);
    },
  };
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
      ctx.reports.push({ at: t.start[i], outlet: ctx.isMedia(acc.speaker) ? ctx.ref(acc.speaker) : null, names: names[t.sent[i]] });
      continue;
    }
    const m = ctx.mentionAt.get(i);
    if (!m) continue;
    const kind = doc.entities![m.entity].kind;
    const next = ctx.lemma(m.tokEnd);
    const reportWord = ctx.rules.reportNouns.has(next) || ctx.rules.reportNouns.has(ctx.lemma(m.tokEnd + 1));
    const verb = next === 'report' || (ctx.lemma(m.tokEnd + 1) === 'report' && t.pos[m.tokEnd] === POS.ADV);
    const sp: Speaker = { tokStart: m.tokStart, tokEnd: m.tokEnd, start: m.start, end: m.end, mention: m };
    if (kind === 'media' && (verb || reportWord || m.kind === 'nominal' || next === 'say')) {
      ctx.reports.push({ at: t.start[i], outlet: ctx.ref(sp), names: names[t.sent[i]] });
    } else if (kind !== 'media' && kind !== 'person' && verb) {
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
  quotes.push(...colonAttributions(ctx, quotes));
  quotes.sort((a, b) => a.content.start - b.content.start);
  return quotes;
}

function build(ctx: QuoteContext, kind: Quote['kind'], content: Span, cue: Cue | null, inner: Cue | null, embedded: Speaker | null, rule: string, relay: Speaker | null = null): Quote {
  let speaker: Speaker | null = cue ? cue.speaker : null;
  const via: ActorRef[] = [];
  const add = (ref: ActorRef) => { if (!via.some((v) => v.name === ref.name)) via.push(ref); };
  if (cue && cue.according && inner && inner.speaker.start !== cue.speaker.start) {
    // "According to the Foreign Ministry, she said ...": the named source relays the speaker.
    add(ctx.ref(cue.speaker));
    speaker = inner.speaker;
  } else if (cue && ctx.isMedia(cue.speaker)) {
    // The outlet relays someone: the speaker inside the quote or the sentence's subject.
    const who = inner?.speaker ?? embedded;
    if (who && !ctx.isMedia(who)) {
      add(ctx.ref(cue.speaker));
      speaker = who;
    }
  } else if (!cue && (inner || embedded)) speaker = (inner?.speaker ?? embedded)!;
  if (relay) add(ctx.ref(relay));
  if (speaker && !ctx.isMedia(speaker) && !relay) {
    const outlet = ctx.outletAt(cue ? cue.cue.end : content.start, speaker);
    if (outlet) add(outlet);
  }
  return {
    kind,
    content,
    cue: cue ? cue.cue : null,
    source: speaker ? { start: speaker.start, end: speaker.end } : null,
    speaker: speaker ? ctx.ref(speaker) : null,
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

  // After the quote: `…," Wang said.`, `…," said Wang`, `…," a source said.`, `…," according to Xinhua.`,
  // `…” ― Sonya Herridge`; after a closed quote only a cue that says nothing more: `…?” Clinton said.`
  let cue: Cue | null = null;
  let sentEnd = lastSent.tokEnd;
  // `“…?” Clinton said.` may stand as a sentence of its own after the quote.
  const following = doc.sentences![t.sent[Math.min(afterQ, t.count - 1)]];
  if (afterQ >= lastSent.tokEnd && following !== lastSent && following.tokEnd - following.tokStart <= 8) sentEnd = following.tokEnd;
  let k = afterQ;
  while (k < sentEnd && t.pos[k] === POS.PUNCT && !/^[.―—–-]$/.test(tokenText(doc, k))) k++;
  if (afterQ < t.count && /^[―—–]$/.test(tokenText(doc, afterQ))) k = afterQ;
  if (k < t.count && /^[―—–]$/.test(tokenText(doc, k))) {
    const sp = ctx.phraseAt(k + 1, t.count);
    if (sp) cue = { speaker: sp, cue: { start: t.start[k], end: t.end[k] }, tokStart: k, tokEnd: sp.tokEnd, according: false, verb: null };
  } else if (k < sentEnd && k - afterQ <= 2) {
    const c = ctx.cueAt(k, sentEnd);
    if (c && (k < hi || !speaksOn(ctx, c, sentEnd))) cue = c;
  }
  // A partial quote inside a sentence that ends "…, she said.".
  for (let j = afterQ; !cue && j < hi - 1; j++) {
    if (tokenText(doc, j) !== ',') continue;
    const c = ctx.cueAt(j + 1, hi);
    if (c && !c.according && !speaksOn(ctx, c, hi)) cue = c;
  }
  // Before it: `Wang said: "…"`, `According to Xinhua, "…"`, or the speech verb that
  // governs a partial quotation: `Akar warned that Turkey would respond "in the harshest way"`.
  // `Mattarella said: “…”` is found below; `PENCE: "…"` or `Clinton: “…”` names the speaker alone.
  if (!cue && first >= 2 && tokenText(doc, first - 1) === ':') {
    for (let j = Math.max(sent.tokStart, first - 5); j < first - 1 && !cue; j++) {
      const sp = ctx.phraseAt(j, first - 1);
      if (sp && sp.tokEnd === first - 1 && (j === sent.tokStart || t.pos[j - 1] === POS.PUNCT)) {
        cue = { speaker: sp, cue: { start: t.start[first - 1], end: t.end[first - 1] }, tokStart: j, tokEnd: first, according: false, verb: null };
      }
    }
  }
  if (!cue) {
    for (let j = first - 1; j >= sent.tokStart && !cue; j--) {
      const c = ctx.cueAt(j, first);
      if (!c) continue;
      const adjacent = c.tokEnd >= first - 1 || (c.tokEnd === first - 2 && /^[,:]$/.test(tokenText(doc, first - 1)));
      const governs = c.verb !== null && ctx.rules.indirect.has(c.verb) && c.speaker.mention !== null && !ctx.isMedia(c.speaker);
      if (adjacent || governs) cue = c;
    }
  }
  // Inside: `…, he said, adding …` or `For his part, Kono said …`.
  let inner: Cue | null = null;
  for (let j = first + 1; j < afterQ - 1 && !inner; j++) {
    const c = ctx.cueAt(j, afterQ);
    if (c && !c.according && c.speaker.mention && !ctx.isMedia(c.speaker)) inner = c;
  }
  // Embedded in a sentence: `He urged adoption of China's "…"`: its subject speaks.
  let embedded: Speaker | null = null;
  for (let j = sent.tokStart; j < first && !embedded; j++) {
    const m = ctx.mentionAt.get(j);
    if (m && doc.entities![m.entity].kind === 'person' && t.pos[m.tokEnd] === POS.VERB) {
      embedded = { tokStart: m.tokStart, tokEnd: m.tokEnd, start: m.start, end: m.end, mention: m };
    }
  }
  const rule = cue ? (cue.according ? 'quotes.direct.according' : 'quotes.direct.cue') : inner ? 'quotes.direct.inner' : 'quotes.direct.embedded';
  const relay = cue && !cue.according && cue.tokStart >= afterQ ? ctx.relayAfter(cue.tokEnd, hi) : null;
  // The content span keeps the quotation marks, as PARC-style annotation does; `text` drops them.
  return build(ctx, 'direct', outer, cue, inner, embedded, rule, relay);
}

function findIndirect(ctx: QuoteContext, directs: Span[], usedCues: Set<number>): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const inDirect = (offset: number) => directs.some((d) => offset >= d.start && offset < d.end);
  for (const s of doc.sentences!) {
    let according: Cue | null = null;
    let from = s.tokStart;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (inDirect(t.start[i])) continue;
      const cue = ctx.cueAt(i, s.tokEnd) ?? coordinatedCue(ctx, i, s.tokStart, s.tokEnd);
      if (!cue) continue;
      if (cue.according) {
        // "According to X, <content>." stands alone unless a speech verb follows ("..., Y said that").
        const q = accordingContent(ctx, cue, from, s.tokStart, s.tokEnd, inDirect);
        if (q) {
          out.push(q.quote);
          i = q.next - 1;
          from = q.next;
          according = null;
          continue;
        }
        according = cue;
        i = cue.tokEnd - 1;
        continue;
      }
      if (!cue.verb || !ctx.rules.indirect.has(cue.verb) || usedCues.has(cue.cue.start)) continue;
      // "X said (that) ..." unless the cue closes the sentence: "..., sources said."
      const afterwards = according !== null || speaksForward(ctx, cue, s.tokEnd);
      const q = !afterwards && cue.tokStart > from && tokenText(doc, cue.tokStart - 1) === ','
        ? contentBefore(ctx, cue, from, s.tokEnd, inDirect)
        : contentAfter(ctx, cue, according, s.tokEnd, inDirect);
      if (!q) continue;
      out.push(q.quote);
      // Reported speech may nest: "Merrill says Machado promised ... and said ...".
      i = cue.tokEnd - 1;
      from = q.next;
    }
  }
  return out;
}

/**
 * Transcripts and headlines: `PENCE: Well, look, ...` or `Pence: Gennifer Flowers Won't Be at
 * Debate`. The speaker is a name in capitals or one the data knows; the rest of the paragraph is
 * what was said.
 */
function colonAttributions(ctx: QuoteContext, found: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const para of doc.paragraphs ?? []) {
    let i = tokenAt(doc, para.start);
    if (i < t.count && /^["“]$/.test(tokenText(doc, i))) i++;
    const sp = ctx.phraseAt(i, t.count);
    if (!sp || sp.tokEnd - sp.tokStart > 3 || tokenText(doc, sp.tokEnd) !== ':') continue;
    const name = doc.text.slice(sp.start, sp.end);
    if (!(name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) && !ctx.isPerson(sp)) continue;
    const colon = sp.tokEnd;
    const start = t.start[colon + 1];
    if (start === undefined || start >= para.end) continue;
    const content = { start, end: para.end };
    // A direct quote already attributed over the same words keeps its own attribution.
    const existing = found.find((q) => q.content.start <= start && q.content.end >= start);
    if (existing && existing.speaker) continue;
    const cue: Cue = { speaker: sp, cue: { start: t.start[colon], end: t.end[colon] }, tokStart: sp.tokStart, tokEnd: colon + 1, according: false, verb: null };
    const q = build(ctx, 'direct', content, cue, null, null, 'quotes.direct.colon');
    if (existing) Object.assign(existing, { cue: q.cue, source: q.source, speaker: q.speaker, via: q.via, rule: q.rule });
    else out.push(q);
  }
  return out;
}

/** True when a cue goes on to say more than the quote: "Conte said the memorandum ...". */
function speaksOn(ctx: QuoteContext, cue: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  let k = cue.tokEnd;
  // A time or audience may follow: "said Friday", "said to the TV", "told reporters".
  while (k < hi && t.pos[k] !== POS.PUNCT && k - cue.tokEnd < 6) k++;
  return k - cue.tokEnd >= 6;
}

/** True when the cue verb is followed by what was said: "that", or a clause. */
function speaksForward(ctx: QuoteContext, cue: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (cue.verb && ctx.rules.intent.has(cue.verb) && ctx.lemma(cue.tokEnd) === 'to') return true;
  for (let k = cue.tokEnd; k < Math.min(hi, cue.tokEnd + 6); k++) {
    if (ctx.lemma(k) === 'that') return true;
    if (t.pos[k] === POS.VERB || t.pos[k] === POS.PUNCT) break;
  }
  return cue.tokEnd < hi && t.pos[cue.tokEnd] !== POS.PUNCT && opensClause(ctx.doc, cue.tokEnd) && cue.verb !== 'tell';
}

/**
 * A speech verb whose speaker is the sentence's subject: "The ministry rejected the claims,
 * and said ...", "Trump defended his tweets, saying ...".
 */
function coordinatedCue(ctx: QuoteContext, i: number, lo: number, hi: number): Cue | null {
  const t = ctx.doc.tokens!;
  let chain: [number, number] | null = null;
  if (t.pos[i] === POS.CCONJ && t.lemma[i] === 'and') chain = ctx.verbChainAt(i + 1, hi);
  else if (i > lo && tokenText(ctx.doc, i - 1) === ',' && t.pos[i] === POS.VERB && /ing$/.test(tokenText(ctx.doc, i)) && ctx.rules.indirect.has(t.lemma[i])) chain = [i, i + 1];
  if (!chain) return null;
  for (let k = lo; k < i; k++) {
    const sp = ctx.phraseAt(k, i);
    if (!sp) continue;
    const after = ctx.skipAside(sp.tokEnd, i);
    if (t.pos[after] === POS.VERB || t.pos[after] === POS.AUX) {
      return { speaker: sp, cue: { start: t.start[chain[0]], end: t.end[chain[1] - 1] }, tokStart: chain[0], tokEnd: chain[1], according: false, verb: t.lemma[chain[1] - 1] };
    }
    k = sp.tokEnd - 1;
  }
  return null;
}

/** "According to X, <content>." or "<content>, according to X." with no speech verb of its own. */
function accordingContent(ctx: QuoteContext, cue: Cue, from: number, lo: number, hi: number, inDirect: (o: number) => boolean): { quote: Quote; next: number } | null {
  const t = ctx.doc.tokens!;
  if (cue.tokStart === lo || (cue.tokStart === lo + 1 && t.pos[lo] === POS.CCONJ)) {
    let c = cue.tokEnd;
    if (tokenText(ctx.doc, c) === ',') c++;
    // A speech verb right after makes it "According to X, Y said ...": handled there.
    for (let k = c; k < Math.min(hi, c + 12); k++) if (ctx.cueAt(k, hi)?.verb) return null;
    const end = contentEnd(ctx, c, hi);
    if (end - c < 3 || inDirect(t.start[c])) return null;
    return { quote: build(ctx, 'indirect', { start: t.start[c], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.according'), next: hi };
  }
  if (cue.tokStart > from && tokenText(ctx.doc, cue.tokStart - 1) === ',') {
    let tail = cue.tokEnd;
    while (tail < hi && t.pos[tail] !== POS.PUNCT) tail++;
    if (tail < hi && !/^[.!?]$/.test(tokenText(ctx.doc, tail))) return null;
    const end = cue.tokStart - 1;
    if (end - from < 3 || inDirect(t.start[from]) || inDirect(t.start[end - 1])) return null;
    return { quote: build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.according'), next: hi };
  }
  return null;
}

/** "<content>, sources said." */
function contentBefore(ctx: QuoteContext, cue: Cue, from: number, hi: number, inDirect: (o: number) => boolean): { quote: Quote; next: number } | null {
  const t = ctx.doc.tokens!;
  // The cue must close the sentence, give or take a short tail ("in a statement on Monday").
  let tail = cue.tokEnd;
  while (tail < hi && t.pos[tail] !== POS.PUNCT && tail - cue.tokEnd < 8) tail++;
  const closes = tail >= hi || /^[.!?]$/.test(tokenText(ctx.doc, tail));
  // "..., Graham said, since most of them ..." or "..., the source added, according to TASS."
  const trails = tokenText(ctx.doc, tail) === ',' && (t.pos[tail + 1] === POS.SCONJ || t.pos[tail + 1] === POS.ADV || ctx.accordingAt(tail + 1, hi) !== null);
  if (!closes && !trails) return null;
  const end = cue.tokStart - 1;
  if (end - from < 3 || inDirect(t.start[from]) || inDirect(t.start[end - 1])) return null;
  const content = { start: t.start[from], end: t.end[end - 1] };
  const relay = ctx.relayAfter(cue.tokEnd, hi);
  return { quote: build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.content-said', relay), next: hi };
}

/** "X said (that) <content>", "According to Y, X said <content>". */
function contentAfter(ctx: QuoteContext, cue: Cue, according: Cue | null, hi: number, inDirect: (o: number) => boolean): { quote: Quote; next: number } | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let c = cue.tokEnd;
  // "said on Saturday that", "told his news conference that": a short adverbial or
  // addressee may stand before "that".
  for (let k = c; k < Math.min(hi, c + 6); k++) {
    if (ctx.lemma(k) === 'that') {
      c = k;
      break;
    }
    if (t.pos[k] === POS.VERB || t.pos[k] === POS.PUNCT) break;
  }
  // "wants to triple the program": an intention's content is its infinitive.
  const infinitive = ctx.lemma(c) === 'to' && t.pos[c + 1] === POS.VERB && cue.verb !== null && ctx.rules.intent.has(cue.verb);
  if (ctx.lemma(c) !== 'that' && !infinitive) {
    // "told reporters after the call" names an audience, not what was said.
    if (cue.verb === 'tell' || c >= hi || t.pos[c] === POS.PUNCT || !opensClause(doc, c)) return null;
  }
  let end = contentEnd(ctx, c, hi);
  // "..., according to TASS." or "..., a ministry official said." closes the content and names the relay.
  let relay: Speaker | null = null;
  for (let k = c; k < end; k++) {
    if (tokenText(doc, k) !== ',') continue;
    const acc = ctx.accordingAt(k + 1, hi);
    const tail = acc ? null : ctx.cueAt(k + 1, hi);
    if (acc || (tail && !tail.according && tail.tokEnd >= end - 1)) {
      relay = acc ? acc.speaker : tail!.speaker;
      end = k;
      break;
    }
  }
  const body = ctx.lemma(c) === 'that' ? c + 1 : c;
  if (end - body < 3 || inDirect(t.start[c])) return null;
  const content = { start: t.start[c], end: t.end[end - 1] };
  const q = build(ctx, 'indirect', content, according ?? cue, according ? cue : null, null,
    according ? 'quotes.indirect.according-said' : 'quotes.indirect.said-that', relay);
  if (according) q.cue = { start: according.cue.start, end: cue.cue.end };
  return { quote: q, next: end };
}

/** Indirect content runs to the sentence end, stopping before ", and cited ..." or ";". */
function contentEnd(ctx: QuoteContext, from: number, hi: number): number {
  const t = ctx.doc.tokens!;
  for (let k = from; k < hi; k++) {
    const w = tokenText(ctx.doc, k);
    if (w === ';') return k;
    if (w === ',' && t.pos[k + 1] === POS.CCONJ && t.pos[k + 2] === POS.VERB) return k;
    if (t.pos[k] === POS.CCONJ && ctx.verbChainAt(k + 1, hi)) return k;
  }
  let end = hi;
  while (end > from && t.pos[end - 1] === POS.PUNCT) end--;
  return end;
}

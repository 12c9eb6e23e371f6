/**
 * quotes: direct quotations (paired marks) and indirect speech ("X said that ...",
 * "..., sources said", "according to X, ..."), each with its source, cue and content
 * spans and a speaker resolved to an actor where the text names one. The reporting chain
 * (`via`) holds the outlets that relayed it: explicit ("according to Xinhua", "carried by
 * TASS") or carried over from the article's last cited report about the same speaker.
 */
import type { Doc, Quote, Span } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { findQuoteMarks, lineParagraphs } from './marks.js';
import { refineSources } from './sources.js';
import { build, tokenAt } from './build.js';
import { coordinatedCue, findIndirect } from './indirect.js';
import { findNominal } from './nominal.js';
import { findEvidential } from './evidential.js';
import { findPassive } from './passive.js';
import { findAttitudes } from './attitude.js';
import { findLightCues } from './light.js';
import { findPollFindings } from './documents.js';
import { findImpersonal } from './impersonal.js';
import { findParticiples } from './participles.js';
import { findParentheticals } from './parenthetical.js';
import { findNounVerbs } from './noun-verbs.js';
import { findReported } from './reported.js';
import { findHeadlines } from './headlines.js';
import { findPersonParticiples } from './person-participles.js';
import { findFrames } from './frames.js';
import { findRelayed } from './relayed.js';
import { refineCues } from './refine.js';
import { findPrepositionalSaying, standsNested } from './nested.js';
import { findAfterCue } from './after-cue.js';
import { findShares } from './shares.js';
import { findRelativeAs } from './relative-as.js';
import { isFalseCue } from './false-cues.js';
import { QuoteContext, type Cue, type QuoteRules, type Rules, type Speaker } from './speakers.js';

export type { QuoteRules } from './speakers.js';

/** Creates the quotes stage. */
export function createQuotesStage(data: QuoteRules): Stage {
  const rules: Rules = {
    verbs: new Set(data.verbs),
    indirect: new Set(data.indirectVerbs),
    according: data.according.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
    reportNouns: new Set(data.reportNouns),
    intent: new Set(data.intentVerbs),
    phrasal: new Map(),
    belief: new Set(data.beliefVerbs ?? []),
    medium: new Set(data.mediumNouns ?? []),
    nominal: new Set(data.nominalCues ?? []),
    attitude: new Set(data.attitudeAdjectives ?? []),
    lightNouns: new Set(data.lightNouns ?? []),
    clauseOnly: new Set(data.clauseVerbs ?? []),
    clauseReports: new Set(data.clauseReportVerbs ?? []),
    labels: new Set(data.labels ?? []),
    issue: new Set(data.issueVerbs ?? []),
    impersonal: new Set(data.impersonalAdjectives ?? []),
    saying: new Set(data.sayingVerbs ?? []),
    objectVerbs: new Set(data.objectVerbs ?? []),
    response: new Set(data.responseVerbs ?? []),
    catenative: new Set(data.catenativeVerbs ?? []),
    catenativeGerund: new Set(data.catenativeGerundVerbs ?? []),
    documents: new Set(data.documentNouns ?? []),
    criticism: new Set(data.criticismNouns ?? []),
  };
  for (const p of data.phrasalVerbs ?? []) {
    const [verb, particle] = p.split(' ');
    if (!rules.phrasal.has(verb)) rules.phrasal.set(verb, new Set());
    rules.phrasal.get(verb)!.add(particle);
    // A phrasal cue introduces reported content whatever its verb alone does.
    rules.indirect.add(p);
  }
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
  const direct = findQuoteMarks(doc.text, lineParagraphs(doc.text, doc.paragraphs ?? [{ start: 0, end: doc.text.length }]));
  for (const q of mergeContinued(doc, direct.map((q) => attributeDirect(ctx, q.outer)))) quotes.push(q);
  // A cue that attributes a direct quote does not also open indirect speech, unless the quote
  // is only part of what the cue reports: `says voter fraud “would be one hell of a way to lose.”`.
  const partial = quotes.filter((q) => !q.cue || (q.cue.end < q.content.start && /\p{L}/u.test(doc.text.slice(q.cue.end, q.content.start))));
  const usedCues = new Set(quotes.filter((q) => !partial.includes(q)).map((q) => q.cue?.start).filter((x): x is number => x !== undefined));
  const indirect = findIndirect(ctx, direct.map((q) => q.outer), usedCues);
  const covers = (a: Quote, b: Quote) => a.content.start <= b.content.start && a.content.end >= b.content.end;
  for (const q of partial) if (indirect.some((i) => covers(i, q))) quotes.splice(quotes.indexOf(q), 1);
  quotes.push(...indirect);
  quotes.push(...findRelayed(ctx, indirect));
  quotes.push(...colonAttributions(ctx, quotes));
  const inDirect = (o: number) => direct.some((d) => o >= d.outer.start && o < d.outer.end);
  quotes.push(...findNominal(ctx, quotes, inDirect));
  quotes.push(...findEvidential(ctx, quotes, inDirect));
  quotes.push(...findPassive(ctx, quotes, inDirect));
  quotes.push(...findAttitudes(ctx, quotes, inDirect));
  quotes.push(...findLightCues(ctx, quotes, inDirect));
  quotes.push(...findPollFindings(ctx, quotes, inDirect));
  quotes.push(...findShares(ctx, quotes, inDirect));
  quotes.push(...findImpersonal(ctx, quotes, inDirect));
  quotes.push(...findParticiples(ctx, quotes, inDirect));
  quotes.push(...findParentheticals(ctx, quotes, inDirect));
  quotes.push(...findNounVerbs(ctx, quotes, inDirect));
  quotes.push(...findReported(ctx, quotes, inDirect));
  quotes.push(...findHeadlines(ctx, quotes));
  quotes.push(...findPersonParticiples(ctx, quotes, inDirect));
  quotes.push(...findFrames(ctx, quotes, inDirect));
  quotes.push(...findPrepositionalSaying(ctx, quotes, inDirect));
  quotes.push(...findAfterCue(ctx, quotes));
  quotes.push(...findRelativeAs(ctx, quotes, inDirect));
  quotes.sort((a, b) => a.content.start - b.content.start);
  refineSources(ctx, quotes, inDirect);
  return withoutNested(ctx, refineCues(ctx, quotes)).filter((q) => !isFalseCue(ctx, q));
}

function attributeDirect(ctx: QuoteContext, outer: Span): Quote {
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
  // A longer one too when the cue ends at a comma: `“…?” Trump said, looking out on the crowd.`
  const cueThenComma = (c: Cue | null) => c !== null && c.tokStart === afterQ && tokenText(doc, c.tokEnd) === ',';
  if (afterQ >= lastSent.tokEnd && following !== lastSent && (following.tokEnd - following.tokStart <= 8 || cueThenComma(ctx.cueAt(afterQ, following.tokEnd)))) sentEnd = following.tokEnd;
  let k = afterQ;
  while (k < sentEnd && t.pos[k] === POS.PUNCT && !/^[.―—–-]$/.test(tokenText(doc, k))) k++;
  if (afterQ < t.count && /^[―—–]$/.test(tokenText(doc, afterQ))) k = afterQ;
  // Only after a closed quotation: in `as being in the “suburbs of St. Petersburg” — a metaphor …` the dash goes on with the reporter's words.
  if (k < t.count && /^[―—–]$/.test(tokenText(doc, k)) && closed) {
    const sp = ctx.phraseAt(k + 1, t.count);
    if (sp) cue = { speaker: sp, cue: { start: t.start[k], end: t.end[k] }, tokStart: k, tokEnd: sp.tokEnd, according: false, verb: null };
  } else if (k < sentEnd && k - afterQ <= 2) {
    const c = ctx.cueAt(k, sentEnd);
    if (c && (k < hi || !speaksOn(ctx, c, sentEnd))) cue = c;
  }
  // A partial quote inside a sentence that ends "…, she said.".
  let content = outer;
  for (let j = afterQ; !cue && j < hi - 1; j++) {
    if (tokenText(doc, j) !== ',') continue;
    const c = ctx.cueAt(j + 1, hi);
    if (c && !c.according && !speaksOn(ctx, c, hi)) {
      cue = c;
      // What was said runs on past the marks: `“I have admiration for the mechanics” of the plan, he said`.
      if (j > afterQ) content = { start: outer.start, end: t.end[j - 1] };
    }
  }
  // `PENCE: "…"` or `Clinton: “…”` names the speaker alone.
  if (!cue && first >= 2 && tokenText(doc, first - 1) === ':') {
    for (let j = Math.max(sent.tokStart, first - 5); j < first - 1 && !cue; j++) {
      const sp = ctx.phraseAt(j, first - 1);
      if (sp && sp.tokEnd === first - 1 && (j === sent.tokStart || t.pos[j - 1] === POS.PUNCT)) {
        cue = { speaker: sp, cue: { start: t.start[first - 1], end: t.end[first - 1] }, tokStart: j, tokEnd: first, according: false, verb: null };
      }
    }
  }
  // Before it: `Wang said: "…"`, `According to Xinhua, "…"`, or the speech verb that
  // governs a partial quotation: `Akar warned that Turkey would respond "in the harshest way"`.
  if (!cue) {
    for (let j = first - 1; j >= sent.tokStart && !cue; j--) {
      // "Trump attacked Clinton, saying, “…”": the sentence's subject speaks.
      const c = ctx.cueAt(j, first) ?? coordinatedCue(ctx, j, sent.tokStart, first);
      if (!c) continue;
      const adjacent = c.tokEnd >= first - 1 || (c.tokEnd === first - 2 && /^[,:]$/.test(tokenText(doc, first - 1)));
      const governs = c.verb !== null && ctx.rules.indirect.has(c.verb) && c.speaker.mention !== null && !ctx.isMedia(c.speaker);
      if (!adjacent && !governs) continue;
      // Scanning backwards meets "friend commented:" before "a friend commented:": take the whole phrase.
      cue = c;
      for (let w = j - 1; w >= Math.max(sent.tokStart, j - 6); w--) {
        const wider = ctx.cueAt(w, first);
        if (wider && wider.cue.start === c.cue.start) cue = wider;
      }
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
  return build(ctx, 'direct', content, cue, inner, embedded, rule, relay);
}


/**
 * `“…,” he said. “…”`: a quotation that goes on after its cue, in the same paragraph and with
 * no cue of its own, is one quote in two parts.
 */
function mergeContinued(doc: Doc, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    const lastEnd = last?.parts ? last.parts[last.parts.length - 1].end : last?.content.end;
    // The gap after the cue and the source as written: `“…,” said Rep. Smith (D-N.C.), head of the caucus. “…”`.
    const gap = last ? doc.text.slice(Math.max(lastEnd!, last.cue?.end ?? 0, last.source && last.source.start >= lastEnd! ? last.source.end : 0), q.content.start) : '';
    const cueBetween = last?.cue && last.cue.start >= lastEnd! && last.cue.end <= q.content.start;
    // What stands between the parts is the reporter's, in the same paragraph: `“…,” she said of the election, which … “…”`.
    // A part in the reporter's words is a quotation of its own: `… asks. The spot shows him saying, “…”`.
    const joins = cueBetween ? /^[^\n“”"]*$/.test(gap) && !reportersOwn(doc, last!.cue!.end, q.content.start) : last?.parts && /^[^\S\n]*$/.test(gap);
    // `“…,” the narrator says, “…”`: the second part finds the same cue.
    const sameCue = q.cue !== null && q.cue.start === last?.cue?.start;
    if (last && (!q.cue || sameCue) && joins) {
      last.parts = [...(last.parts ?? [last.content]), q.content];
      last.content = { start: last.content.start, end: q.content.end };
      continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * True when the quotation at `offset` stands in the reporter's words: inside a sentence after the
 * one the cue ending at `cueEnd` closes, or governed by a word of the reporter's.
 */
function reportersOwn(doc: Doc, cueEnd: number, offset: number): boolean {
  const t = doc.tokens!;
  const i = tokenAt(doc, offset);
  if (i >= t.count || i === 0) return false;
  // Governed by a word of the reporter's, a phrase rather than a title: `she said, referencing the bank’s drive to “cross-sell”`.
  const governed = ![POS.PUNCT, POS.CCONJ, POS.ADV, POS.PROPN].includes(t.pos[i - 1]) && /^\p{Ll}/u.test(doc.text.slice(offset + 1, offset + 3).replace(/^['"“‘]/, ''));
  return governed || (t.sent[i] !== t.sent[tokenAt(doc, cueEnd) - 1] && doc.sentences![t.sent[i]].tokStart !== i);
}

/**
 * Transcripts and headlines: `PENCE: Well, look, ...` or `Pence: Gennifer Flowers Won't Be at
 * Debate`. The speaker is a name in capitals or one the data knows; the rest of the paragraph is
 * what was said.
 */
/** "The governor added:" closing its paragraph introduces the next one, a block quotation without marks. */
function blockIntro(ctx: QuoteContext, sp: Speaker, n: number, found: Quote[]): Quote | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  // "The New York Times reports:": the tagger may read the verb into the name as a noun.
  const misread = ctx.cueAt(sp.tokStart, t.count);
  const noun = misread !== null && misread.speaker.tokEnd < sp.tokEnd && tokenText(doc, misread.tokEnd) === ':';
  if (noun) sp = misread.speaker;
  const chain: [number, number] | null = noun ? [misread.tokEnd - 1, misread.tokEnd] : ctx.verbChainAt(sp.tokEnd, t.count);
  if (!chain || tokenText(doc, chain[1]) !== ':' || !ctx.rules.verbs.has(ctx.chainVerb(chain))) return null;
  // The colon ends its line: the quotation is the next paragraph, or the rest of this one after the break.
  const para = doc.paragraphs![n];
  const colonEnd = t.end[chain[1]];
  const next = colonEnd >= para.end ? doc.paragraphs![n + 1] : t.start[chain[1] + 1] !== undefined && doc.text.slice(colonEnd, t.start[chain[1] + 1]).includes('\n') ? { start: t.start[chain[1] + 1], end: para.end } : undefined;
  if (!next) return null;
  const content = { start: next.start, end: doc.text[next.end - 1] === '.' ? next.end - 1 : next.end };
  if (found.some((q) => q.kind === 'direct' && q.content.start < content.end && content.start < q.content.end)) return null;
  const cue: Cue = { speaker: sp, cue: { start: t.start[chain[0]], end: t.end[chain[1]] }, tokStart: sp.tokStart, tokEnd: chain[1] + 1, according: false, verb: ctx.chainVerb(chain) };
  return build(ctx, 'direct', content, cue, null, null, 'quotes.direct.block');
}

function colonAttributions(ctx: QuoteContext, found: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const [n, para] of (doc.paragraphs ?? []).entries()) {
    let i = tokenAt(doc, para.start);
    if (i < t.count && /^["“]$/.test(tokenText(doc, i))) i++;
    const sp = ctx.phraseAt(i, t.count);
    if (!sp) continue;
    const block = blockIntro(ctx, sp, n, found);
    if (block) {
      out.push(block);
      continue;
    }
    if (sp.tokEnd - sp.tokStart > 3 || tokenText(doc, sp.tokEnd) !== ':') continue;
    const name = doc.text.slice(sp.start, sp.end);
    if (ctx.rules.labels.has(name.toLowerCase().replace(/’/g, "'"))) continue;
    // A headline may name any source in title case: "Poll: …", "Pat Caddell: …".
    const headline = n === 0 && isCapitalised(doc, sp.tokStart) && isCapitalised(doc, sp.tokEnd - 1);
    if (!(name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) && !ctx.isPerson(sp) && !headline) continue;
    const colon = sp.tokEnd;
    const start = t.start[colon + 1];
    if (start === undefined || start >= para.end) continue;
    // What was said ends before the closing full stop, as indirect content does.
    const content = { start, end: doc.text[para.end - 1] === '.' ? para.end - 1 : para.end };
    // A direct quote already attributed over the same words keeps its own attribution.
    let existing = found.find((q) => q.content.start <= start && q.content.end >= start);
    if (existing && existing.content.start < para.start && n > 0) {
      // A quotation run on from earlier paragraphs stops where the next speaker's turn begins.
      existing.content = { start: existing.content.start, end: doc.paragraphs![n - 1].end };
      existing = undefined;
    }
    if (existing && existing.cue) continue;
    const cue: Cue = { speaker: sp, cue: { start: t.start[colon], end: t.end[colon] }, tokStart: sp.tokStart, tokEnd: colon + 1, according: false, verb: null };
    const q = build(ctx, 'direct', content, cue, null, null, 'quotes.direct.colon');
    if (existing) Object.assign(existing, { content: { start, end: Math.max(existing.content.end, para.end) }, cue: q.cue, source: q.source, speaker: q.speaker, via: q.via, rule: q.rule });
    else out.push(q);
  }
  return out;
}

/**
 * "Merrill says Machado promised to …": a report inside what someone else said is part of
 * that statement, not a statement the article makes of its own.
 */
function withoutNested(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const within = (q: Quote, p: Quote) => p !== q && q.cue !== null && (p.parts ?? [p.content]).some((c) => c.start <= q.cue!.start && q.cue!.end <= c.end);
  const relays = (p: Quote, q: Quote) => p.rule === 'quotes.indirect.nested' && q.via.some((v) => v.name === p.speaker?.name);
  const kept = quotes.filter((q) => q.kind === 'direct' || !quotes.some((p) => within(q, p) && !relays(p, q) && !standsNested(q)));
  // A relay that stays reports its principal's words as well: "<The mayor decided …>, a source said" is one attribution.
  // "She said she wants “justice for Terrence”": the wish is part of what she said, its quotation marks hers.
  const wish = (q: Quote) => q.kind === 'direct' && q.cue !== null && ctx.rules.belief.has(ctx.lemma(tokenAt(ctx.doc, q.cue.end - 1)));
  return kept.filter((q) => q.kind === 'direct' ? !wish(q) || !kept.some((p) => p.kind === 'indirect' && within(q, p)) : !kept.some((p) => within(q, p) && !standsNested(q)));
}

/** True when a cue goes on to say more than the quote: "Conte said the memorandum ...". */
function speaksOn(ctx: QuoteContext, cue: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  let k = cue.tokEnd;
  // A time or audience may follow: "said Friday", "said to the TV", "told reporters".
  while (k < hi && t.pos[k] !== POS.PUNCT && k - cue.tokEnd < 6) k++;
  return k - cue.tokEnd >= 6;
}







/**
 * Indirect speech: "X said (that) ...", "..., sources said", "According to X, ...",
 * "..., saying ...", "wants to ...".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build } from './build.js';
import { closingCue, nestedReport } from './closing.js';
import { commentClause, gappedContent, issuedNoun, pastAdverbial } from './clauses.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';
import { reducedRelative } from './misread.js';
import { subjectAsWritten } from './subject.js';
import { contentEnd, isGerund } from './content-end.js';
import { clauseAfterCircumstance, SUBORDINATORS } from './lead-ins.js';


/** An indirect quote and the token where the search goes on. */
interface Found {
  quote: Quote;
  next: number;
  /** "<X said …>, a source said": the closing report of the whole clause, when not an outlet's. */
  nested?: Quote;
}

export function findIndirect(ctx: QuoteContext, directs: Span[], usedCues: Set<number>): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const inDirect = (offset: number) => directs.some((d) => offset >= d.start && offset < d.end);
  for (const s of doc.sentences!) {
    let according: Cue | null = null;
    let from = s.tokStart;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (inDirect(t.start[i])) continue;
      const cue = ctx.cueAt(i, s.tokEnd) ?? coordinatedCue(ctx, i, s.tokStart, s.tokEnd, inDirect);
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
      const end = (k: number) => contentEnd(ctx, k, s.tokEnd);
      const clause = usedCues.has(cue.cue.start) || inDirect(t.start[cue.tokEnd] ?? -1) ? null : commentClause(ctx, cue, from, s.tokEnd, end) ?? gappedContent(ctx, cue, s.tokEnd, end);
      if (clause) {
        out.push(clause.quote);
        i = cue.tokEnd - 1;
        from = clause.next;
        continue;
      }
      if (!cue.verb || !ctx.rules.indirect.has(cue.verb) || usedCues.has(cue.cue.start) || restatesSpeaker(ctx, cue) || reducedRelative(ctx, cue, s.tokEnd)) continue;
      // "X said (that) ..." unless the cue closes the sentence: "..., sources said."
      const afterwards = according !== null || speaksForward(ctx, cue, s.tokEnd);
      const q = !afterwards && cue.tokStart > from && tokenText(doc, cue.tokStart - 1) === ','
        ? contentBefore(ctx, cue, from, s.tokEnd, inDirect) ?? contentAround(ctx, cue, from, s.tokEnd, inDirect)
        : contentAfter(ctx, cue, according, from, s.tokEnd, inDirect, out.some((o) => o.content.start <= t.start[cue.tokStart] && t.start[cue.tokStart] < o.content.end) ? 3 : 1);
      if (!q) continue;
      // "Oz has been called a charlatan": a passive cue's subject is what was said; no one is named as saying it.
      if (isPassiveCue(ctx, cue)) Object.assign(q.quote, { source: null, speaker: null, via: [] });
      out.push(q.quote);
      if (q.nested) out.push(q.nested);
      // Reported speech may nest: "Merrill says Machado promised ... and said ..."; a closing report ends the sentence.
      i = q.nested ? s.tokEnd : cue.tokEnd - 1;
      from = q.next;
    }
  }
  return out;
}

/** "She said she plans to …": the speaker's own state of mind, inside what she said, is not a report of its own. */
function restatesSpeaker(ctx: QuoteContext, cue: Cue): boolean {
  const t = ctx.doc.tokens!;
  if (!cue.verb || !ctx.rules.belief.has(cue.verb) || t.pos[cue.tokStart] !== POS.PRON) return false;
  let k = cue.tokStart - 1;
  if (ctx.lemma(k) === 'that') k--;
  return k >= 0 && t.pos[k] === POS.VERB && ctx.rules.verbs.has(t.lemma[k]) && !ctx.rules.belief.has(t.lemma[k]);
}

/** True when the cue verb is followed by what was said: "that", or a clause. */
function speaksForward(ctx: QuoteContext, cue: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (cue.verb && ctx.rules.intent.has(cue.verb) && ctx.lemma(cue.tokEnd) === 'to') return true;
  if (thatAfter(ctx, cue.tokEnd, hi) !== null) return true;
  if (cue.verb === 'tell') return toldContent(ctx, cue, hi) !== null;
  return cue.tokEnd < hi && t.pos[cue.tokEnd] !== POS.PUNCT && opensClause(ctx.doc, cue.tokEnd);
}

/**
 * The "that" opening reported content after a cue and its adverbials: "said on Saturday that",
 * "says at a campaign stop in Toledo, Ohio, that". Null when a verb or a clause break comes first.
 */
function thatAfter(ctx: QuoteContext, from: number, hi: number): number | null {
  const t = ctx.doc.tokens!;
  // An aside set off by commas may run longer: "insists, most recently in a Labor Day interview with ABC News, that".
  const reach = tokenText(ctx.doc, from) === ',' ? 16 : 12;
  for (let k = from; k < Math.min(hi, from + reach); k++) {
    // "shows in detail how …": an indirect question after an adverbial too.
    if (ctx.lemma(k) === 'that' || (k > from && /^(whether|how|why)$/.test(ctx.lemma(k)))) return k;
    // "…, he told me on Friday, is that …": the sentence's own verb after the aside.
    // "… wrote his book, the author said that …": the "that" of another cue.
    if (tokenText(ctx.doc, k) === ',' && (t.pos[k + 1] === POS.AUX || t.pos[k + 1] === POS.VERB || ctx.cueAt(k + 1, hi))) return null;
    // A verb right after a determiner or modifier is a noun the tagger misread: "at a campaign stop".
    const nounLike = k > from && [POS.DET, POS.ADJ, POS.NOUN].includes(t.pos[k - 1]) && t.pos[k + 1] !== POS.DET;
    if ((t.pos[k] === POS.VERB && !nounLike) || (t.pos[k] === POS.PUNCT && tokenText(ctx.doc, k) !== ',')) return null;
  }
  return null;
}

const WH = new Set(['how', 'why', 'what', 'whether', 'if', 'when', 'where', 'who']);

/**
 * Where what someone was told begins, past the addressee: "told reporters (on Friday) that …",
 * "told a meeting how …", "told them he would …"; "told his advisers to act" keeps the addressee.
 */
function toldContent(ctx: QuoteContext, cue: Cue, hi: number): number | null {
  const t = ctx.doc.tokens!;
  // "told them …" but "told his advisers …": a possessive opens a longer phrase.
  const possessive = t.pos[cue.tokEnd] === POS.PRON && [POS.NOUN, POS.ADJ, POS.PROPN].includes(t.pos[cue.tokEnd + 1]);
  const addressee = t.pos[cue.tokEnd] === POS.PRON && !possessive ? cue.tokEnd + 1 : ctx.phraseAt(cue.tokEnd, hi)?.tokEnd;
  // "told an invited crowd at the club that …": a participle the phrase cannot hold still leaves "that".
  if (addressee === undefined) return thatAfter(ctx, cue.tokEnd, hi);
  // "told voters this weekend he would …": a time may follow the addressee.
  const k = ctx.timeAfter(addressee);
  // "told his staff never to speak of it": a negation may open the infinitive.
  const to = /^(not|never)$/.test(ctx.lemma(k)) ? k + 1 : k;
  if (ctx.lemma(to) === 'to' && t.pos[to + 1] === POS.VERB) return cue.tokEnd;
  for (let j = k; j < Math.min(hi, k + 8); j++) {
    if (ctx.lemma(j) === 'that' || WH.has(ctx.lemma(j))) return j;
    if (t.pos[j] === POS.VERB || t.pos[j] === POS.PUNCT) break;
  }
  // "told them he would …": a clause with its own subject and verb.
  if (k < hi && (t.pos[k] === POS.PRON || t.pos[k] === POS.PROPN || t.pos[k] === POS.DET) && ctx.phraseAt(k, hi)) {
    const subj = ctx.phraseAt(k, hi)!;
    const v = subj.tokEnd;
    if (t.pos[v] === POS.VERB || t.pos[v] === POS.AUX) return k;
  }
  return null;
}

/**
 * A speech verb whose speaker is the sentence's subject: "The ministry rejected the claims,
 * and said ...", "Trump defended his tweets, saying ...".
 */
export function coordinatedCue(ctx: QuoteContext, i: number, lo: number, hi: number, inDirect: (o: number) => boolean = () => false): Cue | null {
  const t = ctx.doc.tokens!;
  let chain: [number, number] | null = null;
  const gerund = !(t.pos[i] === POS.CCONJ && ['and', 'but', 'or', 'yet'].includes(t.lemma[i]));
  if (!gerund) chain = ctx.verbChainAt(i + 1, hi);
  // ", saying …", "responded by saying …": the gerund's subject is the sentence's.
  // ", even suggesting …": an adverb may come first and belongs to the cue.
  // "after saying …", "while touting …": a gerund after a preposition shares the subject too ("for" and
  // "from" are left out: "thanked Trump for backing …" takes the object as its subject).
  // "released an ad this week showing …": after the object of a verb that puts out a document.
  // `as a “strong leader,” comparing him …`: the comma may stand inside the closing quotation mark.
  else if (i > lo && (tokenText(ctx.doc, i - 1) === ',' || (/^[”"]$/.test(tokenText(ctx.doc, i - 1)) && tokenText(ctx.doc, i - 2) === ',') || GERUND_PREPOSITIONS.has(ctx.lemma(i - 1)) || issuedNoun(ctx, i - 1, lo)) && isGerund(ctx, t.pos[i] === POS.ADV ? i + 1 : i)) {
    const ing = ctx.verbChainAt(i, hi);
    // ", assuming no reduction in output": a verb that reports only a clause names a condition without one.
    const bare = ing !== null && ctx.rules.clauseOnly.has(ctx.chainVerb(ing)) && ctx.lemma(ing[1]) !== 'that' && !WH.has(ctx.lemma(ing[1]));
    if (ing && ctx.rules.indirect.has(ctx.chainVerb(ing)) && !bare) chain = ing;
  }
  if (!chain) return null;
  // The subject is the sentence's, unless a later person or organisation reports in between: in
  // "The wire made clear that Wang emphasized …, opposing …" Wang opposes.
  let first: Cue | null = null;
  let reporter: Cue | null = null;
  let subordinate = false;
  for (let k = lo; k < i; k++) {
    let sp = inDirect(t.start[k]) ? null : ctx.phraseAt(k, i);
    if (!sp) continue;
    const written = subjectAsWritten(ctx, sp, i);
    sp = written.speaker;
    const after = written.after;
    if (t.pos[after] === POS.VERB || t.pos[after] === POS.AUX) {
      const cue: Cue = { speaker: sp, cue: { start: t.start[chain[0]], end: t.end[chain[1] - 1] }, tokStart: chain[0], tokEnd: chain[1], according: false, verb: ctx.chainVerb(chain) };
      // ", and she becomes upset, shouting …": a coordinated clause brings the gerund's subject;
      // "When my mother called, I laughed and said …": so does the main clause after a subordinate one.
      const coordinated = k - 2 >= lo && t.pos[k - 1] === POS.CCONJ && tokenText(ctx.doc, k - 2) === ',';
      const main = first !== null && subordinate && k - 1 > lo && tokenText(ctx.doc, k - 1) === ',';
      if (coordinated || main) first = cue;
      if (!first) subordinate = k > lo && SUBORDINATORS.has(ctx.lemma(k - 1));
      first ??= cue;
      const own = ctx.verbChainAt(after, i);
      if (gerund && first !== cue && own && ctx.rules.indirect.has(ctx.chainVerb(own)) && isSpeakerKind(ctx, sp)) reporter = cue;
    }
    k = sp.tokEnd - 1;
  }
  return reporter ?? first;
}

const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'in']);

function isSpeakerKind(ctx: QuoteContext, sp: Speaker): boolean {
  const kind = sp.mention ? ctx.doc.entities![sp.mention.entity]?.kind : undefined;
  return kind === 'person' || kind === 'organization' || kind === 'media';
}

/** Tags that open a noun phrase. */
const OBJECT_START = new Set([POS.DET, POS.NOUN, POS.PROPN, POS.NUM, POS.ADJ]);
/** Verbs whose passive still takes a noun phrase: "he's called a liar", "she's told the plan". */
const TWO_OBJECTS = new Set(['call', 'name', 'dub', 'label', 'brand', 'term', 'deem', 'consider', 'tell', 'ask', 'give', 'show', 'offer', 'promise', 'deny', 'grant', 'elect', 'appoint', 'make', 'hail']);

/** "Oz has been called a charlatan": the subject of a passive cue is what was said, not who said it. */
function isPassiveCue(ctx: QuoteContext, cue: Cue): boolean {
  const t = ctx.doc.tokens!;
  const v = cue.tokEnd - 1;
  if (cue.speaker.start >= cue.cue.start || t.pos[v] !== POS.VERB || !/(ed|en|wn)$/.test(tokenText(ctx.doc, v))) return false;
  // "We are convinced that …": a participle of attitude is an adjective; its subject holds the view.
  if (ctx.rules.attitude.has(t.lower[v])) return false;
  // "He's heralded plans to …": a contracted "'s" before a participle with a plain object is "has".
  if (/^['’]s$/.test(t.lower[v - 1] ?? '') && OBJECT_START.has(t.pos[v + 1]) && !TWO_OBJECTS.has(ctx.lemma(v))) return false;
  for (let k = v - 1; k >= 0 && t.start[k] >= cue.cue.start; k--) if (ctx.lemma(k) === 'be' && !/^(being|been)$/.test(tokenText(ctx.doc, k)) || tokenText(ctx.doc, k) === 'been') return true;
  return false;
}

/** "According to X, <content>." or "<content>, according to X." with no speech verb of its own. */
function accordingContent(ctx: QuoteContext, cue: Cue, from: number, lo: number, hi: number, inDirect: (o: number) => boolean): Found | null {
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
  if (cue.tokStart > from && /^[,—–-]$/.test(tokenText(ctx.doc, cue.tokStart - 1))) {
    // The source may carry its acronym or a quoted name: "according to the Farm Union (FU)".
    let tail = cue.tokEnd;
    while (tail < hi && (t.pos[tail] !== POS.PUNCT || /^[()“”"]$/.test(tokenText(ctx.doc, tail)))) tail++;
    // "…, according to the CBO, and …" still closes what it attributes.
    if (tail < hi && !/^[.!?,;]$/.test(tokenText(ctx.doc, tail))) return null;
    const end = cue.tokStart - 1;
    if (end - from < 3 || inDirect(t.start[from]) || inDirect(t.start[end - 1])) return null;
    return { quote: build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.according'), next: hi };
  }
  return null;
}

/** "<content>, sources said." */
function contentBefore(ctx: QuoteContext, cue: Cue, from: number, hi: number, inDirect: (o: number) => boolean): Found | null {
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

/** "<content>, he said, <content>": the cue interrupts what was said. */
function contentAround(ctx: QuoteContext, cue: Cue, from: number, hi: number, inDirect: (o: number) => boolean): Found | null {
  const t = ctx.doc.tokens!;
  // "…, he told me on Friday, …": a short addressee or time may stand before the closing comma.
  let comma = cue.tokEnd;
  while (comma < hi && comma - cue.tokEnd < 5 && ![POS.PUNCT, POS.VERB, POS.AUX, POS.SCONJ].includes(t.pos[comma])) comma++;
  // "But in recent days, he said, …": the conjunction links the reporter's sentences, not what was said.
  if (t.pos[from] === POS.CCONJ && from + 1 < cue.tokStart - 1) from++;
  if (tokenText(ctx.doc, comma) !== ',' || inDirect(t.start[from]) || inDirect(t.start[comma + 1] ?? -1)) return null;
  const end = contentEnd(ctx, comma + 1, hi);
  if (end - (comma + 1) < 2 || cue.tokStart - 1 - from < 1) return null;
  const parts = [{ start: t.start[from], end: t.end[cue.tokStart - 2] }, { start: t.start[comma + 1], end: t.end[end - 1] }];
  const q = build(ctx, 'indirect', { start: parts[0].start, end: parts[1].end }, cue, null, null, 'quotes.indirect.interrupted');
  q.parts = parts;
  return { quote: q, next: end };
}

/** "X said (that) <content>", "According to Y, X said <content>". */
/** `minWords`: a short object ("backed Clinton") is content of its own, but not inside what someone else said. */
function contentAfter(ctx: QuoteContext, cue: Cue, according: Cue | null, from: number, hi: number, inDirect: (o: number) => boolean, minWords: number): Found | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let c = cue.tokEnd;
  if (cue.verb === 'tell') {
    const told = toldContent(ctx, cue, hi);
    if (told === null) return null;
    c = told;
  }
  // "said on Saturday that", "told his news conference that": a short adverbial or
  // addressee may stand before "that".
  const lead = thatAfter(ctx, c, hi) ?? pastAdverbial(ctx, c, hi);
  const circumstance = lead === null && cue.tokEnd === c ? clauseAfterCircumstance(ctx, c, hi) : null;
  c = lead ?? circumstance ?? c;
  // "admitted under Warren's grilling he had …": the circumstance goes with the cue, not with what was said.
  if (circumstance !== null) cue = { ...cue, cue: { start: cue.cue.start, end: t.end[c - 1] } };
  // "wants to triple the program": an intention's content is its infinitive.
  // "decided not to …" and "agreed to quietly drop …" too.
  const to = ctx.lemma(c) === 'not' ? c + 1 : c;
  const infinitive = ctx.lemma(to) === 'to' && (t.pos[to + 1] === POS.VERB || (t.pos[to + 1] === POS.ADV && t.pos[to + 2] === POS.VERB)) && cue.verb !== null && ctx.rules.intent.has(cue.verb);
  // "ruled that …", "heard that …", but "ruled the country", "heard gunfire": no clause, no report.
  if (cue.verb && ctx.rules.clauseOnly.has(cue.verb) && ctx.lemma(c) !== 'that' && !WH.has(ctx.lemma(c))) return null;
  if (ctx.lemma(c) !== 'that' && !infinitive) {
    // "told reporters after the call" names an audience, not what was said.
    if (c >= hi || t.pos[c] === POS.PUNCT || !opensClause(doc, c)) return null;
  }
  let end = contentEnd(ctx, c, hi);
  // "..., according to TASS." or "..., a ministry official said." closes the content and names the relay.
  let relay: Cue | null = null;
  for (let k = c; k < end; k++) {
    if (tokenText(doc, k) !== ',') continue;
    const acc = ctx.accordingAt(k + 1, hi);
    const tail = acc ? null : closingCue(ctx, k + 1, end, hi);
    if (acc || tail) {
      relay = acc ?? tail;
      end = k;
      break;
    }
  }
  const body = ctx.lemma(c) === 'that' ? c + 1 : c;
  if (end - body < minWords || inDirect(t.start[c])) return null;
  const content = { start: t.start[c], end: t.end[end - 1] };
  const q = build(ctx, 'indirect', content, according ?? cue, according ? cue : null, null,
    according ? 'quotes.indirect.according-said' : cue.verb && ctx.rules.belief.has(cue.verb) ? 'quotes.indirect.belief' : 'quotes.indirect.said-that',
    relay?.speaker ?? null);
  return { quote: q, next: end, nested: relay ? nestedReport(ctx, relay, from, end, inDirect) ?? undefined : undefined };
}

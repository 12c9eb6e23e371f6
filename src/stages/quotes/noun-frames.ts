/**
 * Noun frames of attribution outside a possessor's nominal cue. Claims in circulation after a
 * circumstantial preposition: "amid allegations of fraud", "dogged by charges that he lied",
 * "despite media pronouncements that …". What people at large think, introduced by "there": "there
 * was more agreement that Europe should act". Taking a side: "who is a staunch opponent of …".
 * A view stated by a copula: "Mr. Obama's bet is that …". Denied doubt or concealment: "made little
 * secret of …". Agreements and admissions: "a tacit acknowledgment that …". A report named by its
 * outlet: "a New York Times report that …".
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { subjectBefore } from './attitude.js';
import { subjectAsWritten } from './subject.js';
import { build, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** Nouns naming something said or feared by someone the text may leave unnamed. */
const CLAIMS = new Set([
  'claim', 'allegation', 'accusation', 'report', 'charge', 'rumor', 'rumour', 'assertion', 'suggestion', 'prediction', 'pronouncement',
  'warning', 'concern', 'fear', 'worry', 'doubt', 'suspicion', 'disagreement',
]);

/** Of those, the nouns of saying, whose "of" names what was said ("reports of an explosion"). */
const CLAIMS_SAID = new Set(['claim', 'allegation', 'accusation', 'report', 'charge', 'rumor', 'rumour', 'assertion', 'suggestion', 'prediction', 'pronouncement']);

/** Prepositions that set claims as the circumstance of an event, or as a passive's agent ("dogged by charges"). */
const AMID = new Set(['amid', 'amidst', 'despite', 'following', 'after', 'with', 'by', 'over']);

/** Nouns of a shared view or talk: what "there is" of them is held by people at large. */
const VIEWS = new Set([
  'agreement', 'consensus', 'disagreement', 'debate', 'discussion', 'talk', 'speculation', 'concern', 'worry', 'fear',
  'hope', 'doubt', 'question', 'unknown', 'uncertainty', 'confusion', 'optimism', 'pessimism', 'skepticism', 'scepticism',
  'suspicion', 'expectation', 'belief', 'feeling', 'sense', 'recognition', 'criticism', 'frustration', 'anger', 'outrage',
]);

/** Nouns for someone who takes a side on something, named by their "of" phrase. */
const ROLES = new Set(['supporter', 'opponent', 'critic', 'advocate', 'defender', 'proponent', 'champion', 'backer', 'foe', 'detractor', 'skeptic', 'sceptic']);

/** Nouns of conceding or agreeing whose holders the context gives: "a tacit acknowledgment that …", "an agreement to …". */
const ADMISSIONS = new Set(['acknowledgment', 'acknowledgement', 'recognition', 'admission', 'concession', 'agreement', 'consensus']);

/** Nouns of a view or an argument whose content a copula can state: "His bet is that …", "The implication is clear: that …". */
const STATED = new Set([
  'view', 'belief', 'bet', 'hope', 'argument', 'position', 'claim', 'contention', 'message', 'point', 'assumption', 'premise',
  'implication', 'fear', 'worry', 'concern', 'thinking', 'theory', 'expectation', 'assessment', 'conclusion', 'suspicion',
  'hunch', 'guess', 'verdict', 'takeaway', 'lesson', 'warning', 'complaint', 'answer', 'explanation', 'reasoning',
]);

/** Idioms of denied doubt or concealment: "made little secret of …", "has no illusions about …", "left little doubt that …". */
const DENIED = new Set(['secret', 'illusion', 'doubt', 'qualm', 'reservation']);
const DENYING_VERBS = new Set(['have', 'make', 'leave', 'harbor', 'harbour', 'hold', 'express', 'show']);

/** Feelings that "to the … of someone" attributes to the one who has them: "much to the chagrin of fellow Democrats". */
const REACTIONS = new Set(['chagrin', 'dismay', 'delight', 'consternation', 'frustration', 'annoyance', 'disappointment', 'horror', 'displeasure', 'irritation', 'alarm']);

/** Finds the noun frames where no other quote's cue lies. */
export function findNounFrames(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart; k < s.tokEnd - 2; k++) {
      const lemma = ctx.lemma(k);
      // "made little secret of": the tagger may read the noun as an adjective after "little".
      if ((t.pos[k] !== POS.NOUN && !(t.pos[k] === POS.ADJ && DENIED.has(lemma))) || inDirect(t.start[k])) continue;
      const q = (CLAIMS.has(lemma) ? circulating(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (CLAIMS_SAID.has(lemma) ? namedReport(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (VIEWS.has(lemma) ? existential(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (ROLES.has(lemma) && ctx.lemma(k + 1) === 'of' ? sideTaken(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (STATED.has(lemma) && ctx.lemma(k + 1) === 'be' ? statedAs(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (DENIED.has(lemma) ? deniedDoubt(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (REACTIONS.has(lemma) && ctx.lemma(k + 1) === 'of' ? reaction(ctx, k, s.tokStart, s.tokEnd) : null)
        ?? (ADMISSIONS.has(lemma) ? indefinite(ctx, k, s.tokStart, s.tokEnd) : null);
      if (!q || overlapsCue([...found, ...out], q.cue!) || inDirect(q.content.start)) continue;
      out.push(q);
    }
  }
  return out;
}

/** "amid [growing] allegations of fraud", "by charges that …": the describing words belong to the cue. */
function circulating(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  let a = k;
  while (a > lo && k - a < 2 && !AMID.has(t.lower[a - 1]) && (t.pos[a - 1] === POS.ADJ || (t.pos[a - 1] === POS.VERB && /(ing|ed)$/.test(t.lower[a - 1])))) a--;
  // "despite media pronouncements that …": a noun before the claim names who made it.
  let by = a;
  while (by > lo && a - by < 3 && (t.pos[by - 1] === POS.NOUN || t.pos[by - 1] === POS.PROPN) && !AMID.has(t.lower[by - 1])) by--;
  if (by === lo || !AMID.has(t.lower[by - 1])) return null;
  // An opening phrase ends at its comma: "Despite reports that …, she did not gain".
  if (by - 1 === lo) for (let j = k + 1; j < hi; j++) if (ctx.lemma(j) === ',') hi = j;
  const next = ctx.lemma(k + 1);
  if (by < a) {
    const comp = next === 'that' ? complement(ctx, k + 1, hi) : null;
    if (!comp) return null;
    const who: Speaker = { tokStart: by, tokEnd: a, start: t.start[by], end: t.end[a - 1], mention: ctx.mentionAt.get(by) ?? null };
    const cue: Cue = { speaker: who, cue: { start: t.start[a], end: t.end[k] }, tokStart: by, tokEnd: k + 1, according: false, verb: ctx.lemma(k) };
    return build(ctx, 'indirect', { start: t.start[comp.from], end: t.end[comp.end - 1] }, cue, null, null, 'quotes.indirect.unheld');
  }
  // A single claim is one someone made: "a charge that stung" names its holder elsewhere.
  if (next !== 'of' && !/s$/.test(t.lower[k])) return null;
  // "despite repeated warnings from his attorney that …": the holder after "from", then what was said.
  if (next === 'from') {
    const who = ctx.phraseAt(k + 2, hi);
    const comp = who && ctx.lemma(who.tokEnd) === 'that' ? complement(ctx, who.tokEnd, hi) : null;
    if (!who || !comp) return null;
    const cue: Cue = { speaker: who, cue: { start: t.start[a], end: t.end[k + 1] }, tokStart: a, tokEnd: who.tokEnd, according: false, verb: ctx.lemma(k) };
    return build(ctx, 'indirect', { start: t.start[comp.from], end: t.end[comp.end - 1] }, cue, null, null, 'quotes.indirect.unheld');
  }
  // Fears and doubts are held, not said: only "that" or "about" says what they are.
  if (!CLAIMS_SAID.has(ctx.lemma(k)) && next !== 'that' && next !== 'about') return null;
  const comp = complement(ctx, k + 1, hi);
  return comp && unheld(ctx, a, comp.particle ? k + 1 : k, comp.from, comp.end, 'quotes.indirect.unheld');
}

/** "The leaders made little secret of their disagreements": the subject is the source, the cue runs from the verb. */
function deniedDoubt(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  const v = k - 2;
  if (v <= lo || !/^(no|little)$/.test(t.lower[k - 1]) || (t.pos[v] !== POS.VERB && t.pos[v] !== POS.AUX) || !DENYING_VERBS.has(ctx.lemma(v))) return null;
  const comp = complement(ctx, k + 1, hi);
  if (!comp) return null;
  let first = v;
  while (first > lo && (t.pos[first - 1] === POS.AUX || ctx.lemma(first - 1) === 'not')) first--;
  const who: Speaker | null = /^(who|which|that)$/.test(t.lower[first - 1]) ? { tokStart: first - 1, tokEnd: first, start: t.start[first - 1], end: t.end[first - 1], mention: null } : subjectBefore(ctx, first, lo);
  if (!who) return null;
  const last = comp.particle ? k + 1 : k;
  const cue: Cue = { speaker: who, cue: { start: t.start[first], end: t.end[last] }, tokStart: Math.min(first, who.tokStart), tokEnd: last + 1, according: false, verb: ctx.lemma(k) };
  return build(ctx, 'indirect', { start: t.start[comp.from], end: t.end[comp.end - 1] }, cue, null, null, 'quotes.indirect.denied');
}

/** "her campaign changed tack, much to the chagrin of fellow Democrats": the ones who feel it are the source, the clause before the content. */
function reaction(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  if (k - 2 <= lo || t.lower[k - 1] !== 'the' || t.lower[k - 2] !== 'to') return null;
  const first = t.lower[k - 3] === 'much' ? k - 3 : k - 2;
  if (first - 1 <= lo || tokenText(ctx.doc, first - 1) !== ',') return null;
  const who = ctx.phraseAt(k + 2, hi);
  if (!who) return null;
  let from = first - 2;
  while (from > lo && !/^[,;:—–]$/.test(tokenText(ctx.doc, from - 1))) from--;
  if (first - 1 - from < 3) return null;
  const cue: Cue = { speaker: who, cue: { start: t.start[first], end: t.end[k + 1] }, tokStart: first, tokEnd: who.tokEnd, according: false, verb: ctx.lemma(k) };
  return build(ctx, 'indirect', { start: t.start[from], end: t.end[first - 2] }, cue, null, null, 'quotes.indirect.reaction');
}

/**
 * "Mr. Obama's bet is that …", "The implication is clear: that …": a view opening its clause, stated by the
 * copula's "that" clause. A possessor is the source, its "'s" part of the cue.
 */
function statedAs(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  let c = k + 2;
  if (ctx.lemma(c) === 'clear' || ctx.lemma(c) === 'simple') c++;
  if (tokenText(ctx.doc, c) === ':') c++;
  if (ctx.lemma(c) !== 'that') return null;
  const comp = complement(ctx, c, hi);
  if (!comp) return null;
  let a = k;
  while (a > lo && k - a < 2 && t.pos[a - 1] === POS.ADJ) a--;
  const content = { start: t.start[comp.from], end: t.end[comp.end - 1] };
  const last = c - 1;
  const opens = (j: number) => j === lo || /^[,;:—–(]$/.test(tokenText(ctx.doc, j - 1)) || t.pos[j - 1] === POS.CCONJ || t.pos[j - 1] === POS.SCONJ;
  if (a > lo && /^(the)$/.test(t.lower[a - 1]) && opens(a - 1)) return unheld(ctx, a - 1, last, comp.from, comp.end, 'quotes.indirect.stated');
  if (a === lo || !/^['’]s?$/.test(tokenText(ctx.doc, a - 1))) return null;
  let by = a - 1;
  while (by > lo && a - 1 - by < 5 && t.pos[by - 1] === POS.PROPN) by--;
  if (by === a - 1 || !opens(by)) return null;
  const who: Speaker = { tokStart: by, tokEnd: a - 1, start: t.start[by], end: t.end[a - 2], mention: ctx.mentionAt.get(by) ?? null };
  const cue: Cue = { speaker: who, cue: { start: t.start[a - 1], end: t.end[last] }, tokStart: by, tokEnd: last + 1, according: false, verb: ctx.lemma(k) };
  return build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.stated');
}

/** "a New York Times report that …": the name before the noun is its source. */
function namedReport(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  let by = k;
  while (by > lo && k - by < 5 && t.pos[by - 1] === POS.PROPN) by--;
  if (by === k || by === lo || !/^(a|an|the)$/.test(t.lower[by - 1]) || ctx.lemma(k + 1) !== 'that') return null;
  const comp = complement(ctx, k + 1, hi);
  if (!comp) return null;
  const who: Speaker = { tokStart: by - 1, tokEnd: k, start: t.start[by - 1], end: t.end[k - 1], mention: ctx.mentionAt.get(by) ?? null };
  const cue: Cue = { speaker: who, cue: { start: t.start[k], end: t.end[k] }, tokStart: by - 1, tokEnd: k + 1, according: false, verb: ctx.lemma(k) };
  return build(ctx, 'indirect', { start: t.start[comp.from], end: t.end[comp.end - 1] }, cue, null, null, 'quotes.indirect.named-report');
}

/**
 * "a tacit acknowledgment that he alone can win", "an agreement to explore ways …": the article and
 * describing words belong to the cue. Not a verb's object, which makes the cue with it ("signed an agreement to …").
 */
function indefinite(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  let a = k;
  while (a > lo && k - a < 2 && (t.pos[a - 1] === POS.ADJ || t.pos[a - 1] === POS.PROPN)) a--;
  if (a === lo || !/^(a|an)$/.test(t.lower[a - 1]) || t.pos[a - 2] === POS.VERB) return null;
  const next = ctx.lemma(k + 1);
  if (next !== 'that' && !(next === 'to' && t.pos[k + 2] === POS.VERB)) return null;
  const end = contentEnd(ctx, k + 2, hi);
  if (end - k < 4) return null;
  if (next === 'that' && (t.pos[k + 2] === POS.VERB || t.pos[k + 2] === POS.AUX)) return null;
  return unheld(ctx, a - 1, k, k + 1, end, 'quotes.indirect.unheld');
}

/** "there was more agreement that …", "there are plenty of unknowns about …". */
function existential(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  let be = -1;
  for (let j = k - 1; j > lo && k - j <= 5; j--) {
    if (ctx.lemma(j) === 'be' && (t.pos[j] === POS.AUX || t.pos[j] === POS.VERB)) { be = j; break; }
  }
  if (be < 0) return null;
  let there = be - 1;
  while (there > lo && t.pos[there] === POS.AUX) there--;
  if (t.lower[there] !== 'there') return null;
  // Only quantity and describing words between: "much", "more", "plenty of", "growing".
  const modifies = (j: number) => [POS.ADJ, POS.ADV, POS.DET, POS.ADP].includes(t.pos[j]) || /(ing|ed)$/.test(t.lower[j]) || t.lower[j] === 'plenty';
  for (let j = be + 1; j < k; j++) if (!modifies(j)) return null;
  const comp = complement(ctx, k + 1, hi);
  if (!comp) return null;
  // "there are plenty of unknowns about …": the cue starts at the quantity, as with a preposition's topic.
  let first = there;
  for (let j = be + 1; j < k; j++) if (t.lower[j] === 'plenty') first = j;
  return unheld(ctx, comp.particle ? first : there, comp.particle ? k + 1 : k, comp.from, comp.end, 'quotes.indirect.unheld');
}

/**
 * "who is a staunch opponent of the death penalty", "has been a consistent and outspoken supporter of NATO":
 * the subject takes a side; the cue runs from the verb to "of". Opening a sentence, the role describes
 * the subject after its comma: "A passionate defender of the network, Mr. Schultz likened …".
 */
function sideTaken(ctx: QuoteContext, k: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  let a = k;
  while (a > lo && k - a < 5 && (t.pos[a - 1] === POS.ADJ || t.pos[a - 1] === POS.ADV || (t.pos[a - 1] === POS.CCONJ && t.pos[a - 2] === POS.ADJ))) a--;
  if (a === lo || !/^(a|an)$/.test(t.lower[a - 1])) return null;
  a--;
  const end = ctx.phraseAt(k + 2, hi)?.tokEnd ?? plainPhraseEnd(ctx, k + 2, hi);
  if (end < 0) return null;
  const content = { start: t.start[k + 2], end: t.end[end - 1] };
  let who: Speaker | null = null;
  let first = a;
  if (a === lo && tokenText(ctx.doc, end) === ',') {
    who = ctx.phraseAt(end + 1, hi);
    if (!who || (t.pos[who.tokEnd] !== POS.VERB && t.pos[who.tokEnd] !== POS.AUX)) return null;
  } else {
    let v = a - 1;
    while (v > lo && t.pos[v] === POS.ADV) v--;
    if (v <= lo || ctx.lemma(v) !== 'be') return null;
    first = v;
    while (first > lo && (t.pos[first - 1] === POS.AUX || (t.pos[first - 1] === POS.ADV && t.pos[first - 2] === POS.AUX))) first--;
    who = /^(who|that)$/.test(t.lower[first - 1]) ? { tokStart: first - 1, tokEnd: first, start: t.start[first - 1], end: t.end[first - 1], mention: null } : subjectBefore(ctx, first, lo) ?? openingSubject(ctx, lo, first, hi);
    if (!who) return null;
  }
  const cue: Cue = { speaker: who, cue: { start: t.start[first], end: t.end[k + 1] }, tokStart: Math.min(first, who.tokStart), tokEnd: k + 2, according: false, verb: ctx.lemma(k) };
  return build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.side');
}

/** The sentence's opening subject with its apposition when it ends at `verb`: "Hillary Clinton, a longtime senator, has been …". */
function openingSubject(ctx: QuoteContext, lo: number, verb: number, hi: number): Speaker | null {
  const sp = ctx.phraseAt(lo, verb);
  if (!sp) return null;
  const written = subjectAsWritten(ctx, sp, hi);
  return written.after === verb ? written.speaker : null;
}

/** The complement: "of"/"about"/"over" a phrase (the preposition belongs to the cue), or a "that"/"whether" clause. */
function complement(ctx: QuoteContext, k: number, hi: number): { from: number; end: number; particle: boolean } | null {
  const t = ctx.doc.tokens!;
  const w = ctx.lemma(k);
  if (w === 'that' || w === 'whether') {
    // "that" before a verb opens a relative clause ("charges that might have arisen"), "that which" a free relative.
    if (w === 'that' && (t.pos[k + 1] === POS.VERB || t.pos[k + 1] === POS.AUX || t.lower[k + 1] === 'which')) return null;
    const end = contentEnd(ctx, k + 1, hi);
    return end - k >= 3 ? { from: k, end, particle: false } : null;
  }
  if (!/^(of|about|over)$/.test(w) || t.pos[k] !== POS.ADP) return null;
  const np = ctx.phraseAt(k + 1, hi);
  const end = np ? np.tokEnd : /^(how|what|why|whether|who|where|when)$/.test(ctx.lemma(k + 1)) ? contentEnd(ctx, k + 1, hi) : plainPhraseEnd(ctx, k + 1, hi);
  return end > k + 1 ? { from: k + 1, end, particle: true } : null;
}

/** The end of a plain noun phrase ("the explosion", "sexual abuse") that names no speaker; -1 if none ends in a noun. */
function plainPhraseEnd(ctx: QuoteContext, k: number, hi: number): number {
  const t = ctx.doc.tokens!;
  let j = k;
  while (j < hi && [POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.NUM, POS.PART].includes(t.pos[j])) j++;
  return j > k && (t.pos[j - 1] === POS.NOUN || t.pos[j - 1] === POS.PROPN) ? j : -1;
}

function unheld(ctx: QuoteContext, first: number, last: number, from: number, end: number, rule: string): Quote {
  const t = ctx.doc.tokens!;
  const cue: Span = { start: t.start[first], end: t.end[last] };
  return { kind: 'indirect', content: { start: t.start[from], end: t.end[end - 1] }, cue, source: null, speaker: null, via: [], rule };
}

/**
 * Finite speech verbs the tagger reads as nouns: "Trump demands accountability", "some note that
 * …", "Lynch notes they …", "the study, which notes that …", "…, The Wall Street Journal reports.".
 * The word must agree with the subject before it (a singular takes "notes", a plural "note") and
 * open an object or clause after it, or close the sentence after a comma.
 */
import type { Mention, Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { IRREGULAR_PAST } from '../../nlp/repairs.js';
import { subjectBefore } from './attitude.js';
import { build, insideReport, overlapsCue, tokenAt } from './build.js';
import { contentEnd } from './content-end.js';
import { relativeThat } from './misread.js';
import { PERSONAL } from './phrases.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Pronouns and quantifiers that stand for people as a plural subject: "some note …". */
const PLURAL_WORDS = new Set(['they', 'we', 'i', 'you', 'some', 'many', 'others', 'most', 'both', 'few', 'several']);
/** Plural nouns without a plural ending. */
const PLURALIA = new Set(['data', 'people', 'police', 'media', 'criteria']);
/** Words that may as well be the determiner of a noun after them: "some state officials". */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'both', 'few', 'several']);
/** Relative pronouns as subjects: "the study, which notes that …". */
const RELATIVES = new Set(['who', 'which', 'that']);

/** Finds speech verbs read as nouns where no other quote's cue lies and not inside someone else's report. */
export function findNounVerbs(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 1; k++) {
      const word = t.lower[k];
      // Past tenses the tagger may read as nouns after a time: "a panel in 2001 found …".
      const past = IRREGULAR_PAST.get(word);
      const verb = past ?? t.lemma[k];
      if (t.pos[k] !== POS.NOUN || !ctx.rules.indirect.has(verb) || inDirect(t.start[k])) continue;
      const third = word !== t.lemma[k] && /s$/.test(word);
      if (!past && !third && word !== t.lemma[k]) continue;
      const speaker = past ? pastSubjectOf(ctx, k, s.tokStart) : subjectOf(ctx, k, s.tokStart, third);
      if (!speaker) continue;
      const cue: Cue = { speaker, cue: { start: t.start[k], end: t.end[k] }, tokStart: speaker.tokStart, tokEnd: k + 1, according: false, verb };
      if (overlapsCue(found, cue.cue) || insideReport(found, cue.cue.start)) continue;
      const content = contentOf(ctx, k, speaker, s.tokStart, s.tokEnd, past !== undefined);
      if (!content) continue;
      out.push(build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.noun-verb'));
      k = Math.max(k, tokenAt(doc, content.end) - 1);
    }
  }
  return out;
}

/** The subject of a past tense: a noun phrase opening its clause, before a time ("a panel in 2001"), any number. */
function pastSubjectOf(ctx: QuoteContext, k: number, lo: number): Speaker | null {
  for (let a = k - 1; a > lo && a >= k - 4; a--) {
    if (ctx.timeAfter(a) !== k) continue;
    const sp = subjectBefore(ctx, a, lo);
    if (!sp || sp.tokEnd !== a) return null;
    const before = sp.tokStart - 1;
    const t = ctx.doc.tokens!;
    const opens = before < lo || /^[,;:—–(“"]$/.test(tokenText(ctx.doc, before)) || t.pos[before] === POS.CCONJ || t.pos[before] === POS.SCONJ;
    return opens ? sp : null;
  }
  return null;
}

/** The subject right before the word, if it agrees with the word's form. */
function subjectOf(ctx: QuoteContext, k: number, lo: number, third: boolean): Speaker | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  let a = k;
  // "DuVernay both documents", "Some Democrats, however, question": adverbs and a parenthetical adverb.
  for (;;) {
    if (a - 1 > lo && (t.pos[a - 1] === POS.ADV || /^(both|all)$/.test(ctx.lemma(a - 1)))) a--;
    else if (a - 3 >= lo && tokenText(doc, a - 1) === ',' && t.pos[a - 2] === POS.ADV && tokenText(doc, a - 3) === ',') a -= 3;
    else break;
  }
  const h = a - 1;
  if (h < lo) return null;
  const one = (m: Mention | null): Speaker => ({ tokStart: h, tokEnd: a, start: t.start[h], end: t.end[h], mention: m });
  const lemma = ctx.lemma(h);
  if (PLURAL_WORDS.has(lemma)) return third ? null : one(null);
  if (t.pos[h] === POS.PRON || t.pos[h] === POS.DET) {
    // "That worries environmentalists": a demonstrative opening the sentence is a subject too.
    if (lemma === 'that' && h === lo) return third ? one(null) : null;
    if (RELATIVES.has(lemma)) return /^(,|--|—|–)$/.test(tokenText(doc, h - 1)) ? one(null) : null;
    if (PERSONAL.has(lemma) || lemma === 'that') return third ? one(ctx.mentionAt.get(h) ?? null) : null;
    return null;
  }
  if (t.pos[h] !== POS.NOUN && t.pos[h] !== POS.PROPN) return null;
  const sp = subjectBefore(ctx, a, lo);
  if (!sp || sp.tokEnd !== a) return null;
  // The subject must open its clause: "With her film, DuVernay documents …", not "the Clinton plan".
  const before = sp.tokStart - 1;
  if (before >= lo && !/^[,;:—–(“"]$/.test(tokenText(doc, before)) && t.pos[before] !== POS.CCONJ && t.pos[before] !== POS.SCONJ) return null;
  // Agreement is with the head, before any preposition: "Data from the survey show …".
  let head = h;
  for (let j = sp.tokStart; j < a && t.pos[j] !== POS.ADP; j++) if (t.pos[j] === POS.NOUN || t.pos[j] === POS.PROPN) head = j;
  const m = sp.mention;
  const person = m !== null && m.tokStart <= head && head < m.tokEnd && doc.entities![m.entity].kind === 'person';
  // "Obama and Clinton call them": a coordinated subject is plural, persons too.
  let coordinated = false;
  for (let j = sp.tokStart + 1; j < a - 1; j++) if (t.lemma[j] === 'and' && t.pos[j] === POS.CCONJ) coordinated = true;
  const plural = coordinated || (!person && (/[^s]s$/.test(t.lower[head]) || PLURALIA.has(t.lower[head])));
  return plural === !third ? sp : null;
}

/** What the verb says: the object or clause after it, or the sentence before "…, the Journal reports.". */
function contentOf(ctx: QuoteContext, k: number, speaker: Speaker, lo: number, hi: number, past: boolean): Span | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const next = k + 1;
  if (/^[.!?]$/.test(tokenText(doc, next)) && tokenText(doc, speaker.tokStart - 1) === ',') {
    const end = speaker.tokStart - 1;
    return end - lo >= 3 ? { start: t.start[lo], end: t.end[end - 1] } : null;
  }
  const clause = ctx.lemma(next) === 'that' || /^(how|why|what|whether|if)$/.test(ctx.lemma(next));
  // After a common noun, a quantifier or a relative only a clause tells a verb from a compound: "member states trump …",
  // "Some state officials …"; after a name or a pronoun an object does: "Trump demands accountability".
  const h = speaker.tokEnd - 1;
  // A past tense is no noun compound's part, so an object tells it as well.
  const strict = !past && (QUANTIFIERS.has(ctx.lemma(h)) || RELATIVES.has(ctx.lemma(h)) || (t.pos[h] === POS.NOUN && !PLURAL_WORDS.has(ctx.lemma(h))));
  const object = [POS.DET, POS.PRON, POS.PROPN, POS.NUM, POS.NOUN].includes(t.pos[next]);
  if (!(clause || (!strict && object)) || !opensClause(doc, next) || relativeThat(ctx, next)) return null;
  const end = contentEnd(ctx, next, hi);
  return end - next >= 1 ? { start: t.start[next], end: t.end[end - 1] } : null;
}

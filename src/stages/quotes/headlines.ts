/**
 * Headlines: "Black Lawmakers Rip Trump As A 'Fraud'", "Clinton Goes After Trump As The New
 * Romney", "Retired General Reveals 'Demoralizing' Experience". In title case the tagger often
 * reads the verb as a name or a noun, so the headline is read as a noun phrase, a speech verb in
 * the present tense and what it says.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue } from './build.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** A headline is short: a longer first paragraph is the article's opening sentence. */
const MAX_TOKENS = 20;
/** What a subject noun phrase may hold: "Black Lawmakers", "Retired General", "E.U.'s Top Diplomat". */
const SUBJECT_POS = new Set<number>([POS.PROPN, POS.NOUN, POS.ADJ, POS.DET, POS.NUM, POS.PART]);

/** Finds a speech verb heading the article's headline where no other cue lies. */
export function findHeadlines(ctx: QuoteContext, found: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const para = doc.paragraphs?.[0];
  if (!para || (doc.paragraphs?.length ?? 0) < 2 || found.some((q) => q.cue && q.cue.start < para.end)) return [];
  let lo = 0;
  while (lo < t.count && t.end[lo] <= para.start) lo++;
  let hi = lo;
  while (hi < t.count && t.start[hi] < para.end) hi++;
  if (hi - lo > MAX_TOKENS) return [];
  let last = hi;
  while (last > lo && t.pos[last - 1] === POS.PUNCT && !/^[’”'"]$/.test(tokenText(doc, last - 1))) last--;
  for (let k = lo + 1; k < last - 1; k++) {
    if (!SUBJECT_POS.has(t.pos[k - 1]) || t.pos[k - 1] === POS.DET) break;
    const verb = presentLemma(ctx, k);
    if (!verb) {
      if (!SUBJECT_POS.has(t.pos[k])) break;
      continue;
    }
    // "Goes After", "Calls For": a particle the lexicon pairs with the verb belongs to the cue.
    const particle = ctx.rules.phrasal.get(verb)?.has(ctx.lemma(k + 1)) ? k + 1 : k;
    if (!ctx.rules.indirect.has(verb) && particle === k) continue;
    const cueEnd = particle + 1;
    if (last - cueEnd < 2) return [];
    // "One Tweet Sums Up …": a number or determiner alone is no subject.
    if (!hasNoun(ctx, lo, k)) return [];
    // The whole noun phrase before the verb is its subject, whether or not it names a known actor.
    const phrase = ctx.phraseAt(lo, k);
    const speaker: Speaker = phrase?.tokEnd === k ? phrase : { tokStart: lo, tokEnd: k, start: t.start[lo], end: t.end[k - 1], mention: null };
    const cue: Cue = { speaker, cue: { start: t.start[k], end: t.end[particle] }, tokStart: lo, tokEnd: cueEnd, according: false, verb };
    if (overlapsCue(found, cue.cue)) return [];
    const content: Span = { start: t.start[cueEnd], end: t.end[last - 1] };
    return [build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.headline')];
  }
  return [];
}

/**
 * The lemma of a capitalised or lower-case present-tense verb, whatever the tagger made of it:
 * "Rip", "Reveals", "urges", "Goes". Null for a word of another form.
 */
function presentLemma(ctx: QuoteContext, k: number): string | null {
  const t = ctx.doc.tokens!;
  const word = t.lower[k];
  if (!/^\p{L}+$/u.test(word) || t.pos[k] === POS.ADP || t.pos[k] === POS.DET) return null;
  const candidates = [t.lemma[k], word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
  const next = ctx.lemma(k + 1);
  const lemma = candidates.find((c) => ctx.rules.verbs.has(c) || ctx.rules.phrasal.get(c)?.has(next)) ?? null;
  if (!lemma || t.pos[k] === POS.VERB) return lemma;
  // A word the tagger took for a noun is a verb only in agreement with the subject: "Lawmakers Rip",
  // "General Reveals", but not "Clinton Plan for Taxes".
  const plural = /[^s]s$/.test(t.lower[k - 1]);
  return plural === (word === lemma) ? lemma : null;
}

function hasNoun(ctx: QuoteContext, lo: number, hi: number): boolean {
  const t = ctx.doc.tokens!;
  for (let k = lo; k < hi; k++) if (t.pos[k] === POS.NOUN || t.pos[k] === POS.PROPN) return true;
  return false;
}

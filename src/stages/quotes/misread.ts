/**
 * Cue words the tagger reads as another part of speech: a verb after a plural subject read as a
 * noun ("Polling averages show …", "The ad then references …"), a progressive or a past tense read as an
 * adjective ("is promising to …", "has also detailed …"),
 * and the noun after "according to" read as an infinitive ("according to police"); and the reverse: a noun
 * before a relative "that" ("rules that promise …") or a participle modifying its noun ("Americans worried
 * about …") read as the clause's verb.
 */
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { PERSONAL } from './phrases.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** Words that open a verb's object or clause, not a noun compound's next word. */
const OPENERS = new Set(['that', 'how', 'why', 'what', 'whether', 'if', 'when', 'where', 'who']);

/**
 * The lemma of a cue verb at k, also when it is an -ing form read as an adjective after "be":
 * "Trump is promising to …" gives "promise". Null when k is no speech verb.
 */
export function cueLemma(ctx: QuoteContext, k: number): string | null {
  const t = ctx.doc.tokens!;
  if (t.pos[k] === POS.VERB) return ctx.rules.verbs.has(t.lemma[k]) ? t.lemma[k] : null;
  const word = ctx.doc.tokens!.lower[k];
  // "The ad then references a speech": a noun after an adverb that follows the subject, opening an object.
  if (t.pos[k] === POS.NOUN && k > 1 && t.pos[k - 1] === POS.ADV && [POS.NOUN, POS.PROPN, POS.PRON].includes(t.pos[k - 2])
    && (t.pos[k + 1] === POS.DET || t.lemma[k + 1] === 'that' || (t.pos[k + 1] === POS.PROPN && /s$/.test(word))) && ctx.rules.indirect.has(t.lemma[k])) return t.lemma[k];
  // "Mike Pence, plans to release …", "…, and plans to reduce …": an intention before its infinitive, after a comma or "and".
  if (t.pos[k] === POS.NOUN && /s$/.test(word) && k > 0 && (tokenText(ctx.doc, k - 1) === ',' || t.pos[k - 1] === POS.CCONJ)
    && ctx.rules.intent.has(t.lemma[k]) && ctx.lemma(k + 1) === 'to' && t.pos[k + 2] === POS.VERB) return t.lemma[k];
  // "though Lynch notes they …": a name read as a verb, then its verb read as a plural noun.
  if (t.pos[k] === POS.NOUN && /s$/.test(word) && k > 1 && t.pos[k - 1] === POS.VERB && isCapitalised(ctx.doc, k - 1) && t.pos[k - 2] !== POS.PUNCT
    && (t.pos[k + 1] === POS.DET || t.pos[k + 1] === POS.PROPN || (t.pos[k + 1] === POS.PRON && PERSONAL.has(t.lemma[k + 1])) || t.lemma[k + 1] === 'that') && ctx.rules.indirect.has(t.lemma[k])) return t.lemma[k];
  // "it referenced …", "has also detailed …": a past tense after an auxiliary, an adverb or a pronoun, before its object.
  if (t.pos[k] === POS.ADJ && /ed$/.test(word) && k > 0 && ([POS.AUX, POS.ADV].includes(t.pos[k - 1]) || (t.pos[k - 1] === POS.PRON && PERSONAL.has(t.lemma[k - 1])))
    && [POS.DET, POS.PRON, POS.PROPN, POS.NUM, POS.NOUN, POS.ADJ].includes(t.pos[k + 1])) {
    const stem = word.slice(0, -2);
    for (const lemma of [stem + 'e', stem, stem.slice(0, -1)]) if (ctx.rules.indirect.has(lemma)) return lemma;
  }
  // After "is" or a comma: "is promising", "…, promising to …"; "…, warning that …" read as a noun too.
  const nounAfterComma = t.pos[k] === POS.NOUN && k > 0 && tokenText(ctx.doc, k - 1) === ',' && (t.lemma[k + 1] === 'that' || t.pos[k + 1] === POS.DET);
  if ((t.pos[k] !== POS.ADJ && !nounAfterComma) || !word.endsWith('ing') || k === 0 || !((t.pos[k - 1] === POS.AUX && ctx.lemma(k - 1) === 'be') || tokenText(ctx.doc, k - 1) === ',')) return null;
  const stem = word.slice(0, -3);
  // "promising" → "promise", "saying" → "say", "planning" → "plan".
  for (const lemma of [stem + 'e', stem, stem.slice(0, -1)]) if (ctx.rules.verbs.has(lemma)) return lemma;
  return null;
}

/** "according to police": a verb-tagged word after the phrase starts the source. */
export function verbReadAsSource(ctx: QuoteContext, j: number, hi: number): Speaker | null {
  const t = ctx.doc.tokens!;
  if (j >= hi || t.pos[j] !== POS.VERB || /ing$/.test(tokenText(ctx.doc, j))) return null;
  const rest = ctx.phraseAt(j + 1, hi);
  if (rest && t.pos[j + 1] !== POS.DET) return { ...rest, tokStart: j, start: t.start[j] };
  if (j + 1 < hi && t.pos[j + 1] !== POS.PUNCT) return null;
  return { tokStart: j, tokEnd: j + 1, start: t.start[j], end: t.end[j], mention: ctx.mentionAt.get(j) ?? null };
}

/**
 * A speech verb the tagger swallowed into the subject phrase as a noun: "Polling averages show
 * Clinton …", "Some voters support the plan", "The ad references four cases". The verb must agree
 * with the word before it (a plural takes "show", a singular "shows") and open an object or clause.
 */
export function nounReadAsVerb(ctx: QuoteContext, i: number, sp: Speaker): Cue | null {
  const t = ctx.doc.tokens!;
  const doc = ctx.doc;
  for (let k = sp.tokStart + 1; k < sp.tokEnd; k++) {
    if (t.pos[k] !== POS.NOUN || !ctx.rules.indirect.has(t.lemma[k])) continue;
    const next = k + 1;
    const h = headOf(ctx, i, k);
    if (h < 0) continue;
    // "four percentage points": a number above one makes the phrase plural.
    const plural = isPlural(ctx, h) || hasCount(ctx, i > 0 && t.pos[i - 1] === POS.NUM ? i - 1 : i, h);
    const thirdPerson = doc.tokens!.lower[k].endsWith('s');
    if (thirdPerson === plural) continue;
    // A plural takes no noun modifier, so a name after "averages show" is the verb's object.
    const opens = t.pos[next] === POS.DET || t.pos[next] === POS.NUM || (t.pos[next] === POS.PRON && ctx.lemma(next) !== 'it')
      || OPENERS.has(ctx.lemma(next)) || (t.pos[next] === POS.PROPN && plural);
    if (!opens) continue;
    // "rules that promise to …": the noun heads a relative clause whose own verb may report.
    if (relativeThat(ctx, next)) {
      const v = next + 1;
      if (!ctx.rules.indirect.has(t.lemma[v]) || sp.tokEnd !== k + 1) continue;
      return { speaker: sp, cue: { start: t.start[next], end: t.end[v] }, tokStart: i, tokEnd: v + 1, according: false, verb: t.lemma[v] };
    }
    const head = ctx.phraseAt(i, k);
    if (!head || head.tokEnd !== k) continue;
    return { speaker: head, cue: { start: t.start[k], end: t.end[k] }, tokStart: i, tokEnd: k + 1, according: false, verb: t.lemma[k] };
  }
  return null;
}

/** The head of the subject phrase from i to k: the last noun before any preposition ("documents from his tax return"). */
function headOf(ctx: QuoteContext, i: number, k: number): number {
  const t = ctx.doc.tokens!;
  let h = -1;
  for (let j = i; j < k && t.pos[j] !== POS.ADP; j++) if ([POS.NOUN, POS.PROPN, POS.PRON, POS.NUM].includes(t.pos[j])) h = j;
  return h;
}

/** A cardinal number above one before the head: "four percentage". */
function hasCount(ctx: QuoteContext, i: number, h: number): boolean {
  const t = ctx.doc.tokens!;
  for (let j = i; j < h; j++) if (t.pos[j] === POS.NUM && !/^(one|1)$/.test(t.lower[j])) return true;
  return false;
}

/** A plural head: "voters", "5 percent", "they". */
function isPlural(ctx: QuoteContext, h: number): boolean {
  const t = ctx.doc.tokens!;
  const word = t.lower[h];
  return (t.pos[h] === POS.NOUN && /[^s]s$/.test(word)) || t.pos[h] === POS.NUM || ['percent', 'people', 'some', 'others', 'many', 'most', 'they', 'we'].includes(word);
}

/** Singular nouns that take a plural verb: "police say". */
const PLURAL_SINGULARS = new Set(['police', 'staff', 'personnel', 'clergy', 'public', 'youth', 'military', 'majority', 'minority', 'media']);

/**
 * False when a present-tense verb at k cannot agree with a noun at h before it: a plural with
 * "plans", a singular with "plan". Anything else (a past tense, a name) may agree.
 */
export function agrees(ctx: QuoteContext, h: number, k: number): boolean {
  const t = ctx.doc.tokens!;
  const word = t.lower[k];
  // "pensions and wages rise": a coordinated subject is plural.
  const coordinated = [h - 1, h - 2, h - 3].some((j) => j >= 0 && t.lemma[j] === 'and');
  // "Apple Music show": a singular name takes "shows", so a bare form after it is a noun in a compound.
  if (t.pos[h] === POS.PROPN) return coordinated || /s$/.test(t.lower[h]) || word !== t.lemma[k] || /ed$/.test(word);
  if (t.pos[h] !== POS.NOUN) return true;
  const plural = coordinated || (/[^s]s$/.test(t.lower[h]) && t.lower[h] !== t.lemma[h]);
  if (/[^s]s$/.test(word)) return !plural;
  return word !== t.lemma[k] || plural || PLURAL_SINGULARS.has(t.lower[h]);
}

/**
 * "rules that promise to …", "his plan that matches …": a "that" followed at once by a verb opens
 * a relative clause, since a content clause needs a subject of its own. The verb must be one the
 * demonstrative "that" cannot be the subject of (a plural form: "that promise"), unless `anyFinite`
 * (after a possessed noun, where "his plan that matches" cannot be a sentence of its own).
 */
export function relativeThat(ctx: QuoteContext, k: number, anyFinite = false): boolean {
  const t = ctx.doc.tokens!;
  if (ctx.lemma(k) !== 'that') return false;
  const v = k + 1;
  const word = t.lower[v];
  if (word === undefined || /ing$/.test(word)) return false;
  const bare = word === t.lemma[v] && !/ed$/.test(word);
  if (t.pos[v] === POS.VERB) return bare || (anyFinite && /[^s]s$/.test(word));
  // "rules that promise to transform …": the verb read as a noun before its infinitive.
  return t.pos[v] === POS.NOUN && bare && ctx.lemma(v + 1) === 'to' && t.pos[v + 2] === POS.VERB;
}

/**
 * "Americans worried about illegal immigration might stop to …": a participle with its
 * prepositional object, followed by the clause's own verb, modifies the noun before it. True when
 * the cue is a bare participle and its preposition and an auxiliary follows its object with nothing
 * (a comma, a conjunction, a new subject) in between.
 */
export function reducedRelative(ctx: QuoteContext, cue: Cue, hi: number): boolean {
  const t = ctx.doc.tokens!;
  const end = cue.tokEnd;
  const v = end - 2;
  if (v < 0 || t.start[v] !== cue.cue.start || t.pos[v] !== POS.VERB || !/ed$/.test(t.lower[v]) || t.pos[end - 1] !== POS.ADP) return false;
  if (v > 0 && ![POS.NOUN, POS.PROPN].includes(t.pos[v - 1])) return false;
  let k = end;
  // "weighed in about whether …": an indirect question opens a clause of its own.
  // "rising costs": a participle before its noun is a modifier in the object.
  const inObject = (j: number) => ([POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.NUM, POS.ADP].includes(t.pos[j]) && !OPENERS.has(t.lemma[j]))
    || (t.pos[j] === POS.VERB && /ing$/.test(t.lower[j]) && t.pos[j + 1] === POS.NOUN);
  while (k < hi && k - end < 12 && inObject(k)) k++;
  return k > end && k < hi && [POS.NOUN, POS.PROPN].includes(t.pos[k - 1]) && t.pos[k] === POS.AUX;
}

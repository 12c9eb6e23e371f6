/**
 * Nouns of saying as cues with no possessor: criticism or questions that someone faces or comes
 * under. "The minister has faced sharp criticism for the delay": the cue is the noun with its
 * adjectives and the preposition that says what it is about, the content what follows. "The
 * agency faced heavy criticism from rights groups": the critics are the source and the one
 * criticised is the content.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { subjectBefore } from './attitude.js';
import { build, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** Prepositions that name what criticism or a question is about; they belong to the cue. */
const TOPIC = new Set(['for', 'about', 'over']);

/** Finds "faced criticism for …" and "came under criticism from …" where no other quote's cue lies. */
export function findFacedCriticism(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart; k < s.tokEnd - 2; k++) {
      if (t.pos[k] !== POS.VERB || inDirect(t.start[k])) continue;
      const lemma = ctx.lemma(k);
      const first = lemma === 'face' ? k + 1 : lemma === 'come' && ctx.lemma(k + 1) === 'under' ? k + 2 : -1;
      if (first < 0) continue;
      const head = criticismHead(ctx, first, s.tokEnd);
      if (head < 0) continue;
      // An opening participle's clause ends at its comma: "Facing criticism for the delays, the minister resigned".
      let hi = s.tokEnd;
      if (k === s.tokStart) for (let j = head; j < hi; j++) if (tokenText(doc, j) === ',') hi = j;
      const q = attribute(ctx, k, first, head, s.tokStart, hi);
      if (!q || overlapsCue([...found, ...out], q.cue!)) continue;
      out.push(q);
    }
  }
  return out;
}

/** The critical noun after the verb, past its describing words ("sharp", "withering", "mounting"); -1 if none. */
function criticismHead(ctx: QuoteContext, from: number, hi: number): number {
  const t = ctx.doc.tokens!;
  let k = from;
  const describes = (j: number) => t.pos[j] === POS.ADJ || t.pos[j] === POS.ADV || (t.pos[j] === POS.VERB && /(ing|ed)$/.test(t.lower[j]));
  while (k < hi && k - from < 3 && describes(k)) k++;
  return k < hi && t.pos[k] === POS.NOUN && ctx.rules.criticism.has(ctx.lemma(k)) ? k : -1;
}

/** The attribution: about what ("for failing to …") with no source, or from whom ("from rights groups") about the subject. */
function attribute(ctx: QuoteContext, verb: number, first: number, head: number, lo: number, hi: number): Quote | null {
  const t = ctx.doc.tokens!;
  const next = head + 1;
  const cueOf = (end: number): Span => ({ start: t.start[first], end: t.end[end - 1] });
  // "for" before a gerund is read as a conjunction: "criticism for failing to …".
  if (TOPIC.has(ctx.lemma(next)) && (t.pos[next] === POS.ADP || t.pos[next] === POS.SCONJ)) {
    const end = contentEnd(ctx, next + 1, hi);
    if (end - next - 1 < 1) return null;
    return { kind: 'indirect', content: { start: t.start[next + 1], end: t.end[end - 1] }, cue: cueOf(next + 1), source: null, speaker: null, via: [], rule: 'quotes.indirect.faced' };
  }
  // Questions from reporters need not be about the one who faces them; criticism is.
  if (ctx.lemma(next) !== 'from' || ctx.lemma(head) === 'question') return null;
  // The one criticised is the verb's subject, before any auxiliaries: "Lauer has faced …".
  let a = verb;
  while (a > lo && t.pos[a - 1] === POS.AUX) a--;
  const target = subjectBefore(ctx, a, lo);
  if (!target) return null;
  const content = { start: target.start, end: target.end };
  const critics = criticsAt(ctx, next + 1, hi);
  if (!critics) return { kind: 'indirect', content, cue: cueOf(next), source: null, speaker: null, via: [], rule: 'quotes.indirect.faced' };
  const cue: Cue = { speaker: critics, cue: cueOf(next), tokStart: first, tokEnd: critics.tokEnd, according: false, verb: ctx.lemma(head) };
  return build(ctx, 'indirect', content, cue, null, null, 'quotes.indirect.faced');
}

/** The critics after "from", a coordination of phrases included ("rights groups and activists"); null when it cannot be read whole. */
function criticsAt(ctx: QuoteContext, from: number, hi: number): Speaker | null {
  const sp = ctx.phraseAt(from, hi);
  if (!sp || !/^(and|or)$/.test(ctx.lemma(sp.tokEnd))) return sp;
  const rest = criticsAt(ctx, sp.tokEnd + 1, hi);
  return rest ? { ...sp, tokEnd: rest.tokEnd, end: rest.end, mention: null } : null;
}

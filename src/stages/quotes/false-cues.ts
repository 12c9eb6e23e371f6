/**
 * Cues that name no act of saying, whose quotes are dropped after all quotes are found: a
 * future or conditional act ("the allies will seek new sanctions", "she would impose a
 * surcharge"), which reports nothing anyone has said; or a subject that is a scheme or a feeling, not someone who could
 * speak ("Her tax proposals offer a stark alternative", "The bias begins to show").
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

/** Modals of the future and the conditional ("'ll" and "wo" of "won't" are lemmatised apart). */
const FUTURE = new Set(['will', 'would', "'ll", '’ll', 'wo']);
/** Verbs of judging: a judgement still to come is ascribed all the same ("voters will find it hard to …"). */
const JUDGING = new Set(['find', 'consider', 'deem', 'judge', 'call', 'regard', 'view', 'rate']);
/** Rules whose modal cue reports what people answered: "44 percent would back him". */
const ANSWERS = new Set(['quotes.indirect.poll-share', 'quotes.indirect.poll']);

/** Schemes and feelings: things a person has or makes, never a speaker of their own. */
const MUTE_HEADS = new Set(['plan', 'proposal', 'policy', 'scheme', 'bias', 'prejudice', 'paranoia', 'fear', 'hatred', 'anger', 'resentment']);

/** True when `q`'s cue names no act of saying, so it is no cue. */
export function isFalseCue(ctx: QuoteContext, q: Quote): boolean {
  if (!q.cue || q.kind !== 'indirect' || ANSWERS.has(q.rule)) return false;
  return futureAct(ctx, tokenAt(ctx.doc, q.cue.start)) || (q.source !== null && MUTE_HEADS.has(headLemma(ctx, q.source.start, q.source.end)));
}

/** The lemma of a subject's head: its last word before a preposition or a clause ("plans of the mayor"). */
function headLemma(ctx: QuoteContext, start: number, end: number): string {
  const t = ctx.doc.tokens!;
  let k = tokenAt(ctx.doc, start);
  let head = k;
  for (; k < t.count && t.start[k] < end; k++) {
    if (t.pos[k] === POS.ADP || t.pos[k] === POS.SCONJ || /^(,|who|which|that)$/.test(t.lower[k])) break;
    head = k;
  }
  return t.pos[head] === POS.NOUN ? ctx.lemma(head) : '';
}

/**
 * "will seek", "would pledge", "wouldn't answer": an act still to come or only supposed. Not
 * "would have described", a past act judged after the fact, nor a judgement ("would call it").
 */
function futureAct(ctx: QuoteContext, k: number): boolean {
  if (!FUTURE.has(ctx.doc.tokens!.lower[k])) return false;
  let j = k + 1;
  while (/^(not|n't|n’t|never|also|sometimes|then|still)$/.test(ctx.doc.tokens!.lower[j] ?? '')) j++;
  return ctx.lemma(j) !== 'have' && !JUDGING.has(ctx.lemma(j));
}

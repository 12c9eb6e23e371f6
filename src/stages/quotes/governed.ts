/**
 * A preposition the cue verb governs belongs to the cue even past a short object or a time:
 * "accused him of …", "asked Clinton about …", "pressed her on …", "spoke out Tuesday about …",
 * "called Friday for …", "spoke emotionally of …". What was said is the preposition's object.
 * A longer object phrase stays out ("accused the ruling party of …"), as does "for" after an
 * object ("blasted him for …" names a reason, not what was said).
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);
/** Prepositions that open the topic after an addressee or target: "of", "about", "on". */
const AFTER_OBJECT = new Set(['of', 'about', 'on']);
/** Verbs whose topic "on" marks after the person pressed: "pressed him on …"; "told him on Friday" says when. */
const ON_TOPIC = new Set(['press', 'question', 'grill', 'quiz', 'challenge', 'confront', 'brief', 'lecture', 'push']);
/** After a time, the particle of a phrasal cue may also be "for": "called Friday for". */
const AFTER_TIME = new Set(['of', 'about', 'on', 'for']);

/** Extends each cue over a short object or time and the governed preposition before its content. */
export function withGovernedPreposition(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (const q of quotes) {
    if (!q.cue || q.parts) continue;
    const k = tokenAt(doc, q.cue.end);
    if (k >= t.count || t.start[k] < q.cue.end || t.sent[k] !== t.sent[k - 1]) continue;
    const verb = ctx.lemma(k - 1);
    const prep = governedPreposition(ctx, k, verb);
    if (prep === null || prep + 1 >= t.count || t.sent[prep + 1] !== t.sent[k]) continue;
    // The object and preposition must open what was said, and the content go on past them.
    if (q.content.start < t.start[k] || q.content.start > t.start[prep + 1] || q.content.end <= t.end[prep]) continue;
    q.cue = { start: q.cue.start, end: t.end[prep] };
    q.content = { start: t.start[prep + 1], end: q.content.end };
  }
  return quotes;
}

/** The governed preposition after the cue's last token `k - 1`, past an object or time; null if none. */
function governedPreposition(ctx: QuoteContext, k: number, verb: string): number | null {
  const t = ctx.doc.tokens!;
  // "spoke out Tuesday about", "learned on Friday of"; "said Friday of the plan" keeps "of" out, as "said of" does.
  const time = ctx.timeAfter(k);
  if (time > k && verb !== 'say' && AFTER_TIME.has(ctx.lemma(time)) && isPreposition(t.pos[time])) return time;
  // "agreed with Matthews about": a cue that already ends in its preposition has its object.
  if (t.pos[k - 1] !== POS.VERB) return null;
  // "spoke emotionally of", "has campaigned heavily for": manner adverbs before the verb's own particle;
  // "knows all about": everything about it.
  let adv = k;
  while (adv < k + 2 && ((t.pos[adv] === POS.ADV && /ly$/.test(t.lower[adv])) || (adv === k && t.lower[adv] === 'all'))) adv++;
  if (adv > k && ctx.rules.phrasal.get(verb)?.has(ctx.lemma(adv)) && isPreposition(t.pos[adv])) return adv;
  // "when pressed on why …": a verb of questioning with no object takes "on" before the question.
  if (ON_TOPIC.has(verb) && ctx.lemma(k) === 'on' && /^(why|how|what|whether|when|where|who)$/.test(ctx.lemma(k + 1))) return k;
  let obj = k;
  if (OBJECT_PRONOUNS.has(t.lower[k])) obj = k + 1;
  // A bare name, one or two words: "accused Holt of", not "accused the Saudi government of".
  else if (t.pos[k] === POS.PROPN) obj = t.pos[k + 1] === POS.PROPN ? k + 2 : k + 1;
  if (obj === k || !AFTER_OBJECT.has(ctx.lemma(obj)) || !isPreposition(t.pos[obj])) return null;
  if (ctx.lemma(obj) === 'on') {
    if (!ON_TOPIC.has(verb)) return null;
    // "pressed him on Friday", "questioned her on Twitter": a time or a medium, not a topic.
    const next = t.pos[obj + 1] === POS.DET ? obj + 2 : obj + 1;
    if (ctx.timeAfter(obj) > obj || ctx.rules.medium.has(ctx.lemma(next)) || t.pos[k] === POS.PROPN || isNameStart(ctx, obj + 1)) return null;
  }
  return obj;
}

function isNameStart(ctx: QuoteContext, k: number): boolean {
  return ctx.doc.tokens!.pos[k] === POS.PROPN && /^\p{Lu}/u.test(tokenText(ctx.doc, k));
}

/** The tagger reads "for" before a gerund as a subordinator. */
function isPreposition(pos: number): boolean {
  return pos === POS.ADP || pos === POS.SCONJ;
}

/**
 * "The president was speaking Friday in Fort Wayne", "he never spoke longer than 30 minutes": a
 * verb of speaking used for the activity alone, with only when, where or how long after it,
 * reports no words.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import type { QuoteContext } from './speakers.js';

const ACTIVITY = new Set(['speak', 'talk', 'sing', 'testify', 'preach', 'lecture']);
const SPEAK = new Set(['speak', 'talk', 'sing']);
/** Prepositions of place, time and occasion; "of", "about", "to" and "on" may bring a topic or an addressee. */
const CIRCUMSTANCE = new Set(['in', 'at', 'during', 'before', 'after', 'from', 'for', 'since', 'until', 'inside', 'outside', 'near']);

/** Drops quotes whose cue is a bare verb of speaking followed only by a circumstance. */
export function withoutSpeechActivity(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !isSpeechActivity(ctx, q));
}

function isSpeechActivity(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (q.kind !== 'indirect' || !q.cue || q.content.start < q.cue.end) return false;
  const v = tokenAt(doc, q.cue.end - 1);
  if (!ACTIVITY.has(ctx.lemma(v)) || t.pos[v] !== POS.VERB) return false;
  const c = tokenAt(doc, q.content.start);
  // "spoke in a cottage on a base that overlooks …": speaking and talking take no "that" clause, so a
  // "that" after their circumstance opens a relative clause.
  if (c > v + 1 && t.lower[c] === 'that' && SPEAK.has(ctx.lemma(v))) return true;
  if (c !== v + 1) return false;
  // "spoke at the rally about immigration": a topic further on is what was said.
  for (let k = c; k < t.count && t.start[k] < q.content.end; k++) if (ctx.lemma(k) === 'about') return false;
  if (ctx.timeAfter(c) > c) return true;
  if (CIRCUMSTANCE.has(ctx.lemma(c)) && t.pos[c] === POS.ADP) return true;
  // "spoke longer than 30 minutes": how long.
  return /^(longer|shorter|more|less)$/.test(t.lower[c]) && t.lower[c + 1] === 'than';
}

/**
 * A person named right before a participle of saying: "footage of the senator saying …", "with
 * the mayor insisting that …", "video shows her asking, …". The person is the source and what
 * follows the participle the content. Only people and verbs of saying: after other nouns the
 * participle is as often a plain modifier ("taxpayers reporting gains").
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue, tokenAt } from './build.js';
import { contentEnd } from './content-end.js';
import { cueLemma } from './misread.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Object pronouns that name a person: "video shows her saying …". */
const PERSONAL_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us']);

/** Finds person + participle-of-saying cues where no other quote's cue lies and not inside someone else's report. */
export function findPersonParticiples(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 2; k++) {
      if (!/ing$/.test(t.lower[k]) || inDirect(t.start[k])) continue;
      const verb = cueLemma(ctx, k);
      if (!verb || !ctx.rules.saying.has(verb)) continue;
      const particle = ctx.rules.phrasal.get(verb)?.has(ctx.lemma(k + 1)) ? k + 1 : k;
      const cueSpan = { start: t.start[k], end: t.end[particle] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const speaker = personBefore(ctx, k, s.tokStart);
      if (!speaker) continue;
      const from = contentStart(ctx, particle + 1, s.tokEnd);
      if (from === null) continue;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 2) continue;
      const cue: Cue = { speaker, cue: cueSpan, tokStart: k, tokEnd: from, according: false, verb };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.person-participle'));
      k = tokenAt(doc, out[out.length - 1].content.end) - 1;
    }
  }
  return out;
}

const OPENING_MARK = /^[“"‘']$/;

/**
 * Where what was said begins after the participle: at once ("saying that …"), after a comma
 * before a quotation ("asking, “…”"), or past a short time or place ("saying during the debate, “…”").
 */
function contentStart(ctx: QuoteContext, c: number, hi: number): number | null {
  const t = ctx.doc.tokens!;
  if (t.pos[c] === POS.ADP && ['during', 'in', 'on', 'at', 'after'].includes(ctx.lemma(c))) {
    let k = c + 1;
    while (k < hi && k - c <= 6 && t.pos[k] !== POS.PUNCT && t.pos[k] !== POS.VERB) k++;
    if (t.lower[k] === ',' && OPENING_MARK.test(t.lower[k + 1] ?? '')) return k + 1;
  }
  if (t.lower[c] === ',' && OPENING_MARK.test(t.lower[c + 1] ?? '')) return c + 1;
  if (c >= hi || (t.pos[c] === POS.PUNCT && !OPENING_MARK.test(t.lower[c])) || (t.pos[c] === POS.ADP && ctx.lemma(c) !== 'that')) return null;
  return OPENING_MARK.test(t.lower[c]) || opensClause(ctx.doc, c) ? c : null;
}

/** A person's name or an object pronoun ending right before the participle. */
function personBefore(ctx: QuoteContext, k: number, lo: number): Speaker | null {
  const t = ctx.doc.tokens!;
  const h = k - 1;
  if (h < lo) return null;
  if (PERSONAL_OBJECTS.has(t.lower[h])) return { tokStart: h, tokEnd: k, start: t.start[h], end: t.end[h], mention: ctx.mentionAt.get(h) ?? null };
  for (let a = Math.max(lo, k - 6); a < k; a++) {
    const m = ctx.mentionAt.get(a);
    if (m && m.tokEnd === k && ctx.doc.entities![m.entity]?.kind === 'person') return { tokStart: m.tokStart, tokEnd: m.tokEnd, start: m.start, end: m.end, mention: m };
  }
  return null;
}

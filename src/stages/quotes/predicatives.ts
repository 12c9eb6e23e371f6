/**
 * A speech infinitive predicated of someone's reaction or approach: "his best response was to say
 * he would …", "the mayor's first instinct is to blame …". The possessor is the source; the cue
 * runs from the noun's modifiers through the verb, and the verb's clause is the content.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { possessor } from './nominal.js';
import { opensClause, type Cue, type QuoteContext } from './speakers.js';

/** Nouns for how someone reacts or proceeds, whose predicate infinitive is that person's act. */
const REACTIONS = new Set(['response', 'reaction', 'answer', 'reply', 'retort', 'instinct', 'impulse', 'strategy', 'approach', 'tactic', 'solution', 'remedy']);

/** Finds "POSSESSOR [modifiers] NOUN be to VERB" cues where no other quote's cue lies and not inside someone else's report. */
export function findPredicatives(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 4; k++) {
      if (t.pos[k] !== POS.NOUN || !REACTIONS.has(ctx.lemma(k)) || inDirect(t.start[k])) continue;
      let b = k + 1;
      if (t.lemma[b] !== 'be' || (t.pos[b] !== POS.AUX && t.pos[b] !== POS.VERB)) continue;
      b++;
      // "was simply to say": one adverb may stand before the infinitive.
      if (t.pos[b] === POS.ADV) b++;
      const v = b + 1;
      if (t.lower[b] !== 'to' || t.pos[v] !== POS.VERB || !ctx.rules.indirect.has(t.lemma[v])) continue;
      // "his best response", "Clinton's gut reaction", "her only answer": up to two modifiers between possessor and noun.
      let m = k;
      while (m > s.tokStart + 1 && k - m < 2 && (t.pos[m - 1] === POS.ADJ || t.pos[m - 1] === POS.NOUN || t.lower[m - 1] === 'only')) m--;
      const owner = possessor(ctx, m, s.tokStart);
      if (!owner) continue;
      const last = ctx.rules.phrasal.get(t.lemma[v])?.has(ctx.lemma(v + 1)) ? v + 1 : v;
      const from = last + 1;
      if (from >= s.tokEnd || t.pos[from] === POS.PUNCT || !opensClause(doc, from)) continue;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 1) continue;
      const cueSpan = { start: t.start[m], end: t.end[last] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const cue: Cue = { speaker: owner, cue: cueSpan, tokStart: m, tokEnd: from, according: false, verb: t.lemma[v] };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.predicative'));
      k = end - 1;
    }
  }
  return out;
}

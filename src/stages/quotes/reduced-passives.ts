/**
 * Reduced passives of saying or judging after a noun, with their agent: "a view echoed by every
 * economist", "a fine imposed by the regulator". The agent is the source, the participle
 * the cue and the phrase it follows what was said or judged.
 */
import type { Quote } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import type { Cue, QuoteContext, Speaker } from './speakers.js';

/** Finds reduced passive cues where no other quote's cue lies and not inside someone else's report. */
export function findReducedPassives(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let v = s.tokStart + 1; v < s.tokEnd - 2; v++) {
      if (t.pos[v] !== POS.VERB || !/(ed|en|wn)$/.test(t.lower[v]) || !ctx.rules.verbs.has(t.lemma[v]) || ctx.lemma(v + 1) !== 'by' || inDirect(t.start[v])) continue;
      // Right after its noun: after a comma the participle may describe the clause's subject instead.
      const n = v - 1;
      if (t.pos[n] !== POS.NOUN && t.pos[n] !== POS.PROPN) continue;
      let agent = ctx.agentAt(v + 2, s.tokEnd);
      if (!agent) continue;
      // "by the governor and the mayor": the agents together.
      const more = ctx.lemma(agent.tokEnd) === 'and' ? ctx.phraseAt(agent.tokEnd + 1, s.tokEnd) : null;
      if (more) agent = { ...agent, tokEnd: more.tokEnd, end: more.end };
      const cueSpan = { start: t.start[v], end: t.end[v] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const head = phraseEndingAt(ctx, n + 1, s.tokStart);
      if (!head) continue;
      const cue: Cue = { speaker: agent, cue: cueSpan, tokStart: v, tokEnd: agent.tokEnd, according: false, verb: t.lemma[v] };
      out.push(build(ctx, 'indirect', { start: head.start, end: head.end }, cue, null, null, 'quotes.indirect.reduced-passive'));
      v = agent.tokEnd;
    }
  }
  return out;
}

/** The longest phrase ending at `end`. */
function phraseEndingAt(ctx: QuoteContext, end: number, lo: number): Speaker | null {
  for (let a = Math.max(lo, end - 8); a < end; a++) {
    const sp = ctx.phraseAt(a, end);
    if (sp && sp.tokEnd === end) return sp;
  }
  return null;
}

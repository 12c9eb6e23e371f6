/**
 * Passive cues with their agent: "The issue was first reported by The Washington Post",
 * "The nominee has been endorsed by dozens of papers". The agent is the source and the subject
 * is what was said, thought or judged.
 */
import type { Quote, Span } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue } from './build.js';
import type { Cue, QuoteContext } from './speakers.js';

/** Finds passive cues with a "by" agent where no other quote's cue lies. */
export function findPassive(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  const cued = (s: Span) => overlapsCue(found, s);
  for (const s of doc.sentences!) {
    for (let v = s.tokStart + 2; v < s.tokEnd - 2; v++) {
      // A participle, regular or not: "reported", "told".
      const participle = /(ed|en|wn)$/.test(tokenText(doc, v)) || (t.lower[v] !== t.lemma[v] && !/(s|ing)$/.test(t.lower[v]));
      if (t.pos[v] !== POS.VERB || !ctx.rules.verbs.has(ctx.lemma(v)) || !participle || inDirect(t.start[v])) continue;
      // The auxiliaries with a form of "be", and adverbs among them: "has been", "was first".
      let a = v;
      let be = false;
      while (a > s.tokStart && (t.pos[a - 1] === POS.AUX || t.pos[a - 1] === POS.ADV || ctx.lemma(a - 1) === 'not')) {
        a--;
        if (ctx.lemma(a) === 'be') be = true;
      }
      if (!be || a === v) continue;
      // The agent: "by" right after the participle, or after a short complement ("called a charlatan by").
      let by = v + 1;
      while (by < s.tokEnd && by - v <= 4 && ctx.lemma(by) !== 'by' && t.pos[by] !== POS.PUNCT && t.pos[by] !== POS.VERB) by++;
      if (ctx.lemma(by) !== 'by') continue;
      const agent = ctx.agentAt(by + 1, s.tokEnd);
      if (!agent) continue;
      // "Oz has been called a charlatan by fellow physicians": a passive cue found without its source, or with
      // its subject as the source ("a different story was being told by the Caller"), takes the agent.
      const same = found.find((q) => q.cue && q.cue.start === t.start[a] && (!q.source || q.source.end <= t.start[a]));
      if (same) {
        Object.assign(same, { source: { start: agent.start, end: agent.end }, speaker: ctx.ref(agent) });
        continue;
      }
      // The subject: the phrase that ends where the auxiliaries begin, or before an adverb set off by
      // commas ("The mayor, meanwhile, is supported by …").
      let end = a;
      if (tokenText(doc, a - 1) === ',' && t.pos[a - 2] === POS.ADV && tokenText(doc, a - 3) === ',') end = a - 3;
      let subject: Span | null = null;
      for (let b = Math.max(s.tokStart, end - 10); b < end && !subject; b++) {
        const sp = ctx.phraseAt(b, end);
        if (sp && sp.tokEnd === end) subject = { start: sp.start, end: sp.end };
      }
      if (!subject) continue;
      const cueEnd = by === v + 1 ? by : v;
      const cue: Cue = { speaker: agent, cue: { start: t.start[a], end: t.end[cueEnd] }, tokStart: a, tokEnd: cueEnd + 1, according: false, verb: ctx.lemma(v) };
      if (cued(cue.cue)) continue;
      out.push(build(ctx, 'indirect', subject, cue, null, null, 'quotes.indirect.passive'));
      v = agent.tokEnd;
    }
  }
  return out;
}

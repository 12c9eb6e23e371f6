/**
 * A document or message followed by a participle of saying, which reports what it says: "a tweet
 * attacking the senator", "a statement announcing the pick", "video showing the candidate
 * stumbling". The phrase that names the document is the source.
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, insideReport, overlapsCue } from './build.js';
import { contentEnd } from './content-end.js';
import { cueLemma } from './misread.js';
import { opensClause, type Cue, type QuoteContext, type Speaker } from './speakers.js';

/** Finds document + participle cues where no other quote's cue lies and not inside someone else's report. */
export function findDocumentParticiples(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd - 1; k++) {
      if (!/ing$/.test(t.lower[k]) || inDirect(t.start[k])) continue;
      const noun = k - 1;
      if (t.pos[noun] !== POS.NOUN || !(ctx.rules.documents.has(t.lemma[noun]) || ctx.rules.medium.has(t.lemma[noun]))) continue;
      const verb = cueLemma(ctx, k) ?? (ctx.rules.indirect.has(t.lemma[k]) ? t.lemma[k] : null);
      // "lawsuits seeking information": an intention is the document's purpose, not what it says.
      if (!verb || !ctx.rules.indirect.has(verb) || ctx.rules.intent.has(verb)) continue;
      const last = ctx.rules.phrasal.get(verb)?.has(ctx.lemma(k + 1)) ? k + 1 : k;
      const cueSpan = { start: t.start[k], end: t.end[last] };
      const taken = [...found, ...out];
      if (overlapsCue(taken, cueSpan) || insideReport(taken, cueSpan.start)) continue;
      const from = last + 1;
      if (from >= s.tokEnd || t.pos[from] === POS.PUNCT && !/^[“"]$/.test(tokenText(doc, from)) || !opensClause(doc, from)) continue;
      const end = contentEnd(ctx, from, s.tokEnd);
      if (end - from < 1) continue;
      const speaker = documentPhrase(ctx, k, s.tokStart);
      if (!speaker) continue;
      const cue: Cue = { speaker, cue: cueSpan, tokStart: k, tokEnd: from, according: false, verb };
      out.push(build(ctx, 'indirect', { start: t.start[from], end: t.end[end - 1] }, cue, null, null, 'quotes.indirect.document-participle'));
      k = end - 1;
    }
  }
  return out;
}

/** The longest phrase that ends with the document's noun right before the participle. */
function documentPhrase(ctx: QuoteContext, k: number, lo: number): Speaker | null {
  for (let a = Math.max(lo, k - 8); a < k; a++) {
    const sp = ctx.phraseAt(a, k);
    if (sp && sp.tokEnd === k) return sp;
  }
  const t = ctx.doc.tokens!;
  return { tokStart: k - 1, tokEnd: k, start: t.start[k - 1], end: t.end[k - 1], mention: null };
}

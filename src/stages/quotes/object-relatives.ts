/**
 * A speech or thought verb whose object is a relative pronoun before its subject: "what she
 * called a rant", "the leader that Mr. Trump so admires", "what the senators said was
 * gerrymandering". The pronoun stands for what was said or thought and is the content.
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { build, overlapsCue } from './build.js';
import type { QuoteContext } from './speakers.js';

const RELATIVES = new Set(['what', 'that', 'which']);

/** True when token r is a relative pronoun that can be a verb's object: "what" alone, "that"/"which" right after a noun. */
export function relativePronoun(ctx: QuoteContext, r: number, lo: number): boolean {
  const t = ctx.doc.tokens!;
  if (!RELATIVES.has(t.lower[r])) return false;
  return t.lower[r] === 'what' || (r > lo && [POS.NOUN, POS.PROPN].includes(t.pos[r - 1]));
}

/** Finds object-relative cues where no other quote's cue lies, inside another report too. */
export function findObjectRelatives(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const doc = ctx.doc;
  const t = doc.tokens!;
  const out: Quote[] = [];
  for (const s of doc.sentences!) {
    for (let r = s.tokStart; r < s.tokEnd - 2; r++) {
      if (!relativePronoun(ctx, r, s.tokStart) || inDirect(t.start[r])) continue;
      const cue = ctx.cueAt(r + 1, s.tokEnd);
      if (!cue || cue.according || !cue.verb || cue.speaker.tokStart !== r + 1 || cue.speaker.tokEnd - cue.speaker.tokStart > 5) continue;
      // "the voice that people hear": a verb that reports only with a clause reports nothing here.
      if (ctx.rules.clauseOnly.has(cue.verb) || !objectless(ctx, cue.tokEnd, s.tokEnd)) continue;
      const taken = [...found, ...out];
      if (overlapsCue(taken, cue.cue)) continue;
      out.push(build(ctx, 'indirect', { start: t.start[r], end: t.end[r] }, cue, null, null, 'quotes.indirect.object-relative'));
      r = cue.tokEnd - 1;
    }
  }
  return out;
}

/**
 * True when nothing after the verb can be its object, so the relative pronoun is: the clause ends
 * ("that Mr. Trump so admires.") or the main verb follows ("what they said was …").
 */
function objectless(ctx: QuoteContext, k: number, hi: number): boolean {
  const t = ctx.doc.tokens!;
  if (k >= hi) return true;
  // A quotation after the verb is a name it gives: "what he considers ''smart''".
  if (t.pos[k] === POS.PUNCT && !/^([“"‘']|'')$/.test(tokenText(ctx.doc, k))) return true;
  if (t.pos[k] === POS.AUX || (t.pos[k] === POS.VERB && !/ing$/.test(t.lower[k]))) return true;
  return false;
}

/**
 * Stances inside quotations: first-person pronouns stand for the speaker, and a predicate of
 * evaluative words ("A is a disgrace") gives the speaker a polarity toward its subject.
 */
import type { Doc, Mention, Stance } from '../../doc/types.js';
import { isNegated, type Clause } from '../../nlp/syntax.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { isHypothetical, ref } from './roles.js';
import type { CompiledSentiment } from './toward.js';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** '"We will never support Y," X said': first-person pronouns in a quotation stand for its speaker. */
export function withSpeakers(doc: Doc, bySentence: Mention[][]): Mention[][] {
  const t = doc.tokens!;
  for (const q of doc.quotes ?? []) {
    const entity = q.speaker ? doc.entities!.findIndex((e) => e.name === q.speaker!.name && e.actor === q.speaker!.code) : -1;
    if (entity < 0) continue;
    for (let i = 0; i < t.count && t.start[i] < q.content.end; i++) {
      if (t.start[i] < q.content.start || t.pos[i] !== POS.PRON || !FIRST_PERSON.has(t.lemma[i])) continue;
      const list = bySentence[t.sent[i]];
      if (list.some((m) => m.tokStart <= i && i < m.tokEnd)) continue;
      list.push({ start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, kind: 'pronoun', entity, rule: 'stances.speaker' });
      list.sort((a, b) => a.tokStart - b.tokStart);
    }
  }
  return bySentence;
}

/**
 * "The Smiths are excellent neighbours," said Jones: inside a quotation, a predicate of
 * evaluative words ("A is a disgrace", "A's plan poses risks") gives the speaker that
 * polarity toward the actors in its subject; a negated predicate counts against.
 */
export function quoteStances(doc: Doc, lex: CompiledSentiment, bySentence: Mention[][]): Stance[] {
  const t = doc.tokens!;
  const out: Stance[] = [];
  const inside = (i: number, q: { content: { start: number; end: number } }) => t.start[i] >= q.content.start && t.end[i] <= q.content.end;
  const isBreak = (i: number) => [',', '.', ';', ':', '—', '–'].includes(tokenText(doc, i)) || t.pos[i] === POS.SCONJ || t.pos[i] === POS.CCONJ;
  for (const q of doc.quotes ?? []) {
    if (!q.speaker) continue;
    for (let i = 0; i < t.count && t.start[i] < q.content.end; i++) {
      if ((t.pos[i] !== POS.AUX && t.pos[i] !== POS.VERB) || !inside(i, q)) continue;
      const sent = doc.sentences![t.sent[i]];
      const c: Clause = { doc, actors: bySentence[t.sent[i]], lo: sent.tokStart, hi: sent.tokEnd };
      // "Japan should not make wrong judgements" admonishes; it does not evaluate Japan.
      if (isHypothetical(c, i, lex.hypothetical) || lex.hypothetical.has(t.lemma[i])) continue;
      let from = i;
      while (from > c.lo && inside(from - 1, q) && !isBreak(from - 1)) from--;
      // The clause's first verb heads its predicate ("A is a disgrace", "A poses risks").
      if (from === i || Array.from({ length: i - from }, (_, n) => t.pos[from + n]).some((p) => p === POS.AUX || p === POS.VERB)) continue;
      let score = 0;
      let to = i + 1;
      for (; to < c.hi && to - i <= 8 && inside(to, q) && !isBreak(to); to++) {
        const value = lex.evaluative.get(t.lemma[to]) ?? lex.evaluative.get(tokenText(doc, to).toLowerCase()) ?? 0;
        score += isNegated({ ...c, lo: Math.max(c.lo, i - 1) }, to) ? -value : value;
      }
      if (score === 0) continue;
      const polarity: Stance['polarity'] = score > 0 ? 'support' : 'oppose';
      for (const m of c.actors) {
        if (m.tokStart < from || m.tokEnd > i || m.kind === 'pronoun' || doc.entities![m.entity].name === q.speaker.name) continue;
        const target = ref(doc, m);
        out.push({ holder: q.speaker, target, issue: target.name, polarity, evidence: { start: t.start[from], end: t.end[to - 1] }, rule: `stance.actor.quote.${polarity}` });
      }
    }
  }
  return out;
}

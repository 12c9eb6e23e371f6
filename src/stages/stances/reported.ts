/**
 * Reported opinions the quote stage leaves out: "X alleged Y is guilty", "X contends that Y's
 * plan is a disaster". The clause after a verb of asserting or believing is X's words.
 */
import type { Doc, Mention } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { endingAt, ref } from './mentions.js';
import type { Said } from './quoted.js';
import { controllerOf, subjectOf } from './subjects.js';

/** Verbs whose clause complement states the subject's own view. */
const ASSERTING = new Set(['allege', 'argue', 'contend', 'claim', 'insist', 'assert', 'maintain', 'believe', 'think', 'suggest', 'complain', 'charge', 'declare', 'conclude', 'find', 'feel', 'warn', 'suspect', 'state']);

/** Verbs that may name whom they address before "that": "warned lawmakers last month that …". */
const ADDRESSING = new Set(['warn', 'remind', 'assure', 'caution', 'convince']);

/** Clauses reported by an actor with a verb of asserting, from after "that" to the clause end. */
export function reportedClauses(doc: Doc, bySentence: Mention[][]): Said[] {
  const t = doc.tokens!;
  const out: Said[] = [];
  for (const [k, s] of doc.sentences!.entries()) {
    const c: Clause = { doc, actors: bySentence[k], lo: s.tokStart, hi: s.tokEnd };
    for (let i = s.tokStart; i < s.tokEnd - 3; i++) {
      // The tagger may read a past tense as an adjective: "X alleged Y is …".
      const past = t.pos[i] === POS.ADJ && /ed$/.test(t.lower[i]) && (ASSERTING.has(t.lower[i].slice(0, -1)) || ASSERTING.has(t.lower[i].slice(0, -2)));
      // ", warning lawmakers that …": the tagger may read the participle as a noun.
      const addressing = ADDRESSING.has(t.lemma[i]) || (t.pos[i] === POS.NOUN && tokenText(doc, i - 1) === ',' && ADDRESSING.has(t.lower[i].replace(/ing$/, '')));
      if (!past && !addressing && (t.pos[i] !== POS.VERB || !ASSERTING.has(t.lemma[i]))) continue;
      let from = i + 1;
      if (addressing) {
        // The addressee and a setting ("in an address last month") are short noun phrases;
        // "that" must follow them.
        let k = from;
        const nominal = (k: number) => [POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.NUM, POS.PRON].includes(t.pos[k]) ||
          (tokenText(doc, k) === '.' && t.pos[k - 1] === POS.PROPN) || ['in', 'at', 'on', 'during'].includes(t.lemma[k]);
        while (k < s.tokEnd && k - from < 12 && t.lemma[k] !== 'that' && nominal(k)) k++;
        if (t.lemma[k] !== 'that') continue;
        from = k;
      }
      if (t.lemma[from] === 'that') from++;
      // The complement must open with a clause subject, not an object or a preposition.
      if (![POS.DET, POS.PROPN, POS.NOUN, POS.PRON, POS.ADJ].includes(t.pos[from])) continue;
      // "Arguing that Y is guilty, X said …": an opening participle's doer follows it.
      const controller = past ? null : controllerOf(c, i);
      const speaker = past ? endingAt(c, i) : controller ?? subjectOf(c, i);
      if (!speaker || (speaker.tokStart >= i && !controller)) continue;
      let to = from;
      const end = speaker.tokStart > i ? speaker.tokStart : s.tokEnd;
      while (to < end && ![';', ':'].includes(tokenText(doc, to))) to++;
      out.push({ speaker: ref(doc, speaker), content: { start: t.start[from], end: t.end[to - 1] }, source: { start: speaker.start, end: speaker.end } });
    }
  }
  return out;
}

/** Appositions after a source that is no subject: "according to Lily Batchelder, a former tax aide, …". */
import { POS, tokenText } from '../../nlp/tokens.js';
import type { QuoteContext } from './speakers.js';

/** Determiners that open a description of the person named: "a former aide", "the head of …". */
const OPENERS = new Set(['a', 'an', 'the']);
/** Quantities open a clause's subject, not a description: "According to the poll, most voters, …". */
const QUANTITIES = new Set(['some', 'many', 'most', 'all', 'few', 'several', 'both', 'each']);
/** The longest apposition read this way, in tokens. */
const MAX_ASIDE = 25;

/**
 * The end (exclusive token index) of an apposition that starts with the comma at `k` and closes at
 * the next comma or at the end of the sentence, or null. An apposition opens with a determiner or a
 * plain noun or adjective ("a former aide", "head of the center", "senior fellow at …") and holds
 * no finite verb: "According to Smith, the plan would fail" has none. `opensSentence`: the source
 * phrase comes before what it attributes.
 */
export function appositionEnd(ctx: QuoteContext, k: number, hi: number, opensSentence: boolean): number | null {
  const t = ctx.doc.tokens!;
  if (tokenText(ctx.doc, k) !== ',' || k + 1 >= hi) return null;
  const first = k + 1;
  const lower = t.lower[first];
  const opens = OPENERS.has(lower) || ((t.pos[first] === POS.NOUN || t.pos[first] === POS.ADJ) && /^\p{Ll}/u.test(tokenText(ctx.doc, first)) && !QUANTITIES.has(lower));
  if (!opens) return null;
  let e = first;
  for (; e < hi && e - k <= MAX_ASIDE; e++) {
    const w = tokenText(ctx.doc, e);
    if (w === ',' || /^[.!?;:]$/.test(w)) break;
    if (t.pos[e] === POS.AUX || t.pos[e] === POS.CCONJ || t.pos[e] === POS.SCONJ || t.pos[e] === POS.PRON) return null;
    // A participle describes the noun before it ("an aide now teaching at …"); a finite verb makes a clause.
    // A past participle needs its phrase ("a fellow based in London"): "the driver fled the scene" is a clause.
    const participle = /ing$/.test(t.lower[e]) || (/ed$/.test(t.lower[e]) && [POS.ADP, POS.ADV].includes(t.pos[e + 1]));
    if (t.pos[e] === POS.VERB && !(participle && [POS.NOUN, POS.PROPN, POS.ADV].includes(t.pos[e - 1]))) return null;
  }
  // Before what it attributes, the apposition must close with a comma; after it, the sentence may end.
  if (e >= hi || e - k > MAX_ASIDE || e - first < 2 || (opensSentence && tokenText(ctx.doc, e) !== ',')) return !opensSentence && e >= hi && e - first >= 2 ? e : null;
  // Before the clause it introduces, the phrase is the clause's own subject when a relative follows:
  // "According to the report, [the president], who spoke on Monday, will resign."
  // "according to Craig Bryan, head of the center, and other scientists.": the others join the source.
  if (tokenText(ctx.doc, e) === ',' && ctx.lemma(e + 1) === 'and' && /^others?$/.test(t.lower[e + 2] ?? '')) {
    let o = e + 3;
    while (o < hi && o - e < 8 && [POS.NOUN, POS.ADJ].includes(t.pos[o])) o++;
    if (o >= hi || /^[.!?;]$/.test(tokenText(ctx.doc, o))) return o;
  }
  if (opensSentence && tokenText(ctx.doc, e) === ',' && /^(who|which|whose|that)$/.test(ctx.lemma(e + 1))) return null;
  return e;
}

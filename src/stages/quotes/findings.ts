/**
 * "Researchers found that …", "he added that …", "she maintains the charges are false" report;
 * "they found a way", "the state added a week", "the center maintains a program" name an act. A
 * verb that reports only a clause or a quotation says nothing when a plain object follows it.
 */
import type { Quote } from '../../doc/types.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { tokenAt } from './build.js';
import { cueLemma } from './misread.js';
import type { QuoteContext } from './speakers.js';

/** Inquiries whose finding is what they report: "a study found 31 cases". */
const INQUIRIES = new Set(['research', 'analysis', 'review', 'audit', 'investigation', 'inquiry', 'probe', 'experiment', 'test', 'census']);
/** Words that open a clause or a question after the verb. */
const OPENS = new Set(['that', 'whether', 'how', 'why', 'what', 'if', 'when', 'where', 'who', 'which']);

/** Drops indirect quotes whose clause-reporting cue takes a plain object. */
export function withoutPlainFindings(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !isPlainFinding(ctx, q));
}

function isPlainFinding(ctx: QuoteContext, q: Quote): boolean {
  const doc = ctx.doc;
  const t = doc.tokens!;
  if (q.kind !== 'indirect' || !q.cue || q.content.start < q.cue.end) return false;
  const v = tokenAt(doc, q.cue.end - 1);
  if (!ctx.rules.clauseReports.has(cueLemma(ctx, v) ?? ctx.lemma(v))) return false;
  let c = tokenAt(doc, q.content.start);
  const hi = doc.sentences![t.sent[c]].tokEnd;
  // "adding later, “NATO is …”": an adverbial may come before the words.
  while (c < hi && (t.pos[c] === POS.ADV || tokenText(doc, c) === ',')) c++;
  if (c >= hi || OPENS.has(t.lower[c]) || /^["“'‘]/.test(tokenText(doc, c))) return false;
  const object = ctx.phraseAt(c, hi);
  if (!object) return false;
  // "He added a note of caution": the object is itself something said.
  for (let k = object.tokStart; k < object.tokEnd; k++) if (t.pos[k] === POS.NOUN && ctx.rules.lightNouns.has(ctx.lemma(k))) return false;
  if (q.source && isInquiry(ctx, tokenAt(doc, q.source.start), v)) return false;
  let after = object.tokEnd;
  while (after < hi && t.pos[after] === POS.ADV) after++;
  // "found there had been …", "one study found Trump consistently rated …": a clause with its own verb;
  // "will find it difficult to …": a judgement on the object.
  return !(after < hi && [POS.VERB, POS.AUX, POS.ADJ].includes(t.pos[after]));
}

/** True when the source phrase before its first preposition names a study or a document. */
function isInquiry(ctx: QuoteContext, from: number, to: number): boolean {
  const t = ctx.doc.tokens!;
  for (let k = from; k < to && t.pos[k] !== POS.ADP; k++) {
    const lemma = ctx.lemma(k);
    if (t.pos[k] === POS.NOUN && (INQUIRIES.has(lemma) || ctx.rules.documents.has(lemma))) return true;
  }
  return false;
}

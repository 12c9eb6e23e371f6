/**
 * What the words around a capitalised name say about it. Sports copy names clubs after
 * places ("Surrey 429-7", "KANSAS CITY AT DETROIT", "Surrey captain") and lists athletes
 * with their country ("Jose Coceres ( Argentina ) 69"); news names people by initials.
 */
import type { Doc } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { isCapitalised, tokenText } from '../../nlp/tokens.js';

/** A score or a standings figure: "3", "429-7"; not a year, a date or "1,000". */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
/** Words a score goes on with: "199 and 426", "429 for seven", "80 not out". */
const SCORE_WORDS = new Set(['and', 'for', 'not', 'all']);
/** Between two sides in fixtures and results. */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.']);
const INITIAL = /^\p{Lu}\.$/u;
/** Date words lead numbers too ("July 15"), as do datelines ("LONDON 1996-08-30"). */
export const DATE_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const DATE = /^\d{4}(-\d\d){0,2}$/;
/** Cricket scorecards: "c Vaas b Chandana 56", "st Kaluwitharana". */
const DISMISSAL = new Set(['b', 'c', 'st', 'lbw']);

/**
 * True when the name at tokens [a, b) stands for a sports side: a score follows it ("Leyton
 * Orient 4 1 1", not "Sergiyev Posad 70 km" or "July 15"), it faces another name ("Surrey v
 * Kent", a fixture line "CHICAGO AT TORONTO"), or a playing role or club noun stands by it
 * ("Surrey captain", "first division side Nice").
 */
export function isTeamUse(doc: Doc, kb: KnowledgeBase, a: number, b: number, lo: number, hi: number): boolean {
  const t = doc.tokens!;
  const text = (k: number) => tokenText(doc, k);
  if (DATE_WORD.test(text(a)) || isPlaceUse(doc, a, b, hi)) return false;
  if (a - 1 >= lo && kb.names.teamNouns.has(t.lemma[a - 1])) return true;
  if (b < hi && SCORE.test(text(b)) && !(b + 1 < hi && /^\p{Ll}/u.test(text(b + 1)) && !SCORE_WORDS.has(text(b + 1)))) return true;
  if (b + 1 < hi && VERSUS.has(text(b)) && isCapitalised(doc, b + 1)) return true;
  if (a - 1 >= lo && VERSUS.has(text(a - 1))) return true;
  if (b < hi && kb.names.teamCues.has(t.lemma[b])) return true;
  return isFixtureLine(doc, lo, hi);
}

/**
 * True when the name at [a, b) is a place whatever it names elsewhere in the story: a date
 * follows it ("LONDON 1996-08-30", where the story was filed) or it is a fixture's venue
 * ("CHICAGO AT |TORONTO|").
 */
export function isPlaceUse(doc: Doc, a: number, b: number, hi: number): boolean {
  return (b < hi && DATE.test(tokenText(doc, b))) || (a > 0 && tokenText(doc, a - 1) === 'AT');
}

/** "KANSAS CITY AT DETROIT": a line of capitalised names around one "AT". */
function isFixtureLine(doc: Doc, lo: number, hi: number): boolean {
  let at = -1;
  for (let k = lo; k < hi; k++) {
    const w = tokenText(doc, k);
    if (w === 'AT' && at < 0 && k > lo && k < hi - 1) at = k;
    else if (!/^\p{Lu}[\p{Lu}.'-]*$/u.test(w)) return false;
  }
  return at >= 0;
}

/** True when the name at [a, b) is a person by its shape or company: "C. Lewis", "Jose Coceres ( Argentina )". */
export function isPersonUse(doc: Doc, kb: KnowledgeBase, a: number, b: number, hi: number): boolean {
  if (b - a > 1 && INITIAL.test(tokenText(doc, a))) return true;
  if (a > 0 && DISMISSAL.has(tokenText(doc, a - 1))) return true;
  // An athlete's country in brackets: a country name between "(" and ")".
  if (b - a < 2 || b + 2 >= hi || tokenText(doc, b) !== '(') return false;
  const at = doc.tokens!.start[b + 1];
  return kb.match(doc.text, at).some((e) => e.refs.some((r) => r.kind === 'country') && doc.text.slice(at + e.text.length).trimStart().startsWith(')'));
}

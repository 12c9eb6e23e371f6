/**
 * Clause-level readings for the event coder: whether a trigger states a fact (not a
 * condition or something demanded of someone), who a pronoun subject of a reported clause
 * is, and "X said Y must ..." demands.
 */
import type { Mention } from '../../doc/types.js';
import { isVerbal, POS, tokenText } from '../../nlp/tokens.js';
import { findSubject, firstAfter, isClauseBreak, NEGATORS, type Clause } from '../../nlp/syntax.js';

/** Words that open a condition: "unless Baghdad accepted", "if Hamas ran". */
const CONDITIONAL = new Set(['if', 'unless', 'until', 'lest', 'whether']);
/** Verbs and nouns whose "that" clause states what someone is asked to do. */
const DEMANDING = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'require', 'recommend', 'propose', 'suggest', 'order']);
/** Words whose "that" clause is disputed, not a fact: "denied that", "an allegation that". */
const DISPUTING = new Set(['deny', 'denial', 'allege', 'allegation', 'rumor', 'rumour', 'claim', 'accusation', 'suspicion', 'speculation']);
/** Nouns (not their verbs) whose "that" clause is unconfirmed: "a newspaper report that …". */
const DISPUTING_NOUNS = new Set(['report', 'reports']);
/** Adverbs that present an act as alleged, not established. */
const ALLEGING_ADVERBS = new Set(['allegedly', 'purportedly', 'supposedly', 'reputedly']);
/** Words whose "of"/"for"/"with" and a gerund name an act someone is accused of: "charged with providing". */
const CHARGING = new Set(['accuse', 'accusation', 'charge', 'suspect', 'suspicion', 'indict', 'allege', 'arrest', 'blame', 'detain', 'convict', 'sentence']);
/** Verbs whose object clause is a claim, with or without "that": "Bolton claims Trump asked". */
const CLAIMING = new Set(['claim', 'allege']);
/** Nouns whose "to"/"for" complement is what is asked or offered, not done. */
const PROPOSING = new Set(['appeal', 'call', 'demand', 'request', 'invitation', 'ultimatum', 'plea', 'proposal', 'offer', 'bid', 'pressure']);
/** Verbs that report a statement; a pronoun subject of their clause is usually the speaker. */
const REPORTING = new Set(['say', 'announce', 'declare', 'state', 'add', 'insist', 'claim', 'confirm', 'warn', 'vow', 'pledge', 'promise', 'indicate', 'tell', 'conclude', 'stress', 'reiterate', 'argue', 'believe', 'think', 'hope', 'threaten']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const TIME_WORD = /^(today|tonight|yesterday|tomorrow|now|(mon|tues|wednes|thurs|fri|satur|sun)day|earlier|later|again)$/i;

/** The first token of the verb chain that ends at the trigger: "has not been" ... "will". */
function chainStart(c: Clause, i: number): number {
  const t = c.doc.tokens!;
  let k = i;
  while (k - 1 >= c.lo && (t.pos[k - 1] === POS.ADV || t.pos[k - 1] === POS.AUX || NEGATORS.has(t.lemma[k - 1]))) k--;
  return k;
}

/** Skips "that", time words and "on Friday" backwards from k; returns the token before them. */
function skipBackComplementizer(c: Clause, k: number): number {
  const t = c.doc.tokens!;
  if (k >= c.lo && t.lemma[k] === 'that') k--;
  while (k >= c.lo && (TIME_WORD.test(tokenText(c.doc, k)) || t.pos[k] === POS.ADV)) {
    k--;
    if (k >= c.lo && t.lemma[k] === 'on') k--;
  }
  return k;
}

/**
 * True when the trigger sits in a condition ("unless Baghdad accepted its conditions") or
 * in a clause that says what someone is asked to do ("demanded that Mugabe abandon").
 */
export function isIrrealis(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  const plain = tokenText(c.doc, i).toLowerCase() === t.lemma[i];
  // A gerund opening a clause is its subject, an act talked about: "that removing the sanctions is out of the question".
  if (t.pos[i] === POS.VERB && /ing$/.test(tokenText(c.doc, i)) && (i === c.lo || (t.lemma[i - 1] === 'that' && t.pos[i - 1] !== POS.DET))) return true;
  if (isProposed(c, i)) return true;
  for (let k = i - 1; k >= c.lo && i - k <= 10; k--) {
    if (t.lemma[k] === 'that' && t.pos[k] !== POS.DET) {
      const v = skipBackComplementizer(c, k);
      // The subjunctive after a demand is the plain verb: "that Israel ease", not "eases".
      return v >= c.lo && ((plain && DEMANDING.has(t.lemma[v])) || isDisputed(c, v));
    }
    if (CONDITIONAL.has(t.lemma[k])) return true;
    const w = tokenText(c.doc, k);
    if (w === ',' || w === ';' || w === ':' || isClauseBreak(c, k)) break;
    // "before they demobilize": a plain present verb after "before" looks ahead.
    if (t.lemma[k] === 'before' && plain && t.pos[i] === POS.VERB) return true;
  }
  return false;
}

/** "an allegation by the Liberian Peace Council (LPC) that": a disputing word shortly before "that". */
function isDisputed(c: Clause, v: number): boolean {
  const t = c.doc.tokens!;
  for (let k = v; k >= c.lo && v - k <= 8; k--) {
    if (DISPUTING.has(t.lemma[k]) || (DISPUTING_NOUNS.has(t.lower[k]) && t.pos[k] === POS.NOUN)) return true;
    if (isVerbal(t, k)) return false;
  }
  return false;
}

/**
 * "dismissed an appeal from the president to lay down their arms", "a proposal for signing a
 * trade agreement": the act is what the appeal or proposal asks for.
 */
function isProposed(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  if (i - 2 < c.lo || (t.lemma[i - 1] !== 'to' && t.lemma[i - 1] !== 'for')) return false;
  for (let k = i - 2; k >= c.lo && i - k <= 8; k--) {
    if (isVerbal(t, k) || tokenText(c.doc, k) === ',') return false;
    if (PROPOSING.has(t.lemma[k]) && t.pos[k] === POS.NOUN) return true;
  }
  return false;
}

/** True when "unless" follows the trigger in its sentence: "will withdraw ... unless". */
export function hasCondition(c: Clause, end: number): boolean {
  const t = c.doc.tokens!;
  for (let k = end; k < c.hi; k++) if (t.lemma[k] === 'unless') return true;
  return false;
}

/**
 * "Nigeria announced that it will withdraw", "the farmers said on Friday they would": a
 * pronoun subject of a reported clause is the speaker. Returns the speaker mention or null.
 */
export function reportedSubject(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  const p = chainStart(c, i) - 1;
  if (p < c.lo || !SUBJECT_PRONOUNS.has(t.lemma[p]) || t.pos[p] !== POS.PRON) return null;
  if (c.actors.some((m) => m.tokStart === p)) return null;
  const v = skipBackComplementizer(c, p - 1);
  if (v < c.lo || !REPORTING.has(t.lemma[v]) || t.pos[v] !== POS.VERB) return null;
  return findSubject(c, v);
}

/**
 * "Russia said that Sudan must return the helicopter": the actor told what it must do, when
 * the clause after the trigger has that actor as subject of one of `modals`.
 */
export function modalComplementTarget(c: Clause, end: number, modals: string[]): Mention | null {
  const t = c.doc.tokens!;
  let k = end;
  while (k < c.hi && (TIME_WORD.test(tokenText(c.doc, k)) || t.pos[k] === POS.ADV || t.lemma[k] === 'on' || t.lemma[k] === 'that')) k++;
  const target = firstAfter(c, k, 3);
  if (!target) return null;
  for (let j = target.tokEnd; j < c.hi && j - target.tokEnd < 8; j++) {
    if (modals.includes(t.lemma[j]) || modals.includes(tokenText(c.doc, j).toLowerCase())) return target;
    // "the US and other developed nations must": a participle before a noun is an adjective.
    const adjectival = t.pos[j] === POS.VERB && [POS.DET, POS.ADJ, POS.CCONJ].includes(t.pos[j - 1]) && t.pos[j + 1] === POS.NOUN;
    if ((t.pos[j] === POS.VERB && !adjectival) || isClauseBreak(c, j) || tokenText(c.doc, j) === ',') return null;
  }
  return null;
}

/** CAMEO roots of acts done to a place, whose target may be where they happen. */
const PLACE_ROOTS = new Set(['02', '07', '08', '12', '13', '14', '15', '16', '17', '18', '19', '20']);

/**
 * "imposed a curfew in Algiers", "refused to deploy peacekeepers in Iraq": for acts done to a
 * place, the country or place named with "in" in the object phrase, when no actor is the target.
 */
export function placeTarget(c: Clause, cameo: string, end: number): Mention | null {
  if (!PLACE_ROOTS.has(cameo.slice(0, 2))) return null;
  const t = c.doc.tokens!;
  for (let k = end; k < c.hi && k - end < 8; k++) {
    if (isClauseBreak(c, k) || tokenText(c.doc, k) === ',' || t.pos[k] === POS.SCONJ || CONDITIONAL.has(t.lemma[k])) return null;
    if (t.lemma[k] !== 'in' && t.lemma[k] !== 'into') continue;
    let j = k + 1;
    while (j < c.hi && (t.pos[j] === POS.DET || t.pos[j] === POS.ADJ)) j++;
    const m = c.actors.find((a) => a.tokStart === j);
    const kind = m ? c.doc.entities![m.entity].kind : null;
    return m && (kind === 'country' || kind === 'location') ? m : null;
  }
  return null;
}

/**
 * "demonstrations against the rights violations by the Israeli military", "in defiance of
 * Chinese authorities": whom a protest is against.
 */
export function againstTarget(c: Clause, end: number): Mention | null {
  const t = c.doc.tokens!;
  for (let k = end; k < c.hi && k - end < 12; k++) {
    if (isClauseBreak(c, k) || tokenText(c.doc, k) === ',') return null;
    if (t.lemma[k] === 'against') return firstAfter(c, k + 1, 8);
    if (t.lemma[k] === 'defiance' && t.lemma[k + 1] === 'of') return firstAfter(c, k + 2, 8);
  }
  return null;
}

/** "threatened to stop talks if the United States goes ahead": the party the condition is put to. */
export function conditionParty(c: Clause, end: number): Mention | null {
  const t = c.doc.tokens!;
  for (let k = end; k < c.hi; k++) {
    if (t.lemma[k] === 'if' || t.lemma[k] === 'unless') return firstAfter(c, k + 1, 4);
  }
  return null;
}

/**
 * True when the act is only alleged: "allegedly providing", "charged with providing",
 * "Bolton claims Trump asked", "claimed to have killed".
 */
export function isAlleged(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  const start = chainStart(c, i);
  for (let k = start; k < i; k++) if (ALLEGING_ADVERBS.has(t.lower[k])) return true;
  if (i + 1 < c.hi && ALLEGING_ADVERBS.has(t.lower[i + 1])) return true;
  if (/ing$/.test(tokenText(c.doc, i)) && start - 1 >= c.lo && ['of', 'for', 'with'].includes(t.lemma[start - 1])) {
    for (let j = start - 2; j >= c.lo && start - j <= 7; j--) {
      if (CHARGING.has(t.lemma[j])) return true;
      if (t.pos[j] === POS.PUNCT || isClauseBreak(c, j)) break;
    }
  }
  // "claimed to have killed": the claim's own complement.
  let k = start - 1;
  while (k >= c.lo && (t.lemma[k] === 'have' || t.lemma[k] === 'be')) k--;
  if (k - 1 >= c.lo && t.lemma[k] === 'to' && CLAIMING.has(t.lemma[k - 1])) return true;
  // "Bolton claims Trump asked": the clause's subject follows a claiming verb.
  const subject = c.actors.find((m) => m.tokEnd === start);
  if (!subject) return false;
  const v = skipBackComplementizer(c, subject.tokStart - 1);
  // The tagger may read "claims" as a noun here.
  return v >= c.lo && CLAIMING.has(t.lemma[v]) && (isVerbal(t, v) || t.pos[v] === POS.NOUN);
}

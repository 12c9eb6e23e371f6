/** Compiles the event rules' `match` strings and matches them against lemmas. */
import type { Doc } from '../../doc/types.js';
import { isCapitalised, POS } from '../../nlp/tokens.js';

export interface EventRule {
  id: string;
  cameo: string;
  /** Code of the reverse event the same words state (target to source). */
  reciprocal?: string;
  match: string;
  /** "after": the first actor after the match ("received money from X"). */
  source: 'subject' | 'possessor' | 'after';
  /** "subject": the verb's subject is the target (with source "after"). */
  target: 'after' | 'none' | 'subject';
  noTarget?: boolean;
  requireObjectActor?: boolean;
  objectKinds?: string[];
  objectWords?: string[];
  /** Codes intentions and threats stated with a modal or in the future. */
  future?: boolean;
  /** Coordinated subjects are each other's targets (a ceasefire, a clash). */
  mutual?: boolean;
  /** "said that Sudan must return ...": coded only when the clause after the trigger has an
   * actor as the subject of one of these modals; that actor is the target. */
  complementModal?: string[];
  /** Object nouns that point back to an earlier event, whose parties become the target. */
  eventAnaphor?: { nouns: string[]; roots: string[] };
}

type Element = { words: Set<string>; optional: boolean; head: boolean } | { gap: number; crossesClauses: boolean };

export interface CompiledRule extends EventRule {
  elements: Element[];
  /** The match states a negation ("did not * clash"): the rule codes the negated act itself. */
  statesNegation: boolean;
  /** Word sets after the first element that a match cannot do without: a sentence lacking one is skipped unmatched. */
  required: Array<Set<string>>;
}

const GAP = 3;
const NEGATIONS = ['not', "n't", 'never', 'no'];
const FUTURE = new Set(['will', 'would', 'shall']);

/**
 * Parses "speak|talk by|over phone with" into elements. `*` allows up to three words
 * (never punctuation) between two elements, `*8` up to eight. `@` marks the head word, whose
 * subject, tense and negation count, when words come before it: "did * not * @clash".
 * Without a mark the first word is the head.
 */
export function compileRule(rule: EventRule): CompiledRule {
  const elements: Element[] = rule.match.trim().split(/\s+/).map((part) => {
    if (part === '*') return { gap: GAP, crossesClauses: false };
    if (/^\*\d+$/.test(part)) return { gap: Number(part.slice(1)), crossesClauses: true };
    const head = part.startsWith('@');
    const optional = part.endsWith('?');
    const words = part.slice(head ? 1 : 0, optional ? -1 : undefined).split('|');
    return { words: new Set(words), optional, head };
  });
  const statesNegation = elements.some((el) => 'words' in el && NEGATIONS.some((w) => el.words.has(w)));
  const words = elements.filter((el): el is Extract<Element, { words: Set<string> }> => 'words' in el);
  const required = words.slice(1).filter((el) => !el.optional).map((el) => el.words);
  return { ...rule, elements, statesNegation, required };
}

/** True when the sentence's words (lemmas and lower-cased forms) hold every word set the rule requires. */
export function mayMatch(rule: CompiledRule, sentenceWords: Set<string>): boolean {
  return rule.required.every((set) => {
    for (const w of set) if (sentenceWords.has(w)) return true;
    return false;
  });
}

/** Words that can start a match of the rule, for indexing. */
export function firstWords(rule: CompiledRule): string[] {
  const out: string[] = [];
  for (const el of rule.elements) {
    if ('gap' in el) continue;
    out.push(...el.words);
    if (!el.optional) break;
  }
  return out;
}

/**
 * Matches `rule` at token `i`; returns one past the last matched token, or -1. Each
 * element compares with the token's lemma or its lower-case form.
 */
export function matchAt(doc: Doc, rule: CompiledRule, i: number, hi: number): number {
  return matchSpan(doc, rule, i, hi)?.end ?? -1;
}

/** Where a rule matched: one past its last token, its head word's token, and how many words matched as written. */
export interface RuleMatch {
  end: number;
  head: number;
  /** Words matched by their form ("left") rather than only their lemma ("leave"): a rule naming the form is more specific. */
  forms: number;
}

/** Matches `rule` at token `i`, or null. */
export function matchSpan(doc: Doc, rule: CompiledRule, i: number, hi: number): RuleMatch | null {
  const t = doc.tokens!;
  const lower = (k: number) => t.lower[k];
  const opensClause = (k: number) => (t.lemma[k] === 'that' && t.pos[k] === POS.SCONJ) || (t.pos[k] === POS.AUX && FUTURE.has(t.lemma[k]));
  // ", UNHCR ,": one to three capitalised names between commas; the token after them, or -1.
  const appositionEnd = (k: number): number => {
    if (k === i || lower(k) !== ',') return -1;
    let j = k + 1;
    while (j < hi && j - k <= 3 && t.pos[j] === POS.PROPN && isCapitalised(doc, j)) j++;
    return j > k + 1 && j < hi && lower(j) === ',' ? j + 1 : -1;
  };
  const step = (e: number, k: number, head: number, forms: number): RuleMatch | null => {
    if (e === rule.elements.length) return { end: k, head, forms };
    const el = rule.elements[e];
    if ('gap' in el) {
      for (let at = k, words = 0; ; words++) {
        const r = step(e + 1, at, head, forms);
        if (r) return r;
        if (words >= el.gap || at >= hi) return null;
        // "forced the agency, UNHCR, out": a name set off by commas is skipped whole.
        const apposed = appositionEnd(at);
        if (apposed > 0) {
          at = apposed;
          continue;
        }
        // `*` does not run into a new clause ("announced that it will boycott" is not
        // "announce * boycott"); `*N`, as in TABARI, may.
        if (t.pos[at] === POS.PUNCT || (!el.crossesClauses && opensClause(at))) return null;
        at++;
      }
    }
    const form = k < hi && el.words.has(lower(k));
    if (form || (k < hi && el.words.has(t.lemma[k]))) {
      const r = step(e + 1, k + 1, el.head ? k : head, forms + (form ? 1 : 0));
      if (r) return r;
    }
    return el.optional ? step(e + 1, k, head, forms) : null;
  };
  return step(0, i, i, 0);
}

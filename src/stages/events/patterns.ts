/** Compiles the event rules' `match` strings and matches them against lemmas. */
import type { Doc } from '../../doc/types.js';
import { POS } from '../../nlp/tokens.js';

export interface EventRule {
  id: string;
  cameo: string;
  match: string;
  source: 'subject' | 'possessor';
  target: 'after' | 'none';
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

type Element = { words: Set<string>; optional: boolean } | { gap: number };

export interface CompiledRule extends EventRule {
  elements: Element[];
}

const GAP = 3;
const FUTURE = new Set(['will', 'would', 'shall']);

/** Parses "speak|talk by|over phone with" into elements. */
export function compileRule(rule: EventRule): CompiledRule {
  const elements: Element[] = rule.match.trim().split(/\s+/).map((part) => {
    if (part === '*') return { gap: GAP };
    const optional = part.endsWith('?');
    const words = (optional ? part.slice(0, -1) : part).split('|');
    return { words: new Set(words), optional };
  });
  return { ...rule, elements };
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
  const t = doc.tokens!;
  const lower = (k: number) => doc.text.slice(t.start[k], t.end[k]).toLowerCase();
  const opensClause = (k: number) => (t.lemma[k] === 'that' && t.pos[k] === POS.SCONJ) || (t.pos[k] === POS.AUX && FUTURE.has(t.lemma[k]));
  const hits = (el: { words: Set<string> }, k: number) => k < hi && (el.words.has(t.lemma[k]) || el.words.has(lower(k)));
  const step = (e: number, k: number): number => {
    if (e === rule.elements.length) return k;
    const el = rule.elements[e];
    if ('gap' in el) {
      for (let g = 0; g <= el.gap && k + g <= hi; g++) {
        // A gap does not run into a new clause: "announced that it will boycott" is not "announce * boycott".
        if (g > 0 && (t.pos[k + g - 1] === POS.PUNCT || opensClause(k + g - 1))) break;
        const r = step(e + 1, k + g);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (hits(el, k)) {
      const r = step(e + 1, k + 1);
      if (r >= 0) return r;
    }
    return el.optional ? step(e + 1, k) : -1;
  };
  return step(0, i);
}

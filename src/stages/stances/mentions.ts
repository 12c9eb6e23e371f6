/**
 * Mentions around a cue: the one starting or ending at a token, the name a title introduces
 * and the organisation a titled name speaks for ("NATO chief John Smith" → NATO).
 */
import type { ActorRef, Doc, Mention } from '../../doc/types.js';
import type { Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';

export function ref(doc: Doc, m: Mention): ActorRef {
  const e = doc.entities![m.entity];
  return { code: e.actor, name: e.name };
}

/** The mention starting at token k, or ending just before it. */
export const startingAt = (c: Clause, k: number) => c.actors.find((m) => m.tokStart === k) ?? null;
export const endingAt = (c: Clause, k: number) => c.actors.find((m) => m.tokEnd === k) ?? null;
export const isPossessiveMark = (c: Clause, k: number) => /^['’]s?$/.test(tokenText(c.doc, k));

/** "Smith (D-Iowa)": a mention inside a short parenthesis, and the mention the parenthesis follows. */
export function parenthesised(c: Clause, m: Mention): Mention | null {
  let open = m.tokStart - 1;
  while (open > c.lo && m.tokStart - open < 4 && tokenText(c.doc, open) !== '(' && tokenText(c.doc, open) !== ')') open--;
  let close = m.tokEnd;
  while (close < c.hi && close - m.tokEnd < 4 && tokenText(c.doc, close) !== ')' && tokenText(c.doc, close) !== '(') close++;
  return tokenText(c.doc, open) === '(' && tokenText(c.doc, close) === ')' ? endingAt(c, open) : null;
}

/**
 * The actor a participle at token i modifies: "Y, praised by X", "Y praised by X", or the
 * actor qualifying its head noun, "Y insurgents deemed moderate by X".
 */
export function participleHead(c: Clause, i: number): Mention | null {
  const direct = endingAt(c, i) ?? (tokenText(c.doc, i - 1) === ',' ? endingAt(c, i - 1) : null);
  if (direct) return direct;
  const t = c.doc.tokens!;
  let k = i;
  while (k > c.lo && i - k < 2 && t.pos[k - 1] === POS.NOUN && !isCapitalised(c.doc, k - 1)) k--;
  return k < i ? endingAt(c, k) : null;
}

/** The name a title phrase opened by actor m introduces ("NATO chief John Smith"), else m. */
export function titledName(c: Clause, m: Mention): Mention {
  const t = c.doc.tokens!;
  let k = m.tokEnd;
  while (k < c.hi && k - m.tokEnd < 3 && (t.pos[k] === POS.NOUN || t.pos[k] === POS.PROPN || t.pos[k] === POS.ADJ) && !startingAt(c, k)) k++;
  const name = startingAt(c, k);
  // A titled mention may begin with the title itself: "Greenpeace |spokesman John Smith|"; a
  // party or nation word may title a name directly: "Republican Peter King".
  const adjacent = k === m.tokEnd && m.tokEnd - m.tokStart === 1 && m.kind === 'name' && isCapitalised(c.doc, m.tokStart);
  return name && (name.kind === 'title' || ((k > m.tokEnd || adjacent) && name.kind === 'name')) ? name : m;
}

/** The actor whose title introduces m ("BBC presenter John Smith" → BBC), if any. */
export function affiliationOf(c: Clause, m: Mention): Mention | null {
  const titled = c.actors.find((a) => a.tokEnd <= m.tokStart && a.tokEnd + 3 >= m.tokStart && a.entity !== m.entity && titledName(c, a) === m);
  const org = titled ?? possessedTitle(c, m) ?? titleOf(c, m);
  // "French film icon Brigitte Bardot" is French, not France's voice: a nationality speaks only
  // through a person coded as one of its country's actors ("Japanese Foreign Minister X", JPNGOV).
  const entities = c.doc.entities!;
  const country = org && org.kind === 'adjective' && org.entity >= 0 && entities[org.entity].kind === 'country' ? entities[org.entity].actor : null;
  return country && !(m.entity >= 0 && entities[m.entity].actor?.startsWith(country)) ? null : org;
}

const isTitleNoun = (c: Clause, k: number) => (c.doc.tokens!.pos[k] === POS.NOUN || c.doc.tokens!.pos[k] === POS.ADJ) && !isCapitalised(c.doc, k);

/** Nouns of a relation between two parties, not of an office one holds for the other. */
const RELATIONS = new Set(['rival', 'opponent', 'challenger', 'critic', 'foe', 'enemy', 'nemesis', 'ally', 'friend', 'successor', 'predecessor',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'partner', 'victim', 'accuser']);

/** "Puerto Rico's governor, John Smith" → Puerto Rico (or the title, when it is a mention of its own). */
function possessedTitle(c: Clause, m: Mention): Mention | null {
  if (m.kind === 'pronoun' || tokenText(c.doc, m.tokStart - 1) !== ',') return null;
  const title = endingAt(c, m.tokStart - 1);
  if (title && title.kind === 'title' && title.entity !== m.entity) return title;
  let k = m.tokStart - 2;
  // "Sanders' rival, Hillary Clinton": a relation to the owner is no office held for it.
  if (RELATIONS.has(c.doc.tokens!.lemma[k])) return null;
  while (k > c.lo && m.tokStart - k <= 5 && isTitleNoun(c, k)) k--;
  if (k === m.tokStart - 2 || !isPossessiveMark(c, k)) return null;
  const owner = endingAt(c, k);
  return owner && owner.entity !== m.entity ? owner : null;
}

/** "John Smith, director general of the Joint Council," → the Joint Council. */
function titleOf(c: Clause, m: Mention): Mention | null {
  const t = c.doc.tokens!;
  if (m.kind === 'pronoun' || tokenText(c.doc, m.tokEnd) !== ',') return null;
  let k = m.tokEnd + 1;
  if (t.pos[k] === POS.DET) k++;
  const from = k;
  while (k < c.hi && k - from < 4 && isTitleNoun(c, k)) k++;
  if (k === from || !(t.lemma[k] === 'of' || t.lemma[k] === 'at')) return null;
  const org = startingAt(c, k + 1) ?? (t.lemma[k + 1] === 'the' ? startingAt(c, k + 2) : null);
  return org && org.entity !== m.entity ? org : null;
}


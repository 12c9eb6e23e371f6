/**
 * The parties to an event: the subject and the actors coordinated with it, the target and
 * its coordinates, owners, and the target an act has when the text names none.
 */
import type { ActorRef, Mention } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { findSubject, isClauseBreak, isPossessivePronoun, type Clause } from '../../nlp/syntax.js';

const POSSESSIVE_OWNERS = new Set(['its', 'their']);

/** Skips back over the determiners and adjectives before token `k + 1`: "the evil awful Gondor". */
function modifiersBefore(ctx: Clause, k: number): number {
  const t = ctx.doc.tokens!;
  while (k > ctx.lo && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ)) k--;
  return k;
}

/** The subject and the actors coordinated with it: "India and Pakistan agreed", "Chile, the US and Peru". */
export function coordinated(ctx: Clause, m: Mention): Mention[] {
  const out = [m];
  let head = m;
  let listed = false;
  for (;;) {
    let k = modifiersBefore(ctx, head.tokStart - 1);
    if (k <= ctx.lo) break;
    const w = tokenText(ctx.doc, k);
    // "Moscow, the Russian ministry" is an apposition, "Unlike Biden, Trump won" an opening
    // phrase; "Chile, the UK and the US" a list, whose last member follows "and".
    if (w !== 'and' && (w !== ',' || !listed)) break;
    if (w === 'and') listed = true;
    if (w === 'and' && tokenText(ctx.doc, k - 1) === ',') k--;
    const prev = ctx.actors.find((a) => a.tokEnd === k);
    if (!prev) break;
    out.unshift(prev);
    head = prev;
  }
  return out;
}

/** The target and the actors coordinated after it: "ties with Chile, Peru and the US". */
export function coordinatedAfter(ctx: Clause, m: Mention): Mention[] {
  const t = ctx.doc.tokens!;
  const out = [m];
  let k = m.tokEnd;
  for (;;) {
    if (tokenText(ctx.doc, k) === ',') k++;
    const and = tokenText(ctx.doc, k) === 'and';
    if (!and && tokenText(ctx.doc, k - 1) !== ',') break;
    if (and) k++;
    while (k < ctx.hi && (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ)) k++;
    const next = ctx.actors.find((a) => a.tokStart === k && a.kind !== 'pronoun');
    if (!next) break;
    out.push(next);
    k = next.tokEnd;
  }
  return out;
}

/** End offset of the object phrase after a trigger: up to a comma or clause break, 12 words at most. */
export function objectEnd(ctx: Clause, from: number): number {
  const t = ctx.doc.tokens!;
  let k = from;
  while (k < ctx.hi && k - from < 12 && tokenText(ctx.doc, k) !== ',' && !isClauseBreak(ctx, k)) k++;
  while (k > from && t.pos[k - 1] === POS.PUNCT) k--;
  return k > from ? t.end[k - 1] : t.end[from - 1];
}

/** "reiterated its demand": a possessive pronoun before the noun stands for the clause's subject. */
export function possessivePronounOwner(ctx: Clause, i: number): Mention | null {
  const t = ctx.doc.tokens!;
  let k = i - 1;
  while (k > ctx.lo && t.pos[k] === POS.ADJ) k--;
  if (k <= ctx.lo || !POSSESSIVE_OWNERS.has(t.lemma[k])) return null;
  return findSubject(ctx, k);
}

/** "China's plan", "the Chinese plan": an actor named as the owner of a thing. */
export function isOwner(ctx: Clause, m: Mention): boolean {
  return m.kind === 'adjective' || (m.tokEnd < ctx.hi && /^['’]s?$/.test(tokenText(ctx.doc, m.tokEnd)));
}

/** "forced the UN refugee agency out": an actor inside a pattern's gap is its target. */
export function inside(ctx: Clause, i: number, end: number, sources: Mention[]): Mention | null {
  return ctx.actors.find((m) => m.tokStart > i && m.tokEnd <= end && !isPossessivePronoun(ctx, m) && !sources.includes(m)) ?? null;
}

/**
 * A protest with no one named against it is taken as aimed at the protesters' own
 * government ("opposition parties in Nepal organized a general strike"), repression as
 * aimed at the source's own country ("Turkish police prevented the demonstration").
 */
export function domesticTarget(kb: KnowledgeBase, src: ActorRef, sector: string): ActorRef | null {
  const country = src.code ? kb.countries.get(src.code.slice(0, 3)) : undefined;
  if (!country || (sector && src.code!.slice(3).startsWith(sector))) return null;
  return { code: `${country.code}${sector}`, name: sector === 'GOV' ? `government of ${country.name}` : country.name };
}

export function firstBefore(ctx: Clause, before: number): Mention | null {
  return ctx.actors.find((m) => m.tokEnd <= before && m.kind !== 'pronoun') ?? null;
}

/**
 * events: CAMEO events from the rules in data/rules/events.json. A rule matches the
 * trigger words; the source is the actor the verb is said of (or the possessor of a noun
 * such as "imposition"), the target the first actor after the trigger in its clause.
 * Negated triggers and questions are not coded; an actor is not its own target.
 */
import type { ActorRef, Doc, Event, Mention, Span } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { Stage } from '../../pipeline/index.js';
import { isVerbal, POS, tokenText } from '../../nlp/tokens.js';
import { compileRule, firstWords, matchAt, type CompiledRule, type EventRule } from './patterns.js';

export interface EventRules {
  version: string;
  rules: EventRule[];
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const TARGET_WINDOW = 15;

/** Creates the event stage; rules compile once here. */
export function createEventsStage(kb: KnowledgeBase, data: EventRules): Stage {
  const rules = data.rules.map(compileRule);
  for (const r of rules) if (!kb.cameo.has(r.cameo)) throw new Error(`event rule ${r.id}: unknown CAMEO code ${r.cameo}`);
  const index = new Map<string, CompiledRule[]>();
  for (const r of rules) for (const w of firstWords(r)) index.set(w, [...(index.get(w) ?? []), r]);
  return {
    name: 'events',
    version: `1+${data.version}+${kb.versions.cameo}`,
    requires: ['tokens', 'sentences', 'mentions', 'entities'],
    assigns: ['events'],
    run(doc: Doc) {
      doc.events = codeEvents(doc, kb, index);
    },
  };
}

interface Ctx {
  doc: Doc;
  /** Mentions of one sentence that resolve to an actor code, in text order. */
  actors: Mention[];
  lo: number;
  hi: number;
}

function codeEvents(doc: Doc, kb: KnowledgeBase, index: Map<string, CompiledRule[]>): Event[] {
  const t = doc.tokens!;
  const entities = doc.entities!;
  const bySentence: Mention[][] = doc.sentences!.map(() => []);
  for (const m of doc.mentions!) {
    if (m.entity >= 0 && entities[m.entity].actor) bySentence[t.sent[m.tokStart]].push(m);
  }
  const events: Event[] = [];
  const seen = new Map<string, Event>();
  for (const [k, s] of doc.sentences!.entries()) {
    if (/\?["”’]?$/.test(doc.text.slice(s.start, s.end))) continue;
    const ctx: Ctx = { doc, actors: bySentence[k], lo: s.tokStart, hi: s.tokEnd };
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const candidates = index.get(t.lemma[i]) ?? index.get(tokenText(doc, i).toLowerCase());
      if (!candidates) continue;
      let best: { rule: CompiledRule; end: number } | null = null;
      for (const rule of candidates) {
        const end = matchAt(doc, rule, i, s.tokEnd);
        if (end > i && (!best || end > best.end)) best = { rule, end };
      }
      if (!best) continue;
      const ev = buildEvent(ctx, kb, best.rule, i, best.end, k);
      if (!ev) continue;
      const key = `${ev.date}|${ev.source.code}|${ev.target?.code ?? ''}|${ev.cameo}`;
      const prev = seen.get(key);
      if (prev) prev.evidence.push(...ev.evidence);
      else {
        seen.set(key, ev);
        events.push(ev);
      }
      i = best.end - 1;
    }
  }
  return events;
}

function refOf(doc: Doc, m: Mention): ActorRef {
  const e = doc.entities![m.entity];
  return { code: e.actor, name: e.name };
}

/** True when the tokens right after the mention are a finite verb chain ("also spoke", "has criticized"). */
function isSubject(ctx: Ctx, m: Mention): boolean {
  const t = ctx.doc.tokens!;
  let k = m.tokEnd;
  if (k < ctx.hi && tokenText(ctx.doc, k) === ',') {
    // An apposition: "Wang Yi, China's foreign minister, said".
    let j = k + 1;
    while (j < ctx.hi && j - k < 10 && tokenText(ctx.doc, j) !== ',') j++;
    if (j < ctx.hi && j - k < 10) k = j + 1;
  }
  while (k < ctx.hi && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX || NEGATORS.has(t.lemma[k]))) k++;
  if (k >= ctx.hi) return false;
  if (k > m.tokEnd && t.pos[k - 1] === POS.AUX) return true;
  return t.pos[k] === POS.VERB;
}

function isPossessivePronoun(ctx: Ctx, m: Mention): boolean {
  return m.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(ctx.doc.tokens!.lemma[m.tokStart]);
}

function findSubject(ctx: Ctx, before: number): Mention | null {
  for (let k = ctx.actors.length - 1; k >= 0; k--) {
    const m = ctx.actors[k];
    if (m.tokEnd > before || isPossessivePronoun(ctx, m)) continue;
    if (isSubject(ctx, m)) return m;
  }
  return null;
}

function firstAfter(ctx: Ctx, from: number, window = TARGET_WINDOW): Mention | null {
  const t = ctx.doc.tokens!;
  for (const m of ctx.actors) {
    if (m.tokStart < from || isPossessivePronoun(ctx, m)) continue;
    if (m.tokStart - from > window) return null;
    // A clause boundary ends the search: ";" or a coordinated verb ("and proposes").
    for (let k = from; k < m.tokStart; k++) {
      const w = tokenText(ctx.doc, k);
      if (w === ';' || w === ':' || (t.pos[k] === POS.CCONJ && isVerbal(t, k + 1))) return null;
    }
    return m;
  }
  return null;
}

/** "the U.S. imposition of ...", "Russia's agreement with ...", or "... by the D.P.R.K.". */
function findPossessor(ctx: Ctx, trigger: number, end: number): Mention | null {
  const doc = ctx.doc;
  let k = trigger - 1;
  if (k >= ctx.lo && /^['’]s?$/.test(tokenText(doc, k))) k--;
  const before = ctx.actors.find((m) => m.tokEnd - 1 === k && !isPossessivePronoun(ctx, m));
  if (before) return before;
  for (let j = end; j < Math.min(ctx.hi, end + 4); j++) {
    if (doc.tokens!.lemma[j] === 'by') return firstAfter(ctx, j + 1, 3);
  }
  return null;
}

function isPassive(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens!;
  const be = i - 1 >= ctx.lo && t.lemma[i - 1] === 'be' ? i - 1 : i - 2 >= ctx.lo && t.lemma[i - 2] === 'be' && t.pos[i - 1] === POS.ADV ? i - 2 : -1;
  return be >= 0 && /(ed|en)$/.test(tokenText(ctx.doc, i));
}

function buildEvent(ctx: Ctx, kb: KnowledgeBase, rule: CompiledRule, i: number, end: number, sentence: number): Event | null {
  const doc = ctx.doc;
  const t = doc.tokens!;
  for (let k = Math.max(ctx.lo, i - 3); k < i; k++) if (NEGATORS.has(t.lemma[k])) return null;
  // A gerund after "of"/"the" is a noun ("the act of launching missiles by X").
  const prev = i > ctx.lo ? t.lemma[i - 1] : '';
  const nominal = rule.source === 'possessor' || (/ing$/.test(tokenText(doc, i)) && (prev === 'of' || prev === 'the'));
  if (!nominal && t.pos[i] !== POS.VERB && t.pos[i] !== POS.ADJ && t.pos[i] !== POS.AUX) return null;

  let source: Mention | null;
  let target: Mention | null = rule.target === 'none' ? null : firstAfter(ctx, end);
  if (nominal) source = findPossessor(ctx, i, end);
  else if (isPassive(ctx, i)) {
    const by = t.lemma[end] === 'by' ? firstAfter(ctx, end + 1, 4) : null;
    source = by;
    target = findSubject(ctx, i);
  } else source = findSubject(ctx, i);
  if (!source) return null;
  if (rule.objectWords && !Array.from({ length: 4 }, (_, k) => t.lemma[end + k]).some((w) => rule.objectWords!.includes(w))) return null;
  const src = refOf(doc, source);
  let tgt = target ? refOf(doc, target) : null;
  if (tgt && rule.objectKinds && !rule.objectKinds.includes(doc.entities![target!.entity].kind)) tgt = null;
  // An actor is not its own target: "China urged adoption of China's plan".
  if (tgt && src.code && tgt.code && src.code.slice(0, 3) === tgt.code.slice(0, 3)) tgt = null;
  if (!tgt && (rule.requireObjectActor || !rule.noTarget)) return null;
  const code = kb.cameo.get(rule.cameo)!;
  const trigger: Span = { start: t.start[i], end: t.end[end - 1] };
  const from = Math.min(trigger.start, source.tokStart >= i - 12 ? source.start : trigger.start);
  const to = Math.max(trigger.end, tgt && target ? target.end : trigger.end);
  return {
    cameo: code.code,
    plover: code.plover,
    quad: code.quad,
    goldstein: code.goldstein,
    source: src,
    target: tgt,
    date: doc.meta.date,
    evidence: [{ start: from, end: to }],
    trigger,
    sentence,
    rule: rule.id,
  };
}

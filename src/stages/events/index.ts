/**
 * events: CAMEO events from the rules in data/rules/events.json. A rule matches the
 * trigger words; the source is the actor the verb is said of (or the possessor of a noun
 * such as "imposition"), the target the first actor after the trigger in its clause.
 * Negated triggers and questions are not coded; an actor is not its own target.
 */
import type { ActorRef, DateMention, Doc, Event, Mention, Span } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { Stage } from '../../pipeline/index.js';
import { findDates } from '../../nlp/dates.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { actorMentionsBySentence, findPossessor, findSubject, firstAfter, isNegated, isPassive, relativeSubject, type Clause } from '../../nlp/syntax.js';
import { againstTarget, conditionParty, hasCondition, isAlleged, isIrrealis, modalComplementTarget, placeTarget, reportedSubject } from './clauses.js';
import { codeTable, type EventCode } from './codes.js';
import { coordinated, coordinatedAfter, domesticTarget, firstBefore, inside, isOwner, objectEnd, possessivePronounOwner } from './parties.js';
import { isNotSubjectOf } from './subjects.js';
import { compileRule, firstWords, matchSpan, mayMatch, type CompiledRule, type EventRule, type RuleMatch } from './patterns.js';

export interface EventRules {
  version: string;
  /** CAMEO root of an act → code for stating the intent to do it (or threatening it). */
  intents: Record<string, string>;
  /** CAMEO roots whose target may be the subject of a "that" clause: "demanded that Japan ...". */
  complementTargets: string[];
  /** Code for a future act made conditional with "unless": an ultimatum. */
  conditionalThreat: string;
  /** CAMEO code prefix → sector code of the source's own country that is the target when none is
   * named; the longest prefix decides, null turns it off. */
  domesticTargets: Record<string, string | null>;
  rules: EventRule[];
  /** Imported codes our ontology lacks (a user code list), by code. */
  codes?: Array<{ code: string; label: string }>;
}


/** Creates the event stage; rules compile once here. */
export function createEventsStage(kb: KnowledgeBase, data: EventRules): Stage {
  const rules = data.rules.map(compileRule);
  const codes = codeTable(kb, data.codes ?? []);
  for (const r of rules) {
    for (const c of [r.cameo, r.reciprocal]) if (c && !codes.has(c)) throw new Error(`event rule ${r.id}: unknown CAMEO code ${c}`);
  }
  for (const code of Object.values(data.intents)) if (!codes.has(code)) throw new Error(`event intents: unknown CAMEO code ${code}`);
  if (!codes.has(data.conditionalThreat)) throw new Error(`event conditionalThreat: unknown CAMEO code ${data.conditionalThreat}`);
  const index = new Map<string, CompiledRule[]>();
  for (const r of rules) for (const w of firstWords(r)) index.set(w, [...(index.get(w) ?? []), r]);
  const anaphoric = new Set(rules.filter((r) => r.eventAnaphor).map((r) => r.id));
  return {
    name: 'events',
    version: `1+${data.version}+${kb.versions.cameo}`,
    requires: ['tokens', 'sentences', 'mentions', 'entities'],
    assigns: ['events', 'dates'],
    run(doc: Doc) {
      doc.events = codeEvents(doc, { kb, codes, data, index, anaphoric });
    },
  };
}

/** What the stage compiled once: the knowledge base, the rules and their index. */
interface Coder {
  kb: KnowledgeBase;
  codes: Map<string, EventCode>;
  data: EventRules;
  /** Rules by the words that can start them. */
  index: Map<string, CompiledRule[]>;
  /** Ids of rules whose events react to earlier events ("welcomed the agreement"). */
  anaphoric: Set<string>;
}

function codeEvents(doc: Doc, coder: Coder): Event[] {
  const { index } = coder;
  const t = doc.tokens!;
  const bySentence = actorMentionsBySentence(doc);
  const events: Event[] = [];
  const seen = new Map<string, Event>();
  doc.dates = [];
  // Dates are parsed only in sentences that hold an event: the parser is the costly part.
  const datesOf = new Map<number, DateMention[]>();
  const dateIn = (k: number): DateMention[] => {
    let found = datesOf.get(k);
    if (!found) {
      found = findDates(doc, doc.sentences![k]);
      datesOf.set(k, found);
      doc.dates!.push(...found);
    }
    return found;
  };
  for (const [k, s] of doc.sentences!.entries()) {
    if (/\?["”’]?$/.test(doc.text.slice(s.start, s.end))) continue;
    const ctx: Clause = { doc, actors: bySentence[k], lo: s.tokStart, hi: s.tokEnd };
    // Most candidate rules need a word the sentence lacks; the sentence's words are gathered once, when a rule needs them.
    let words: Set<string> | undefined;
    const sentenceWords = () => (words ??= new Set([...t.lemma.slice(s.tokStart, s.tokEnd), ...t.lower.slice(s.tokStart, s.tokEnd)]));
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      // Rules may start with a lemma ("do") or a word form ("did"): both are looked up.
      const byLemma = index.get(t.lemma[i]);
      const byForm = t.lower[i] === t.lemma[i] ? undefined : index.get(t.lower[i]);
      if (!byLemma && !byForm) continue;
      const candidates = !byForm ? byLemma! : !byLemma ? byForm : [...new Set([...byLemma, ...byForm])];
      // Longest match first; when a rule's conditions fail, a shorter or later rule may apply.
      const matches: Array<{ rule: CompiledRule } & RuleMatch> = [];
      for (const rule of candidates) {
        if (rule.required.length > 0 && !mayMatch(rule, sentenceWords())) continue;
        const m = matchSpan(doc, rule, i, s.tokEnd);
        if (m && m.end > i) matches.push({ rule, ...m });
      }
      matches.sort((a, b) => b.end - a.end || b.forms - a.forms);
      let used = 0;
      for (const { rule, end, head } of matches) {
        const found = buildEvent(ctx, coder, rule, { start: i, end, head }, k, events);
        for (const ev of found) {
          ev.date = nearestDate(dateIn(k), ev.trigger, doc.meta.date);
          // One act told with two verbs ("shelling killed soldiers") is one event.
          if (events.some((e) => e.sentence === ev.sentence && e.source.code === ev.source.code &&
            e.target?.code === ev.target?.code && overlaps(e.evidence[0], ev.evidence[0]))) continue;
          // The same event told twice in one article is one event with two pieces of evidence.
          const key = `${ev.date}|${ev.source.code}|${ev.target?.code ?? ''}|${ev.cameo}`;
          const prev = seen.get(key);
          if (prev) prev.evidence.push(...ev.evidence);
          else {
            seen.set(key, ev);
            events.push(ev);
          }
        }
        if (found.length > 0) {
          used = end;
          break;
        }
      }
      if (used > 0) i = used - 1;
    }
  }
  return events;
}

/** The date named nearest the trigger in the sentence ("spoke with Kono today"), else `fallback`. */
function nearestDate(dates: DateMention[], trigger: Span, fallback: string | null): string | null {
  let best: { date: string; distance: number } | null = null;
  for (const d of dates) {
    const distance = Math.abs(d.start - trigger.start);
    if (!best || distance < best.distance) best = { date: d.date, distance };
  }
  return best?.date ?? fallback;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The members of a collective actor coded "ELR/GAL"; any other actor alone. */
const members = (ref: ActorRef): ActorRef[] => (ref.code?.includes('/') ? ref.code.split('/').map((code) => ({ ...ref, code })) : [ref]);

function refOf(doc: Doc, m: Mention): ActorRef {
  const e = doc.entities![m.entity];
  return { code: e.actor, name: e.name };
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'can', 'must', 'to']);
// "continued to send arms" is the act itself; "refused to deploy" is its denial.
// An attempt is coded as the act: "attempted to assassinate".
const ASPECTUAL = new Set(['continue', 'begin', 'start', 'resort', 'proceed', 'keep', 'manage', 'attempt', 'try']);
const DENYING = new Set(['refuse', 'fail', 'decline', 'reject']);
const SYMMETRIC = ['03', '04', '05', '06'];

/** The modal or "to" before the trigger when it is not a fact yet: "will visit", "expected to meet". */
function unrealisedBy(ctx: Clause, i: number): string | null {
  const t = ctx.doc.tokens!;
  let k = i - 1;
  while (k >= ctx.lo && t.pos[k] === POS.ADV) k--;
  if (k > ctx.lo && t.lemma[k] === 'to' && ASPECTUAL.has(t.lemma[k - 1])) return null;
  // "aims to tighten sanctions and impose a blockade": the second verb shares the "to".
  if (k >= ctx.lo && t.pos[k] === POS.CCONJ) {
    for (let j = k - 1; j >= ctx.lo && k - j <= 8 && t.pos[j] !== POS.PUNCT && t.pos[j] !== POS.AUX; j--) {
      if (t.lemma[j] === 'to' && t.pos[j] === POS.PART) return ASPECTUAL.has(t.lemma[j - 1]) ? null : 'to';
    }
  }
  return k >= ctx.lo && MODALS.has(t.lemma[k]) && (t.pos[k] === POS.AUX || t.pos[k] === POS.PART) ? t.lemma[k] : null;
}

/** "refused to deploy troops": the act is denied, not intended. */
function isDenied(ctx: Clause, i: number): boolean {
  const t = ctx.doc.tokens!;
  return i - 2 >= ctx.lo && t.lemma[i - 1] === 'to' && DENYING.has(t.lemma[i - 2]);
}

/** "welcomed the agreement": the other party of the last event the noun can refer to. */
function eventParty(ctx: Clause, rule: CompiledRule, end: number, source: ActorRef, earlier: Event[], anaphoric: Set<string>): ActorRef | null {
  const t = ctx.doc.tokens!;
  const ref = rule.eventAnaphor;
  if (!ref || !Array.from({ length: 4 }, (_, k) => t.lemma[end + k]).some((w) => ref.nouns.includes(w))) return null;
  const country = source.code?.slice(0, 3);
  for (let k = earlier.length - 1; k >= 0; k--) {
    // Reactions to an event point at the event, not at other reactions.
    if (anaphoric.has(earlier[k].rule) || !ref.roots.includes(earlier[k].cameo.slice(0, 2))) continue;
    for (const party of [earlier[k].target, earlier[k].source]) {
      if (party?.code && party.code.slice(0, 3) !== country) return party;
    }
  }
  return null;
}

/** Where a rule matched: its first token, one past its last, and its head word. */
interface Match {
  start: number;
  end: number;
  head: number;
}

function buildEvent(ctx: Clause, coder: Coder, rule: CompiledRule, m: Match, sentence: number, earlier: Event[]): Event[] {
  const { kb, codes, data, anaphoric } = coder;
  const doc = ctx.doc;
  const t = doc.tokens!;
  const { end, head: i } = m;
  // A rule that states the negation ("did not * clash") codes the negated act.
  if ((!rule.statesNegation && isNegated(ctx, i)) || isDenied(ctx, i) || isIrrealis(ctx, i) || isAlleged(ctx, i)) return [];
  // "will visit", "promised to send aid": the intention, not the act.
  let cameo = rule.cameo;
  let ruleId = rule.id;
  const modal = rule.future ? null : unrealisedBy(ctx, i);
  // "Sudan must return the helicopter" is a demand made of Sudan, coded from its speaker.
  if (modal === 'must' || modal === 'should') return [];
  if (modal && hasCondition(ctx, end)) {
    // "will withdraw its force unless ...": an ultimatum.
    cameo = data.conditionalThreat;
    ruleId = `${rule.id}.ultimatum`;
  } else if (modal) {
    const intent = data.intents[rule.cameo.slice(0, 2)];
    if (!intent) return [];
    cameo = intent;
    ruleId = `${rule.id}.intent`;
  }
  // A gerund after "of"/"the" is a noun ("the act of launching missiles by X").
  const prev = i > ctx.lo ? t.lemma[i - 1] : '';
  const nominal = rule.source === 'possessor' || (/ing$/.test(tokenText(doc, i)) && (prev === 'of' || prev === 'the'));
  // "the Capitol Hill Organized Protest": a trigger inside a name is no act.
  if (i > ctx.lo && isCapitalised(doc, m.start - 1) && Array.from({ length: end - m.start }, (_, k) => m.start + k).every((k) => isCapitalised(doc, k))) return [];
  // A verb, or a predicate adjective after "be" ("is willing to"); not "free" in "free-trade".
  const predicate = t.pos[i] === POS.ADJ && i > ctx.lo && t.lemma[i - 1] === 'be';
  // The tagger misreads some participles after "have" as nouns: "forces have retaken".
  const participle = i > ctx.lo && t.lemma[i - 1] === 'have' && /(ed|en)$/.test(tokenText(doc, i));
  if (!nominal && t.pos[i] !== POS.VERB && t.pos[i] !== POS.AUX && !predicate && !participle) return [];
  // "the recently imposed military rule": a participle inside a noun phrase is an adjective.
  let d = i - 1;
  while (d > ctx.lo && t.pos[d] === POS.ADV) d--;
  if (!nominal && d >= ctx.lo && t.pos[d] === POS.DET && /(ed|en)$/.test(tokenText(doc, i))) return [];
  // In the passive the object comes first: "a camp for refugees was attacked by ...".
  const passive = !nominal && isPassive(ctx, i);
  // "was met with applause" is a reception, not a meeting ("met" has no -ed for isPassive).
  if (t.lemma[i] === 'meet' && t.lemma[i - 1] === 'be' && t.lemma[i + 1] === 'with') return [];
  const objectAt = passive ? Array.from({ length: 6 }, (_, k) => i - 2 - k).filter((k) => k >= ctx.lo) : Array.from({ length: 4 }, (_, k) => end + k);
  if (rule.objectWords && !objectAt.some((k) => rule.objectWords!.includes(t.lemma[k]))) return [];

  let sources: Mention[] = [];
  // "protested in Paris against China": whom a protest is against wins over where it is.
  let target: Mention | null = rule.target === 'after' ? (rule.cameo.startsWith('14') ? againstTarget(ctx, end) : null) ?? firstAfter(ctx, end) : null;
  if (rule.complementModal) {
    target = modalComplementTarget(ctx, end, rule.complementModal);
    if (!target) return [];
  }
  if (rule.source === 'after') {
    // "X was shot dead in Y", "X received money from Y": the rule places both actors.
    const after = firstAfter(ctx, end);
    if (after) sources = [after];
    if (rule.target === 'subject') target = findSubject(ctx, i) ?? firstBefore(ctx, m.start);
  } else if (nominal) {
    const p = findPossessor(ctx, i, end) ?? possessivePronounOwner(ctx, i);
    if (p) sources = [p];
  } else if (passive) {
    let by: Mention | null = null;
    for (let k = end; k < Math.min(ctx.hi, end + 5) && !by; k++) if (t.lemma[k] === 'by') by = firstAfter(ctx, k + 1, 4);
    if (by) sources = [by];
    // "a helicopter that was captured by ...": the antecedent, even when it is no actor.
    const antecedent = relativeSubject(ctx, i);
    target = antecedent !== undefined ? antecedent : findSubject(ctx, i) ?? firstBefore(ctx, i);
    // "the guerrillas have been demobilized": de-escalation is done by the forces themselves.
    if (!by && rule.cameo.startsWith('087') && target) {
      sources = [target];
      target = firstAfter(ctx, end);
    }
  } else {
    const reported = reportedSubject(ctx, i);
    const subject = reported ?? findSubject(ctx, i);
    if (subject && (reported || !isNotSubjectOf(ctx, subject, i))) sources = coordinated(ctx, subject);
  }
  // "allowed that Mordor is not a really pleasant place": the target may stand inside the match.
  if (!target && rule.target === 'after') target = inside(ctx, i, end, sources);
  if (!target && data.complementTargets.includes(rule.cameo.slice(0, 2))) {
    let k = end;
    while (k < ctx.hi && t.pos[k] === POS.ADV) k++;
    if (t.lemma[k] === 'that') target = firstAfter(ctx, k + 1, 6);
  }
  const code = codes.get(cameo)!;
  const trigger: Span = { start: t.start[m.start], end: t.end[end - 1] };
  const events: Event[] = [];
  // "ties with Chile and Peru": one event per coordinated target.
  const targets = target && rule.target === 'after' ? coordinatedAfter(ctx, target) : [target];
  for (const source of sources) for (const one of targets) {
    const src = refOf(doc, source);
    let tgtMention = one;
    // "India and Pakistan agreed ...": each is the other's partner.
    if (!tgtMention && sources.length > 1 && (rule.mutual || SYMMETRIC.some((p) => rule.cameo.startsWith(p)))) tgtMention = sources.find((m) => m !== source) ?? null;
    let tgt = tgtMention ? refOf(doc, tgtMention) : null;
    if (tgt && rule.objectKinds && !rule.objectKinds.includes(doc.entities![tgtMention!.entity].kind)) tgt = null;
    // An actor is not its own target, nor is its country as an owner ("China urged adoption
    // of China's plan"); but one part of a country may act on another or on the country
    // ("Croatia is investigating Croatian extremists", "the president imposed a curfew in Algiers").
    if (tgt && src.code && tgt.code && (src.code === tgt.code || (src.code.slice(0, 3) === tgt.code.slice(0, 3) &&
      (src.code.length === 3 || tgt.code.length === 3) && isOwner(ctx, tgtMention!)))) tgt = null;
    tgt ??= eventParty(ctx, rule, end, src, earlier, anaphoric);
    if (!tgt && rule.target === 'after') {
      // Fallbacks when no actor follows the trigger: whom a protest is against, the party a
      // threat's condition is put to, the place an act is done to.
      const root = cameo.slice(0, 2);
      const fallback = (root === '14' ? againstTarget(ctx, end) : null) ?? (root === '13' ? conditionParty(ctx, end) : null) ?? placeTarget(ctx, rule.cameo, end);
      if (fallback && refOf(doc, fallback).code !== src.code) {
        tgtMention = fallback;
        tgt = refOf(doc, fallback);
      }
    }
    let id = ruleId;
    const sector = [cameo.slice(0, 4), cameo.slice(0, 3), cameo.slice(0, 2)].map((p) => data.domesticTargets[p]).find((v) => v !== undefined);
    if (!tgt && !rule.requireObjectActor && rule.noTarget && sector != null) {
      tgt = domesticTarget(kb, src, sector);
      if (tgt) id = `${ruleId}.domestic`;
    }
    if (!tgt && (rule.requireObjectActor || !rule.noTarget)) continue;
    const from = Math.min(trigger.start, source.tokStart >= i - 12 ? source.start : trigger.start);
    const to = Math.max(trigger.end, tgt && tgtMention && tgtMention.start > trigger.start ? tgtMention.end : objectEnd(ctx, end));
    const make = (c: EventCode, s: ActorRef, o: ActorRef | null, id: string): Event => ({
      cameo: c.code,
      plover: c.plover,
      quad: c.quad,
      goldstein: c.goldstein,
      ...(c.user ? { userCode: true } : {}),
      source: s,
      target: o,
      date: doc.meta.date,
      evidence: [{ start: from, end: to }],
      trigger,
      sentence,
      rule: id,
    });
    // A collective actor ("ELR/GAL") is each of its members.
    for (const s of members(src)) for (const o of tgt ? members(tgt) : [null]) {
      events.push(make(code, s, o, id));
      // "met": the target met the source too, under the reverse code.
      if (rule.reciprocal && o) events.push(make(codes.get(rule.reciprocal)!, o, s, `${ruleId}.reciprocal`));
    }
  }
  return events;
}

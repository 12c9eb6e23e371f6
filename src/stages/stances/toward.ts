/**
 * Stances toward actors: who shows a positive or negative attitude toward whom. A cue from
 * the sentiment lexicon (a verb, an action noun, an agent noun or an adjective phrase) is
 * read with its syntactic roles: "X praised Y", "Y was praised by X", "X's criticism of Y",
 * "Y came under fire from X", "X, a critic of Y", "Trump ally X", "X is critical of Y".
 */
import type { Doc, Mention, Stance } from '../../doc/types.js';
import { actorMentionsBySentence, isClauseBreak, isNegated, isPassive, NEGATORS, type Clause } from '../../nlp/syntax.js';
import { isCapitalised, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { demandRoles, type Demands } from './demands.js';
import { judgedRoles } from './judged.js';
import { quoteStances, withSpeakers } from './quoted.js';
import { affiliationOf, parenthesised, ref } from './mentions.js';
import { nestedAgent } from './nested.js';
import { nounGerund, nounVerbForm } from './gerunds.js';
import { adjectiveRoles, agentRoles } from './agents.js';
import { isHypothetical, isModifier, nounRoles, verbRoles, type Roles } from './roles.js';

type Polarity = 'support' | 'oppose';
type CueKind = 'verb' | 'noun' | 'agent' | 'adjective' | 'experiencer';
interface Polar {
  support: string[];
  oppose: string[];
}

export interface SentimentLexicon {
  version: string;
  negation: 'flip' | 'drop';
  receiveVerbs: string[];
  hypothetical: string[];
  negatingVerbs: string[];
  aimVerbs: string[];
  judgeVerbs: string[];
  victimNouns?: string[];
  experiencerVerbs?: Polar;
  demandVerbs?: string[];
  exitPhrases?: string[];
  exitNouns?: string[];
  actorHeads: string[];
  targetPrepositions: string[];
  verbs: Polar;
  nouns: Polar;
  agents: Polar;
  adjectives: Polar;
  evaluative: Polar;
}

interface Cue {
  kind: CueKind;
  polarity: Polarity;
  words: string[];
}

export interface CompiledSentiment {
  byFirst: Map<string, Cue[]>;
  preps: Set<string>;
  negation: 'flip' | 'drop';
  receive: Set<string>;
  hypothetical: Set<string>;
  negating: Set<string>;
  aim: Set<string>;
  /** Verbs of judging whose complement is a verdict: "called Y a liar". */
  judge: Set<string>;
  heads: Set<string>;
  /** Nouns of an act suffered by their owner: "X's murder". */
  victim: Set<string>;
  /** Evaluative word → +1 (support) or −1 (oppose). */
  evaluative: Map<string, number>;
  /** Demands that an actor go: "urged Y to resign", "called for Y's resignation". */
  demand: Demands;
}

/** Indexes the lexicon by first word, longest phrases first. */
export function compileSentiment(lex: SentimentLexicon): CompiledSentiment {
  const byFirst = new Map<string, Cue[]>();
  const kinds: Array<[CueKind, Polar]> = [['verb', lex.verbs], ['noun', lex.nouns], ['agent', lex.agents], ['adjective', lex.adjectives],
    ['experiencer', lex.experiencerVerbs ?? { support: [], oppose: [] }]];
  for (const [kind, polar] of kinds) {
    for (const polarity of ['support', 'oppose'] as const) {
      for (const phrase of polar[polarity]) {
        const words = phrase.toLowerCase().split(' ');
        byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), { kind, polarity, words }]);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirst, preps: new Set(lex.targetPrepositions), negation: lex.negation,
    receive: new Set(lex.receiveVerbs), hypothetical: new Set(lex.hypothetical), negating: new Set(lex.negatingVerbs),
    aim: new Set(lex.aimVerbs),
    judge: new Set(lex.judgeVerbs),
    heads: new Set(lex.actorHeads),
    victim: new Set(lex.victimNouns ?? []),
    demand: { verbs: new Set(lex.demandVerbs ?? []), exits: (lex.exitPhrases ?? []).map((p) => p.split(' ')), exitNouns: new Set(lex.exitNouns ?? []) },
    evaluative: new Map([...lex.evaluative.support.map((w) => [w, 1] as const), ...lex.evaluative.oppose.map((w) => [w, -1] as const)]),
  };
}

/**
 * A cue's part of speech must fit its kind: "attack" the verb is not "attack" the noun. A
 * bare verb form after "of", a determiner or an owner is a mistagged noun ("a heap of blame").
 */
function fits(kind: CueKind, doc: Doc, i: number): boolean {
  const t = doc.tokens!;
  const pos = t.pos[i];
  // "earned Y's backing": a gerund after an owner is a noun too.
  const nominal = pos === POS.VERB && (doc.tokens!.lower[i] === t.lemma[i] || /ing$/.test(doc.tokens!.lower[i])) && i > 0 &&
    (t.pos[i - 1] === POS.DET || t.lemma[i - 1] === 'of' || POSSESSIVE_PRONOUNS.has(t.lemma[i - 1]) || /^['’]s$/.test(tokenText(doc, i - 1)));
  if (kind === 'verb' || kind === 'experiencer') return pos === POS.VERB && !nominal && !isAttributive(doc, i);
  // "a warm welcome from Y": a word the tagger read as an adjective heads its determiner's phrase.
  const headed = pos === POS.ADJ && (t.pos[i + 1] === POS.ADP || t.pos[i + 1] === POS.PUNCT) && [1, 2, 3].some((n) => t.pos[i - n] === POS.DET &&
    Array.from({ length: n - 1 }, (_, m) => t.pos[i - 1 - m]).every((p) => p === POS.ADJ || p === POS.ADV));
  // "X is Y's rival": a word read as an adjective that heads a phrase after an owner is a noun.
  const owned = pos === POS.ADJ && i > 0 && /^['’]s$/.test(tokenText(doc, i - 1)) && t.pos[i + 1] !== POS.NOUN && t.pos[i + 1] !== POS.ADJ;
  if (kind === 'noun' || kind === 'agent') return pos === POS.NOUN || pos === POS.PROPN || nominal || headed || owned;
  return true;
}

/** "the recently appointed head", "a newly elected leader": a participle between a determiner and its noun describes it. */
function isAttributive(doc: Doc, i: number): boolean {
  const t = doc.tokens!;
  if (!/(ed|en)$/.test(t.lower[i]) || t.pos[i + 1] !== POS.NOUN) return false;
  let k = i - 1;
  while (k > 0 && t.pos[k] === POS.ADV) k--;
  return t.pos[k] === POS.DET || POSSESSIVE_PRONOUNS.has(t.lower[k]);
}

/**
 * The lemmas a cue may be looked up by: the tagger's; for a verb it stemmed too far ("fined"
 * → "fin") the form with its final "e" restored; for a capitalised plural it read as a name
 * ("Accusations by X …" opening a sentence) the singular.
 */
function cueLemmas(doc: Doc, i: number): string[] {
  const t = doc.tokens!;
  const l = t.lemma[i];
  const w = t.lower[i];
  if (t.pos[i] === POS.VERB && (w === `${l}ed` || w === `${l}ing`) && /[^aeiou][aeiou][^aeiouwy]$/.test(l)) return [l, `${l}e`];
  if (t.pos[i] === POS.PROPN && l === w && /[^s]s$/.test(w)) return [l, w.slice(0, -1)];
  return [l];
}

/** A verb of judging, or its participle tagged as an adjective ("branded", "dubbed"). */
function isJudging(judge: Set<string>, pos: number, lemma: string, word: string): boolean {
  if (pos === POS.VERB) return judge.has(lemma);
  return pos === POS.ADJ && /ed$/.test(word) && [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3)].some((w) => judge.has(w));
}

/** Finds stances whose target is an actor named in the same sentence. */
export function findActorStances(doc: Doc, lex: CompiledSentiment): Stance[] {
  const t = doc.tokens!;
  const out: Stance[] = [];
  const bySentence = withSpeakers(doc, actorMentionsBySentence(doc, true));
  const word = (i: number) => doc.tokens!.lower[i];
  // "Britain and France condemned Russia and Iran": every pair of conjuncts. "Acme CEO
  // John Smith praised Y": the organisation a titled person speaks for holds it too.
  // A pronoun holder's organisation comes from the titled mention it refers back to.
  const withAffiliation = (c: Clause, m: Mention, affiliated = true) => [m, ...conjuncts(c, m)].flatMap((x) =>
    [x, ...(affiliated ? c.actors : []).filter((y) => y.entity === x.entity).map((y) => affiliationOf(c, y))].filter((y, n, all): y is Mention => y !== null && all.findIndex((z) => z?.entity === y.entity) === n));
  const emit = (c: Clause, roles: { holder: Mention; target: Mention }, polarity: Polarity, rule: string, first: number, last: number) => {
    // "Y's Senate opponent X": the words before an agent-noun title are its owner, not X's employer.
    for (const h of withAffiliation(c, roles.holder, !rule.startsWith('stance.actor.agent.title.'))) {
      for (const g of withAffiliation(c, roles.target)) {
        if (h.entity === g.entity) continue;
        const target = ref(doc, g);
        out.push({
          holder: ref(doc, h), target, issue: target.name, polarity,
          evidence: { start: Math.min(h.start, g.start, t.start[first]), end: Math.max(h.end, g.end, t.end[last]) },
          rule,
        });
      }
    }
  };
  // "Germany was [a critic of France]": an agent noun inside a mention, toward the country it names.
  const nestedStances = (c: Clause, m: Mention, i: number) => {
    const cue = (lex.byFirst.get(t.lemma[i]) ?? []).find((q) => q.kind === 'agent' && q.words.length === 1 && fits('agent', doc, i));
    const found = cue && !isNegated(c, m.tokStart) ? nestedAgent(c, m, i) : null;
    if (!found) return;
    for (const h of withAffiliation(c, found.holder)) {
      out.push({
        holder: ref(doc, h), issue: doc.text.slice(found.issue.start, found.issue.end), polarity: cue!.polarity,
        evidence: { start: Math.min(h.start, m.start), end: Math.max(h.end, m.end) }, rule: `stance.actor.${found.rule}.${cue!.polarity}`,
      });
    }
  };
  for (const [k, s] of doc.sentences!.entries()) {
    const c: Clause = { doc, actors: bySentence[k], lo: s.tokStart, hi: s.tokEnd };
    if (c.actors.length < 2) continue;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const inside = c.actors.find((m) => m.tokStart <= i && i < m.tokEnd);
      if (inside) {
        nestedStances(c, inside, i);
        continue;
      }
      // The longest phrase wins, by lemma or by word form: "is opposed to Y" is the adjective, not the passive verb.
        const lemmas = cueLemmas(doc, i);
        const isVerbCue = (v: string) => (lex.byFirst.get(v) ?? []).some((q) => q.kind === 'verb');
        const gerund = nounGerund(doc, i, isVerbCue) ?? nounVerbForm(c, i, isVerbCue);
        const asVerb = gerund ? (lex.byFirst.get(gerund) ?? []).filter((q) => q.kind === 'verb') : [];
        // Of two as long, the adjective: "has been allied with Y" is no passive of "ally with".
        const rank = (q: Cue) => q.words.length * 2 + (q.kind === 'adjective' ? 1 : 0);
        // The verb reading of a mistagged verb form comes first: "Smith thanks Y".
        const candidates = [...asVerb, ...lemmas.flatMap((l) => lex.byFirst.get(l) ?? []), ...(lex.byFirst.get(word(i)) ?? [])].sort((a, b) => rank(b) - rank(a));
        const cue = candidates.find((q) => (fits(q.kind, doc, i) || asVerb.includes(q)) && i + q.words.length <= s.tokEnd &&
          q.words.every((w, n) => (n === 0 ? lemmas.includes(w) || w === gerund : t.lemma[i + n] === w) || word(i + n) === w));
        // "urged Y to resign", "called for Y's resignation".
        const demand = !cue ? demandRoles(c, i, lex.demand) : null;
        if (demand && !isHypothetical(c, i, lex.hypothetical)) emit(c, demand, 'oppose', 'stance.actor.demand.oppose', i, i);
      const judged = !cue && isJudging(lex.judge, t.pos[i], t.lemma[i], word(i)) ? judgedRoles(c, i, lex) : null;
      if (judged && !isHypothetical(c, i, lex.hypothetical) && judged.holder.entity !== judged.target.entity) {
        emit(c, judged, judged.polarity, `stance.actor.${judged.rule}.${judged.polarity}`, i, i);
      }
      if (!cue) continue;
      // "would support" is only entertained; "wouldn't support" is a refusal.
      if (isHypothetical(c, i, lex.hypothetical) && !isNegated(c, i)) continue;
      const verbal = cue.kind === 'verb' || cue.kind === 'experiencer';
      const found = (verbal ? verbRoles(c, i, cue.words.length, lex)
        : cue.kind === 'noun' ? nounRoles(c, i, cue.words.length, lex)
          : cue.kind === 'agent' ? agentRoles(c, i, cue.words.length, lex.preps)
            : adjectiveRoles(c, i, cue.words.length)) ?? (verbal ? nearbyRoles(c, i, cue.words.length, lex) : null);
      // "X angered Y": the one angered holds the attitude toward the one who angered.
      const roles = found && cue.kind === 'experiencer' ? { holder: found.target, target: found.holder, rule: `${found.rule}.experiencer` } : found;
      if (!roles || roles.holder.entity === roles.target.entity) continue;
      // "refused to endorse Y" negates like "did not endorse Y".
      const negated = negationReaches(c, i) !== (t.lemma[i - 1] === 'to' && lex.negating.has(t.lemma[i - 2]));
      // Not attacking someone is no support: a negated opposing cue says nothing.
      if (negated && (lex.negation === 'drop' || cue.polarity === 'oppose')) continue;
      const polarity: Polarity = negated ? (cue.polarity === 'support' ? 'oppose' : 'support') : cue.polarity;
      const last = i + cue.words.length - 1;
      emit(c, roles, polarity, `stance.actor.${roles.rule}.${cue.polarity}${negated ? '.negated' : ''}`, i, last);
      i = last;
    }
  }
  out.push(...quoteStances(doc, lex, bySentence));
  return out;
}

/**
 * A negation before the cue, unless it governs another verb between them: "did not rule out
 * supporting Y", "never stopped attacking Y" do not deny the cue.
 */
function negationReaches(c: Clause, i: number): boolean {
  if (!isNegated(c, i)) return false;
  const t = c.doc.tokens!;
  for (let k = i - 1; k >= Math.max(c.lo, i - 3) && !NEGATORS.has(t.lemma[k]); k--) if (t.pos[k] === POS.VERB && /ing$/.test(tokenText(c.doc, i))) return false;
  return true;
}

/**
 * Actors coordinated with m: "Britain, France and Germany". A chain joined by commas alone is
 * an apposition ("Smith, the president's envoy"), so it must hold an "and" or "or".
 */
function conjuncts(c: Clause, m: Mention): Mention[] {
  const joiner = (k: number) => [',', 'and', 'or'].includes(tokenText(c.doc, k).toLowerCase());
  // "A (R-Ohio) and B (D-Iowa)": the states in parentheses are no conjuncts.
  const actors = c.actors.filter((x) => x === m || !parenthesised(c, x));
  const at = actors.indexOf(m);
  const out: Mention[] = [];
  for (const step of [1, -1]) {
    const chain: Mention[] = [];
    let coordinated = false;
    for (let n = at + step, prev = m; n >= 0 && n < actors.length; n += step) {
      const next = actors[n];
      const [a0, b0] = step > 0 ? [prev.tokEnd, next.tokStart] : [next.tokEnd, prev.tokStart];
      // "Sen. A (R-Fla.) and Rep. B": a parenthesis after a conjunct is no part of the joint.
      const a = afterParenthesis(c, a0, b0);
      // "actor John Smith, singer Mary Jones": a title may open the next conjunct.
      let b = b0;
      while (b > a && b0 - b < 3 && isTitleWord(c, b - 1)) b--;
      if (b - a < 1 || b - a > 2 || next.kind === 'pronoun') break;
      let joined = true;
      for (let k = a; k < b; k++) {
        joined &&= joiner(k);
        coordinated ||= c.doc.tokens!.pos[k] === POS.CCONJ;
      }
      // "…, singer Mary Jones and other speakers": the list closes with a plain noun phrase.
      coordinated ||= tokenText(c.doc, Math.max(prev.tokEnd, next.tokEnd)) === 'and';
      if (!joined) break;
      chain.push(next);
      prev = next;
    }
    if (coordinated) out.push(...chain);
  }
  return out.filter((x) => x.entity !== m.entity);
}

/** The token after a parenthesis opening at token a and closing before b, else a. */
function afterParenthesis(c: Clause, a: number, b: number): number {
  if (tokenText(c.doc, a) !== '(') return a;
  for (let k = a + 1; k < b && k - a <= 8; k++) if (tokenText(c.doc, k) === ')') return k + 1;
  return a;
}

/** A lower-case noun or adjective of a title before a name: "musician", "feminist icon". */
function isTitleWord(c: Clause, k: number): boolean {
  const t = c.doc.tokens!;
  return (t.pos[k] === POS.NOUN || t.pos[k] === POS.ADJ) && t.lemma[k] !== 'other' && !isCapitalised(c.doc, k) && !c.actors.some((m) => m.tokStart <= k && k < m.tokEnd);
}

/**
 * When no clause structure is found: the nearest named actor before the verb in its clause
 * holds the stance toward the actor heading or owning its object ("Sanders has criticized
 * Clinton's judgment, pillorying …"). Not for passives and complements ("was accused of
 * helping Y"), whose doer is not the actor before them.
 */
function nearbyRoles(c: Clause, i: number, n: number, lex: CompiledSentiment): Roles {
  const t = c.doc.tokens!;
  // "answered by beating Y": a gerund after "by" is the subject's own act, unlike the agent of a passive.
  const byGerund = t.lemma[i - 1] === 'by' && /ing$/.test(tokenText(c.doc, i));
  if (isPassive(c, i) || (['of', 'for', 'by', 'to'].includes(t.lemma[i - 1]) && !byGerund)) return null;
  let holder: Mention | null = null;
  // "X, who contributed to Y among others, openly supported": the object of a preposition is not the doer.
  const governed = (m: Mention) => m.tokStart > c.lo && t.pos[m.tokStart - 1] === POS.ADP;
  for (const m of c.actors) if (m.tokEnd <= i && i - m.tokEnd <= 12 && m.kind !== 'pronoun' && !governed(m)) holder = m;
  if (!holder) return null;
  for (let k = holder.tokEnd; k < i; k++) if (isClauseBreak(c, k) || tokenText(c.doc, k) === ';') return null;
  const objectWord = (k: number) => [POS.DET, POS.ADJ, POS.ADV, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k]) || /^['’]s?$/.test(tokenText(c.doc, k)) || (t.pos[k] === POS.ADP && lex.preps.has(t.lemma[k]));
  for (let k = i + n; k < c.hi && k - i - n <= 5; k++) {
    const target = c.actors.find((m) => m.tokStart === k);
    // "recommended the United States troops leave", "hoped Y would win": the subject of a
    // clause of its own ("praised how Y promotes …" still judges Y).
    const next = target ? target.tokEnd : 0;
    const subject = t.pos[next] === POS.AUX || (t.pos[next] === POS.VERB && tokenText(c.doc, next).toLowerCase() === t.lemma[next]);
    if (target) return target.kind === 'pronoun' || isModifier(c, target, lex.heads) || subject ? null : { holder, target, rule: 'verb.nearby' };
    if (!objectWord(k)) return null;
  }
  return null;
}

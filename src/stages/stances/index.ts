/**
 * stances: who supports or opposes what. A cue verb ("opposes", "urged adoption of",
 * "criticized") gives its subject a polarity toward the object phrase, which is
 * normalised into an issue: determiners, possessors and light nouns ("the imposition of")
 * dropped, coordinated quoted names split ("'A' and 'B' initiatives" → two issues).
 */
import type { ActorRef, Doc, Stance } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';
import { actorMentionsBySentence, findSubject, isClauseBreak, isNegated, isPassive, type Clause } from '../../nlp/syntax.js';
import { firstTokenAfter, isQuoteToken, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { compileSentiment, findActorStances, type SentimentLexicon } from './toward.js';
import { chainedGerund, isHypothetical } from './roles.js';

export interface StanceRules {
  version: string;
  cues: Array<{ id: string; polarity: 'support' | 'oppose'; words: string[] }>;
  lightNouns: string[];
  dropAfter: string[];
  reversals: string[];
  evaluations: { oppose: string[]; support: string[] };
  nonIssueHeads?: string[];
  conditionals?: string[];
}

interface Cue {
  id: string;
  polarity: 'support' | 'oppose';
  words: string[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'some', 'many', 'several', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'your', 'my', 'our', 'such', 'all']);
const MAX_OBJECT = 16;

/** Creates the stance stage; with a sentiment lexicon it also finds stances toward actors. */
export function createStancesStage(data: StanceRules, sentiment?: SentimentLexicon): Stage {
  const byFirst = new Map<string, Cue[]>();
  for (const c of data.cues) {
    for (const phrase of c.words) {
      const words = phrase.split(' ');
      byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), { id: c.id, polarity: c.polarity, words }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const lex: Lexicon = {
    byFirst,
    light: new Set(data.lightNouns),
    drop: new Set(data.dropAfter),
    reversals: new Set(data.reversals),
    nonIssue: new Set(data.nonIssueHeads ?? []),
    conditionals: new Set(data.conditionals ?? []),
    refusals: new Set(sentiment?.negatingVerbs ?? []),
    evaluations: (['oppose', 'support'] as const)
      .flatMap((polarity) => data.evaluations[polarity].map((e) => ({ words: e.split(' '), polarity })))
      .sort((a, b) => b.words.length - a.words.length),
  };
  const toward = sentiment ? compileSentiment(sentiment) : null;
  return {
    name: 'stances',
    version: `1+${data.version}${sentiment ? `+${sentiment.version}` : ''}`,
    requires: ['tokens', 'sentences', 'mentions', 'entities', 'quotes'],
    assigns: ['stances'],
    run(doc: Doc) {
      const issues = findStances(doc, lex);
      if (!toward) {
        doc.stances = issues;
        return;
      }
      const actors = findActorStances(doc, toward);
      // "France condemned Iran" is found both ways; keep the one that names its target.
      const same = (a: Stance, b: Stance) => a.holder.name === b.holder.name && a.polarity === b.polarity && a.issue === b.issue;
      doc.stances = [...issues.filter((s) => !actors.some((a) => same(a, s))), ...actors].sort((a, b) => a.evidence.start - b.evidence.start);
    },
  };
}

interface Lexicon {
  byFirst: Map<string, Cue[]>;
  light: Set<string>;
  drop: Set<string>;
  reversals: Set<string>;
  /** Heads naming people or an office sought, which no issue has. */
  nonIssue: Set<string>;
  /** Words that make a cue a question or a condition: "whether they would support". */
  conditionals: Set<string>;
  /** Verbs that negate a cue after "to": "refused to endorse". */
  refusals: Set<string>;
  /** Evaluation phrases as word lists, with their polarity, longest first. */
  evaluations: Array<{ words: string[]; polarity: 'support' | 'oppose' }>;
}

function findStances(doc: Doc, lex: Lexicon): Stance[] {
  const t = doc.tokens!;
  const out: Stance[] = [];
  // Stances are held by anyone the text names, coded or not ("Kratz criticized Avery").
  const bySentence = actorMentionsBySentence(doc, true);
  for (const [k, s] of doc.sentences!.entries()) {
    const c: Clause = { doc, actors: bySentence[k], lo: s.tokStart, hi: s.tokEnd };
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (t.pos[i] !== POS.VERB) continue;
      const cue = lex.byFirst.get(t.lemma[i])?.find((q) => q.words.every((w, n) => t.lemma[i + n] === w));
      if (!cue || isNegated(c, i) || isPassive(c, i) || isHypothetical(c, i, lex.conditionals)) continue;
      // "a proposed end point", "its backed candidate": a participle modifying a noun states no stance.
      if (t.pos[i - 1] === POS.DET || POSSESSIVE_PRONOUNS.has(t.lemma[i - 1])) continue;
      // "seeks to improve its coverage" states the holder's own aim, not a stance on an issue.
      if (t.lemma[i] === 'seek' && t.lemma[i + 1] === 'to') continue;
      // "X accused Y of repressing dissent, and supporting Z", "praised Y for backing Z": the
      // gerunds are what Y did, not X's own stance.
      const prep = ['of', 'for', 'about'].includes(t.lemma[i - 1]) ? i - 1 : chainedGerund(c, i);
      if (prep >= 0 && c.actors.some((m) => m.tokEnd === prep)) continue;
      const holderMention = findSubject(c, i);
      if (!holderMention) continue;
      const e = doc.entities![holderMention.entity];
      const holder: ActorRef = { code: e.actor, name: e.name };
      let objStart = i + cue.words.length;
      // "refused to endorse X" opposes X; refusing to condemn X supports nothing.
      const refused = t.lemma[i - 1] === 'to' && lex.refusals.has(t.lemma[i - 2]);
      if (refused && cue.polarity === 'oppose') continue;
      let polarity = refused ? 'oppose' : cue.polarity;
      // "urged Tokyo to withdraw its controls", "urged Italy not to sign the memorandum":
      // the stance is on what the addressee should do.
      let doer = '';
      if (cue.id === 'stance.urge') {
        let k = objStart;
        while (k < Math.min(c.hi, objStart + 6) && t.lemma[k] !== 'to' && t.pos[k] !== POS.PUNCT && t.pos[k] !== POS.VERB) k++;
        const negated = t.lemma[k - 1] === 'not';
        if (t.lemma[k] === 'to' && t.pos[k + 1] === POS.VERB) {
          const addressee = c.actors.find((m) => m.tokStart === objStart);
          const verb = t.lemma[k + 1];
          if (lex.reversals.has(verb) !== negated) polarity = 'oppose';
          if (lex.reversals.has(verb)) objStart = k + 2;
          else {
            doer = `${addressee ? doc.entities![addressee.entity].name + ' ' : ''}${gerund(verb)} `;
            objStart = k + 2;
          }
        } else if (c.actors.some((m) => m.tokStart === objStart)) continue;
      }
      const objEnd = objectEnd(c, objStart);
      for (const found of issuesOf(c, objStart, objEnd, lex)) {
        const issue = doer + found;
        out.push({ holder, issue, polarity, evidence: { start: t.start[i], end: t.end[objEnd - 1] }, rule: cue.id });
      }
    }
  }
  out.push(...evaluations(doc, lex));
  return out;
}

const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'several', 'few', 'none', 'one', 'each', 'part', 'much', 'any']);

/**
 * An issue is a noun phrase naming a policy, act or thing: not a pronoun ("condemn them"), a
 * bare adverbial or preposition ("proposed during his campaign"), a clause fragment ("the
 * cingulate seems to", "and the team is free") nor a phrase headed by a person or office noun.
 */
function isNounPhrase(c: Clause, i: number, end: number, nonIssue: Set<string>): boolean {
  const doc = c.doc;
  const t = doc.tokens!;
  const opens = [POS.NOUN, POS.PROPN, POS.ADJ, POS.NUM];
  // "the more hawkish proposals", "any outside mediation": an adverb or a preposition used as
  // an adjective may open the phrase ("during his campaign" may not).
  const modifier = (k: number) => (t.pos[k] === POS.ADV || t.pos[k] === POS.ADP) && (t.pos[k + 1] === POS.ADJ || t.pos[k + 1] === POS.NOUN);
  const first = Array.from({ length: end - i }, (_, n) => i + n).find((k) => !isQuoteToken(doc, k) && t.pos[k] !== POS.DET && !modifier(k));
  if (first === undefined) return false;
  if (!opens.includes(t.pos[first]) && !(t.pos[first] === POS.VERB && /ing$/.test(tokenText(doc, first)))) return false;
  let head = -1;
  for (let k = i; k < end; k++) {
    const w = doc.tokens!.lower[k];
    // A finite verb or auxiliary makes a clause: "seems", "is", "they think".
    if (t.pos[k] === POS.AUX || (t.pos[k] === POS.VERB && ((/s$/.test(w) && w !== t.lemma[k]) || t.pos[k - 1] === POS.PRON))) return false;
    if (t.pos[k] === POS.ADP) break;
    // The tagger may read a noun as an adjective: "his former rival".
    if (t.pos[k] === POS.NOUN || t.pos[k] === POS.PROPN || t.pos[k] === POS.ADJ) head = k;
  }
  // "some Pennsylvania voters" is a group an actor names; "his former rival" names no one.
  const named = c.actors.some((m) => m.tokStart >= i && m.tokEnd <= head);
  return head < 0 || named || !(nonIssue.has(t.lemma[head]) || nonIssue.has(doc.tokens!.lower[head]));
}

/** "sign" → "signing", "preserve" → "preserving". */
function gerund(verb: string): string {
  return /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
}

/** "The use of chemical weapons is unacceptable," Borrell said: the speaker opposes the subject. */
function evaluations(doc: Doc, lex: Lexicon): Stance[] {
  const t = doc.tokens!;
  const out: Stance[] = [];
  const bySentence = actorMentionsBySentence(doc);
  for (const q of doc.quotes ?? []) {
    if (!q.speaker) continue;
    for (let i = firstTokenAfter(t, q.content.start); i < t.count; i++) {
      if (t.start[i] < q.content.start) continue;
      if (t.end[i] > q.content.end) break;
      if (t.lemma[i] !== 'be' || isNegated({ doc, actors: [], lo: Math.max(0, i - 3), hi: i + 2 }, i + 1)) continue;
      const ev = lex.evaluations.find((x) => x.words.every((w, n) => t.lemma[i + 1 + n] === w));
      if (!ev) continue;
      // The subject: from the clause start (sentence, quote or comma) up to "is".
      let from = i;
      while (from > 0 && t.start[from - 1] >= q.content.start && t.sent[from - 1] === t.sent[i] && tokenText(doc, from - 1) !== ',') from--;
      const c: Clause = { doc, actors: bySentence[t.sent[i]], lo: from, hi: i };
      // "the Bank had been wrong": auxiliaries before "be" belong to the predicate.
      let to = i;
      while (to > from && t.pos[to - 1] === POS.AUX) to--;
      for (const issue of issuesOf(c, from, to, lex)) {
        out.push({ holder: q.speaker, issue, polarity: ev.polarity, evidence: { start: t.start[from], end: t.end[i + ev.words.length] }, rule: `stance.evaluation.${ev.polarity}` });
      }
    }
  }
  return out;
}

function objectEnd(c: Clause, from: number): number {
  const doc = c.doc;
  let k = from;
  let words = 0;
  while (k < c.hi && words < MAX_OBJECT) {
    const w = tokenText(doc, k);
    if (!isQuoteToken(doc, k)) words++;
    if (w === ',' || w === '.' || isClauseBreak(c, k)) break;
    k++;
  }
  while (k > from && (doc.tokens!.pos[k - 1] === POS.PUNCT && !isQuoteToken(doc, k - 1))) k--;
  return k;
}

/** Normalises the object tokens [from, to) into one or more issue phrases. */
function issuesOf(c: Clause, from: number, to: number, lex: Lexicon): string[] {
  const { light, drop } = lex;
  const doc = c.doc;
  const t = doc.tokens!;
  const actorAt = new Map(c.actors.map((m) => [m.tokStart, m]));
  let i = from;
  let end = to;
  const skipDeterminers = () => { while (i < end && DETERMINERS.has(t.lemma[i])) i++; };
  const skipPossessor = () => {
    const m = actorAt.get(i);
    if (!m) return;
    const after = m.tokEnd;
    if (/^['’]s?$/.test(tokenText(doc, after))) i = after + 1;
    else if (light.has(t.lemma[after])) i = after;
  };
  // '"The plan is vital," X said': the quotation mark opens the clause, not a quoted name.
  if (isQuoteToken(doc, i) && DETERMINERS.has(t.lemma[i + 1])) i++;
  // "some of the more hawkish proposals": a quantity is not the issue.
  if (QUANTIFIERS.has(t.lemma[i]) && t.lemma[i + 1] === 'of') i += 2;
  skipDeterminers();
  skipPossessor();
  // "the provocative act of", "adoption of": adjectives, then a light noun, then "of".
  let j = i;
  while (j < end && t.pos[j] === POS.ADJ) j++;
  if (light.has(t.lemma[j]) && t.lemma[j + 1] === 'of') {
    i = j + 2;
    skipDeterminers();
    skipPossessor();
  }
  let agent = '';
  for (let k = i; k < end; k++) {
    if (!drop.has(t.lemma[k])) continue;
    // Keep the agent of a nominal: "launching missiles again by the D.P.R.K.".
    for (let b = k; b < Math.min(end, k + 3); b++) {
      const m = t.lemma[b] === 'by' ? actorAt.get(b + 1) ?? actorAt.get(b + 2) : undefined;
      if (m) agent = ` by ${doc.entities![m.entity].name}`;
    }
    end = k;
    break;
  }
  while (end > i && (t.pos[end - 1] === POS.ADV || t.pos[end - 1] === POS.ADP || t.pos[end - 1] === POS.CCONJ || (t.pos[end - 1] === POS.PUNCT && !isQuoteToken(doc, end - 1)))) end--;
  if (end <= i || !isNounPhrase(c, i, end, lex.nonIssue)) return [];
  // An object that is only an actor ("condemned North Korea", "endorsed former Vice President
  // Y for president") is a stance toward that actor.
  let core = i;
  while (core < end && t.pos[core] !== POS.ADP) core++;
  let lead = i;
  while (lead < core && t.pos[lead] === POS.ADJ && !actorAt.has(lead)) lead++;
  const only = actorAt.get(lead);
  if (only && only.tokEnd >= core) return [doc.entities![only.entity].name];
  const words = (a: number, b: number) => {
    const parts: string[] = [];
    for (let k = a; k < b; k++) if (!isQuoteToken(doc, k)) parts.push(tokenText(doc, k));
    return parts.join(' ').replace(/ (['’]s|n't)\b/g, '$1').replace(/ - /g, '-');
  };
  // "'A' and 'B' initiatives" → "A initiative", "B initiative".
  const and = Array.from({ length: end - i }, (_, n) => i + n).find((k) => t.lemma[k] === 'and');
  if (and !== undefined && isQuoteToken(doc, and - 1) && isQuoteToken(doc, i) && t.pos[end - 1] === POS.NOUN) {
    const head = t.lemma[end - 1];
    const lastQuote = end - 2;
    return [words(i, and), words(and + 1, lastQuote + 1)].map((x) => `${x} ${head}`.trim());
  }
  return [words(i, end) + agent];
}

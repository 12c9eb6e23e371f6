/**
 * Stances inside quotations: first-person pronouns stand for the speaker, and a predicate of
 * evaluative words ("A is a disgrace") gives the speaker a polarity toward its subject.
 */
import type { ActorRef, Doc, Mention, Span, Stance } from '../../doc/types.js';
import { isNegated, isPassive, type Clause } from '../../nlp/syntax.js';
import { firstTokenAfter, isCapitalised, isQuoteToken, POS, tokenText } from '../../nlp/tokens.js';
import { affiliationOf, endingAt, ref, startingAt } from './mentions.js';
import { reportedClauses } from './reported.js';
import type { CompiledSentiment } from './toward.js';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const NEGATION = new Set(['not', "n't", 'never']);
/** Modals that predict rather than admonish. */
const PREDICTIVE = new Set(['would']);
const OPINION = new Set(['think', 'believe', 'feel', 'guess', 'know', 'hope', 'expect']);

/** '"We will never support Y," X said': first-person pronouns in a quotation stand for its speaker. */
export function withSpeakers(doc: Doc, bySentence: Mention[][]): Mention[][] {
  const t = doc.tokens!;
  for (const q of doc.quotes ?? []) {
    const entity = q.speaker ? doc.entities!.findIndex((e) => e.name === q.speaker!.name && e.actor === q.speaker!.code) : -1;
    if (entity < 0) continue;
    for (let i = firstTokenAfter(t, q.content.start); i < t.count && t.start[i] < q.content.end; i++) {
      if (t.start[i] < q.content.start || t.pos[i] !== POS.PRON || !FIRST_PERSON.has(t.lemma[i])) continue;
      const list = bySentence[t.sent[i]];
      if (list.some((m) => m.tokStart <= i && i < m.tokEnd)) continue;
      list.push({ start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, kind: 'pronoun', entity, rule: 'stances.speaker' });
      list.sort((a, b) => a.tokStart - b.tokStart);
    }
  }
  return bySentence;
}

/** A quotation with its speaker and, when written, the speaker's mention. */
export interface Said {
  speaker: ActorRef;
  content: Span;
  source: Span | null;
}

/**
 * '…, the question is whether…, said X' where the opening quotation mark is missing (the quote
 * stage needs it): the sentence up to the comma before "said X" or ", X said." is X's words.
 */
function unopenedQuotes(doc: Doc, bySentence: Mention[][]): Said[] {
  const t = doc.tokens!;
  const out: Said[] = [];
  for (const [k, s] of doc.sentences!.entries()) {
    const c: Clause = { doc, actors: bySentence[k], lo: s.tokStart, hi: s.tokEnd };
    for (let i = s.tokStart + 3; i < s.tokEnd; i++) {
      if (t.lemma[i] !== 'say' || t.pos[i] !== POS.VERB) continue;
      const after = startingAt(c, i + 1) ?? (t.lemma[i + 1] === 'the' ? startingAt(c, i + 2) : null);
      const before = endingAt(c, i);
      const speaker = after ?? (before && (before.tokEnd >= s.tokEnd - 1 || tokenText(doc, i + 1) === '.') ? before : null);
      if (!speaker || FIRST_PERSON.has(t.lemma[speaker.tokStart])) continue;
      let comma = speaker === after ? i - 1 : speaker.tokStart - 1;
      while (comma > s.tokStart && isQuoteToken(doc, comma)) comma--;
      if (tokenText(doc, comma) !== ',' || comma - s.tokStart < 3) continue;
      const content = { start: t.start[s.tokStart], end: t.end[comma - 1] };
      out.push({ speaker: ref(doc, speaker), content, source: { start: speaker.start, end: speaker.end } });
    }
  }
  return out;
}

/**
 * "The Smiths are excellent neighbours," said Jones: inside a quotation, a predicate of
 * evaluative words ("A is a disgrace", "A's plan poses risks") gives the speaker that
 * polarity toward the actors in its subject; a negated predicate counts against. The
 * organisation a titled speaker speaks for holds it too ("Acme CEO John Smith said …").
 */
export function quoteStances(doc: Doc, lex: CompiledSentiment, bySentence: Mention[][]): Stance[] {
  const t = doc.tokens!;
  const out: Stance[] = [];
  const inside = (i: number, q: { content: { start: number; end: number } }) => t.start[i] >= q.content.start && t.end[i] <= q.content.end;
  const isBreak = (i: number) => [',', '.', ';', ':', '—', '–'].includes(tokenText(doc, i)) || t.pos[i] === POS.SCONJ || t.pos[i] === POS.CCONJ;
  const said: Said[] = (doc.quotes ?? []).flatMap((q) => (q.speaker ? [{ speaker: q.speaker, content: q.content, source: q.source }] : []));
  const found = [...unopenedQuotes(doc, bySentence), ...reportedClauses(doc, bySentence)].filter((u) => !said.some((q) => q.speaker.name === u.speaker.name && q.content.start < u.content.end && u.content.start < q.content.end));
  for (const q of [...said, ...found]) {
    const holders = [q.speaker, ...speakerAffiliation(doc, bySentence, q)].filter(isActor);
    for (let i = firstTokenAfter(t, q.content.start); i < t.count && t.start[i] < q.content.end; i++) {
      if ((t.pos[i] !== POS.AUX && t.pos[i] !== POS.VERB) || !inside(i, q)) continue;
      const sent = doc.sentences![t.sent[i]];
      const c: Clause = { doc, actors: bySentence[t.sent[i]], lo: sent.tokStart, hi: sent.tokEnd };
      // "Japan should not make wrong judgements" admonishes; it does not evaluate Japan. "Y would
      // be a disaster" still judges Y.
      const admonishes = (k: number) => lex.hypothetical.has(t.lemma[k]) && !PREDICTIVE.has(t.lemma[k]);
      const modals = [i, ...Array.from({ length: Math.min(4, i - c.lo) }, (_, n) => i - 1 - n)];
      if (modals.some(admonishes)) continue;
      // "Mexico would pressure Y" announces an act of the actor itself; "A Trump retreat would damage
      // trust" judges what the actor does.
      const modal = modals.find((k) => PREDICTIVE.has(t.lemma[k]));
      const announced = modal !== undefined && endingAt(c, modal) !== null;
      let verb = (modal ?? i) + 1;
      while (verb < c.hi && (t.pos[verb] === POS.ADV || NEGATION.has(t.lemma[verb]))) verb++;
      // Only "X will be …" judges X; "X will pressure Y to do better" states a plan.
      if (announced && t.lemma[verb] !== 'be') continue;
      let from = i;
      // "A and B will take the blame": a conjunction between actors joins one subject.
      const joins = (k: number) => (t.lemma[k] === 'and' || t.lemma[k] === 'or') && endingAt(c, k) !== null;
      while (from > c.lo && inside(from - 1, q) && (!isBreak(from - 1) || joins(from - 1))) from--;
      // "(I) think the future of A will be healthy": the opinion verb opens the judged clause.
      while (from < i && isQuoteToken(doc, from)) from++;
      const opinion = t.pos[from] === POS.PRON && from + 1 < i ? from + 1 : from;
      if (OPINION.has(t.lemma[opinion]) && opinion + 1 < i) from = t.lemma[opinion + 1] === 'that' ? opinion + 2 : opinion + 1;
      // The clause's first verb heads its predicate ("A is a disgrace", "A poses risks").
      const restated = appositionHead(c, from);
      // A name the tagger took for a verb ("Ford had made") is no verb.
      const named = (k: number) => c.actors.some((m) => m.tokStart <= k && k < m.tokEnd);
      if ((from === i && !restated) || Array.from({ length: i - from }, (_, n) => from + n).some((k) => (t.pos[k] === POS.AUX || t.pos[k] === POS.VERB) && !named(k))) continue;
      let score = 0;
      let to = i + 1;
      // "would damage trust": what a hostile act harms is not how its doer is judged.
      let harmed = false;
      for (; to < c.hi && to - i <= 8 && inside(to, q) && !isBreak(to); to++) {
        const misdeed = isMisdeed(lex, doc, to) && !isPassive(c, to) && !announced;
        const worth = (k: number) => lex.evaluative.get(t.lemma[k]) ?? lex.evaluative.get(doc.tokens!.lower[k]);
        // "the greatest concern", "a big problem": a positive adjective before a negative noun only grades it.
        const grades = t.pos[to] === POS.ADJ && t.pos[to + 1] === POS.NOUN && (worth(to + 1) ?? 0) < 0;
        const value = harmed || grades ? 0 : worth(to) ?? (misdeed ? -1 : 0);
        harmed ||= misdeed;
        score += isNegated({ ...c, lo: Math.max(c.lo, i - 1) }, to) ? -value : value;
      }
      if (score === 0) continue;
      const polarity: Stance['polarity'] = score > 0 ? 'support' : 'oppose';
      const subjects = c.actors.filter((m) => m.tokStart >= from && m.tokEnd <= i);
      for (const m of restated ? [...subjects, restated] : subjects) {
        // "He is a disgrace", "His plan is a disaster": a third-person pronoun stands for whom it refers to.
        if ((m.kind === 'pronoun' && FIRST_PERSON.has(t.lemma[m.tokStart])) || doc.entities![m.entity].name === q.speaker.name) continue;
        if (!isJudgedSubject(c, m, lex, q.speaker)) continue;
        const target = ref(doc, m);
        for (const holder of holders) {
          // "Iran deeply regrets this mistake," said Iran's president: the country acting in its
          // leader's words is not judged by them.
          if (t.pos[i] === POS.VERB && target.code?.length === 3 && holder.code?.startsWith(target.code)) continue;
          // A speaker quoted twice over the same words ("…, said X" found both ways) judges once.
          if (holder.name === target.name || out.some((o) => o.holder.name === holder.name && o.target!.name === target.name && o.evidence.start === t.start[from])) continue;
          out.push({ holder, target, issue: target.name, polarity, evidence: { start: t.start[from], end: t.end[to - 1] }, rule: `stance.actor.quote.${polarity}` });
        }
      }
    }
  }
  return out;
}

const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'one']);

/** A holder must be an actor: not a pronoun left unresolved nor a thing ("the vote", "a video message"). */
const isActor = (a: ActorRef) => a.code !== null || (/^\p{Lu}/u.test(a.name) && !PRONOUNS.has(a.name.toLowerCase()));

/**
 * Whether a judged subject stands for actor m: not when m only modifies the speaker's own
 * name ("the Georgian Tennis Federation has always condemned …", said the federation) nor
 * when m suffers the act judged ("Nabil's murder", "the arrest of Nabil").
 */
function isJudgedSubject(c: Clause, m: Mention, lex: CompiledSentiment, speaker: ActorRef): boolean {
  const t = c.doc.tokens!;
  if (c.actors.some((o) => o.tokStart === m.tokEnd && c.doc.entities![o.entity].name === speaker.name)) return false;
  let k = m.tokEnd;
  if (/^['’]s?$/.test(tokenText(c.doc, k))) {
    k++;
    while (k < c.hi && t.pos[k] === POS.ADJ) k++;
    if (lex.victim.has(t.lemma[k])) return false;
  }
  const before = m.tokStart - 1 - (t.pos[m.tokStart - 1] === POS.DET ? 1 : 0);
  // "A's retreat from the Iran deal would damage trust": a name qualifying the object of a
  // preposition other than "of" or "as" is only what the judged act concerns.
  const aside = t.pos[before] === POS.ADP && !['of', 'as'].includes(t.lemma[before]) && t.pos[m.tokEnd] === POS.NOUN && !isCapitalised(c.doc, m.tokEnd);
  return !aside && !(t.lemma[before] === 'of' && lex.victim.has(t.lemma[before - 1]));
}

/** "Bitcoin, the original cryptocurrency, is a fraud": the name an apposition ending at `from` restates. */
function appositionHead(c: Clause, from: number): Mention | null {
  const t = c.doc.tokens!;
  if (tokenText(c.doc, from - 1) !== ',') return null;
  for (let k = from - 2; k > c.lo && from - k <= 10; k--) {
    if (t.pos[k] === POS.VERB || t.pos[k] === POS.AUX) return null;
    if (tokenText(c.doc, k) === ',') return endingAt(c, k);
  }
  return null;
}

/** The organisation a titled speaker's mention names: "Acme CEO John Smith" → Acme. */
function speakerAffiliation(doc: Doc, bySentence: Mention[][], q: Said): ActorRef[] {
  if (!q.source) return [];
  const t = doc.tokens!;
  const mentions = bySentence.flat();
  const m = mentions.find((x) => x.start < q.source!.end && q.source!.start < x.end && doc.entities![x.entity].name === q.speaker.name);
  if (!m) return [];
  const s = doc.sentences![t.sent[m.tokStart]];
  const org = affiliationOf({ doc, actors: bySentence[t.sent[m.tokStart]], lo: s.tokStart, hi: s.tokEnd }, m);
  return org ? [ref(doc, org)] : [];
}

/** Verbs of harm that judge their doer in a quotation ("Y's plan would damage trust") but state no attitude toward their object. */
const HARMS = new Set(['damage', 'harm', 'hurt', 'weaken', 'erode', 'destroy', 'jeopardize', 'jeopardise', 'endanger']);

/**
 * "Y had been shooting at us", "Y attacked the convoy": reporting a hostile act judges its
 * doer; "Y is unlikely to be prosecuted" is done to Y, so the caller leaves passives out.
 */
function isMisdeed(lex: CompiledSentiment, doc: Doc, i: number): boolean {
  const t = doc.tokens!;
  // "war-damaged" is a compound adjective, not a report of an act.
  if (t.pos[i] !== POS.VERB || tokenText(doc, i - 1) === '-') return false;
  return HARMS.has(t.lemma[i]) || (lex.byFirst.get(t.lemma[i]) ?? []).some((q) => q.kind === 'verb' && q.polarity === 'oppose' && q.words.length === 1);
}

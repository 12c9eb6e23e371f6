/**
 * Neuter and plural pronouns for collective actors: "it"/"its" for a country, organisation or
 * outlet, "they"/"them"/"their" for a group named in the plural ("Iraqi troops", "the
 * Democrats", "the Taliban"). These pronouns refer to things and to people at large far more
 * often than "he" refers to a non-person, so only bound readings resolve:
 * - "X said (that) it/they …": the subject of the clause a verb of saying reports is its speaker;
 * - "X raised its/their …": a possessive near a fitting subject (or infinitive controller) is its;
 * - "Protesters gathered, and they …": a later clause's "they" continues a fitting subject;
 * - "Democrats accused them", "They said" opening a sentence: the one fitting collective in
 *   this sentence and the last (for "they", the last one's subject), when no plural noun
 *   between could be meant instead;
 * - "NASA interrupted its coverage. It also …": "it" opening a sentence with a verb of its own
 *   continues a collective that opened the previous one.
 * A mention points to one entity, so "they" after "Russia and China" stays open: only a single
 * plural entity ("Iraqi troops", "the Democrats", "the Taliban") is ever "they".
 */
import type { Doc, Entity, Mention } from '../../doc/types.js';
import { findSubject, isSubject, type Clause } from '../../nlp/syntax.js';
import { isVerbal, POS, tokenText } from '../../nlp/tokens.js';
import { coordinatedSubject, firstVerb } from './coordination.js';
import type { EntityTable } from './resolve.js';

const NEUTER = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
const POSSESSIVE = new Set(['its', 'their']);
const RELATIVES = new Set(['who', 'whom', 'which', 'that', 'whose']);
/** Verbs that report what their subject says, thinks or promises. */
const REPORTING = new Set(['say', 'announce', 'state', 'add', 'warn', 'claim', 'insist', 'argue', 'vow', 'pledge', 'confirm', 'deny', 'note',
  'believe', 'hope', 'think', 'threaten', 'promise', 'declare', 'indicate', 'signal', 'stress', 'assert', 'maintain', 'acknowledge', 'admit', 'report', 'tell']);
/** Names that are plural in form though not in "-s": "the Taliban are", "police say". Either number is heard for them. */
const COLLECTIVES = new Set(['taliban', 'police', 'military', 'government', 'militia', 'junta', 'clergy']);
/** Plural-looking final words of names that are one body: "the United Nations", "the United States", "Reuters". */
const SINGULAR_IN_S = /(nations|states|emirates|islands|news|times|affairs|services|reuters|fabius|paris|brussels|davos|wales|express)$/i;

/** True for the pronouns this module resolves: "it", "its", "they", "them", "their". */
export function isGroupPronoun(word: string): boolean {
  return NEUTER.has(word) || PLURAL.has(word);
}

type GrammaticalNumber = 'singular' | 'plural' | 'both';

/**
 * The number a collective is referred to in: countries, institutions and outlets are "it"; a
 * group named in the plural is "they". `name` is how the mention at hand wrote it: "a German
 * government source" is one, though its entity first came as "German officials".
 */
function numberOf(e: Entity, name: string): GrammaticalNumber | null {
  if (e.kind === 'country' || e.kind === 'media') return 'singular';
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  // An acronym is one body whatever it stands for: "ISIS", "the SDF".
  if (/^[A-Z.&-]{2,}$/.test(words[words.length - 1])) return e.kind === 'other' ? null : 'singular';
  // A one-word name the data knows but does not class, plural in form: "Republicans", "Democrats".
  if (e.kind === 'other' && words.length === 1 && /[^s]s$/.test(last) && !SINGULAR_IN_S.test(last)) return 'plural';
  if (e.kind !== 'organization' && e.kind !== 'group') return null;
  if (COLLECTIVES.has(last)) return 'both';
  if (/[^s]s$/.test(last) && !SINGULAR_IN_S.test(last) && !e.id.startsWith('igo:')) return 'plural';
  return 'singular';
}

/**
 * Records the pronoun at token i as a mention of the collective it is bound to and returns
 * that entity, or -1 (no mention) when the reading is not clear.
 * @example "The Chinese Foreign Ministry said it would respond.": "it" → the ministry.
 */
export function resolveGroupPronoun(doc: Doc, table: EntityTable, i: number): number {
  const t = doc.tokens!;
  const word = t.lower[i];
  const plural = PLURAL.has(word);
  const fits = (m: Mention) => {
    if (m.entity < 0) return false;
    const e = table.entities[m.entity];
    const n = numberOf(e, m.kind === 'pronoun' ? e.name : doc.text.slice(m.start, m.end));
    return n === 'both' || n === (plural ? 'plural' : 'singular');
  };
  const s = t.sent[i];
  const sent = doc.sentences![s];
  const own = table.inSentence(s).filter((m) => m.entity >= 0 && m.tokEnd <= i);
  const clause: Clause = { doc, actors: own, lo: sent.tokStart, hi: sent.tokEnd };
  const record = (idx: number, rule: string) => {
    table.mention(i, i + 1, 'pronoun', idx, rule);
    return idx;
  };

  const verb = reportingVerb(clause, i);
  if (verb !== undefined) {
    const group = plural ? coordinatedSubject(clause, own, verb) : null;
    if (group) return record(group.entity, 'actors.pronoun.coordinated');
    const speaker = findSubject(clause, verb);
    // "Russia and China said they": the speakers are two entities, which one mention cannot name.
    return speaker && fits(speaker) && !isCoordinated(doc, speaker, clause.lo) ? record(speaker.entity, 'actors.pronoun.reported') : -1;
  }
  if (POSSESSIVE.has(word)) {
    let v = i - 1;
    while (v > clause.lo && i - v <= POSSESSOR_REACH && !isVerbal(t, v)) v--;
    const group = plural && isVerbal(t, v) ? coordinatedSubject(clause, own, v) : null;
    if (group) return record(group.entity, 'actors.pronoun.coordinated');
    const subject = controller(clause, i) ?? findSubject(clause, i);
    // Far from its subject, a possessive may well belong to a noun phrase in between.
    const near = subject && i - subject.tokEnd <= POSSESSOR_REACH;
    if (subject && near && subject.kind !== 'pronoun' && fits(subject) && !isCoordinated(doc, subject, clause.lo)) return record(subject.entity, 'actors.pronoun.possessive-subject');
    return -1;
  }
  // "it" as subject or object is mostly a thing or an expletive ("it is likely"): only a
  // sentence-opening "it" doing something continues the previous sentence's collective subject.
  if (!plural) return word === 'it' && own.length === 0 ? continuedSubject(doc, table, i, fits, record) : -1;
  const nominative = word === 'they';
  if (nominative && own.length > 0) {
    // "Protesters gathered outside parliament, and they demanded …": a later clause continues the
    // subject; "a source whom they did not name": a relative clause's seldom does.
    const relative = RELATIVES.has(t.lower[i - 1]);
    const first = relative ? -1 : firstVerb(clause, clause.lo, i);
    const group = first >= 0 ? coordinatedSubject(clause, own, first) : null;
    if (group) return record(group.entity, 'actors.pronoun.coordinated');
    const subject = relative ? null : findSubject(clause, i);
    const clear = subject && subject.kind !== 'pronoun' && fits(subject) && !isCoordinated(doc, subject, clause.lo) && !hasPluralNoun(doc, table.mentions, subject.tokEnd, i)
      && own.every((m) => m.entity === subject.entity || !fits(m));
    return clear ? record(subject.entity, 'actors.pronoun.subject') : -1;
  }
  // Binding: "them" is not the subject of its own verb ("prompting Democrats to accuse them").
  const local = nominative ? null : localSubject(clause, own, i);
  const prev: Clause = { doc, actors: [], lo: s > 0 ? doc.sentences![s - 1].tokStart : 0, hi: s > 0 ? doc.sentences![s - 1].tokEnd : 0 };
  const candidates = new Set<number>();
  let from = Infinity;
  for (const m of table.mentions) {
    const back = s - t.sent[m.tokStart];
    if (back < 0 || back > 1 || m.tokEnd > i || m.entity < 0 || m === local || m.entity === local?.entity) continue;
    if (isCoordinated(doc, m, doc.sentences![t.sent[m.tokStart]].tokStart)) return -1;
    // "They" opening a sentence continues the last one's subject, not a name in a phrase ("contact with Europeans. They …").
    if (fits(m) && (!nominative || isSubject(prev, m))) {
      candidates.add(m.entity);
      from = Math.min(from, m.tokEnd);
    }
  }
  if (candidates.size !== 1 || hasPluralNoun(doc, table.mentions, from, i)) return -1;
  return record([...candidates][0], nominative ? 'actors.pronoun.previous-subject' : 'actors.pronoun.salience');
}

/** Verbs "it" takes as an expletive or for a thing or event: "it seems", "it took three days". */
const IMPERSONAL = new Set(['seem', 'appear', 'take', 'remain', 'happen', 'rain', 'snow', 'matter', 'mean', 'follow', 'come', 'turn', 'look', 'sound', 'feel',
  'cost', 'last', 'become', 'get', 'go', 'hit', 'make', 'include', 'contain', 'show', 'reach', 'occur', 'begin', 'start', 'end', 'move', 'help']);

/**
 * "The House subpoenaed a transcript. It also called for records.": "it" opening a sentence,
 * with a verb of its own, is the previous sentence's subject when that opens the sentence and is a collective.
 */
function continuedSubject(doc: Doc, table: EntityTable, i: number, fits: (m: Mention) => boolean, record: (idx: number, rule: string) => number): number {
  const t = doc.tokens!;
  const s = t.sent[i];
  if (s === 0 || i !== doc.sentences![s].tokStart) return -1;
  let v = i + 1;
  while (v < t.count && t.pos[v] === POS.ADV) v++;
  if (t.pos[v] !== POS.VERB || IMPERSONAL.has(t.lemma[v])) return -1;
  const prev = doc.sentences![s - 1];
  let lo = prev.tokStart;
  if (t.pos[lo] === POS.DET) lo++;
  const subject = table.mentions.find((m) => m.tokStart === lo && m.entity >= 0);
  const c: Clause = { doc, actors: [], lo: prev.tokStart, hi: prev.tokEnd };
  if (!subject || !fits(subject) || !isSubject(c, subject) || isCoordinated(doc, subject, prev.tokStart)) return -1;
  return record(subject.entity, 'actors.pronoun.previous-subject');
}

/** The verb of saying whose reported clause the pronoun opens: "X said (that) it …"; undefined when it opens none. */
function reportingVerb(c: Clause, i: number): number | undefined {
  const t = c.doc.tokens!;
  if (t.lower[i] !== 'it' && t.lower[i] !== 'they') return undefined;
  let k = i - 1;
  while (k >= c.lo && t.pos[k] === POS.ADV) k--;
  // "said on Monday that they", "told reporters that it": a short phrase may stand between the verb and "that".
  if (k >= c.lo && t.lemma[k] === 'that' && t.pos[k] === POS.SCONJ) {
    const that = k--;
    while (k >= c.lo && that - k <= 4 && !isVerbal(t, k) && BETWEEN.has(t.pos[k])) k--;
  }
  if (k < c.lo || !REPORTING.has(t.lemma[k]) || !isVerbal(t, k)) return undefined;
  // "told it this was …": right after "tell" the pronoun is the one told.
  if (t.lemma[k] === 'tell' && k === i - 1) return undefined;
  return k;
}

/** Tokens a possessive may stand from the subject it is bound to. */
const POSSESSOR_REACH = 12;

/**
 * The actor that controls an infinitive holding token i: "allowed Hong Kong to have its own
 * legislature" → Hong Kong. Null when no infinitive with an object before it leads to i.
 */
function controller(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  for (let k = i - 1; k > c.lo && i - k <= 6; k--) {
    if (t.pos[k] === POS.PUNCT) return null;
    if (t.lemma[k] !== 'to' || !isVerbal(t, k + 1)) continue;
    const before = c.actors.find((m) => m.tokEnd === k);
    if (before) return before;
    // An object that is no actor ("urged the company to …") owns it: no reading is clear.
    return t.pos[k - 1] === POS.NOUN || t.pos[k - 1] === POS.PROPN ? NONE : null;
  }
  return null;
}

/** A controller that is no actor. */
const NONE: Mention = { start: 0, end: 0, tokStart: 0, tokEnd: 0, kind: 'pronoun', entity: -1, rule: '' };

const BETWEEN = new Set([POS.ADV, POS.ADP, POS.NOUN, POS.PROPN, POS.DET, POS.PRON]);

/** The subject of the verb a pronoun is object of: the actor before "to" ("Democrats to accuse them"), else the clause's. */
function localSubject(c: Clause, own: Mention[], i: number): Mention | null {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && (t.pos[k] === POS.ADV || t.pos[k] === POS.PART && t.lemma[k] !== 'to')) k--;
  if (k > c.lo && isVerbal(t, k) && t.lemma[k - 1] === 'to') {
    const before = own.find((m) => m.tokEnd === k - 1);
    if (before) return before;
  }
  return findSubject(c, i);
}

/** "Russia and China", "Britain, France and Germany": one of several actors named together. */
function isCoordinated(doc: Doc, m: Mention, lo: number): boolean {
  const t = doc.tokens!;
  const join = (k: number) => k >= lo && k < t.count && (t.pos[k] === POS.CCONJ || tokenText(doc, k) === ',') && t.lower[k] !== 'but';
  const nextIsName = (k: number) => k < t.count && (t.pos[k] === POS.PROPN || t.pos[k] === POS.DET && t.pos[k + 1] === POS.PROPN);
  return (join(m.tokStart - 1) && m.tokStart - 2 >= lo && t.pos[m.tokStart - 2] === POS.PROPN)
    || (join(m.tokEnd) && t.pos[m.tokEnd] === POS.CCONJ && nextIsName(m.tokEnd + 1));
}

/** A plural common noun outside any actor between an antecedent and the pronoun: "the rebels" may be who "they" are. */
function hasPluralNoun(doc: Doc, mentions: Mention[], from: number, to: number): boolean {
  const t = doc.tokens!;
  for (let k = from; k < to; k++) {
    if (t.pos[k] !== POS.NOUN || t.lemma[k] === t.lower[k] || mentions.some((m) => m.tokStart <= k && m.tokEnd > k)) continue;
    return true;
  }
  return false;
}

/**
 * Personal pronouns ("he", "her", "himself") resolved by salience, after Lappin and Leass:
 * each earlier mention of a person weighs by its grammatical role (subject over object over
 * a prepositional phrase), halves with every sentence back, and counts less inside quotation
 * marks. A subject pronoun continues the subject of its own sentence ("Mitsotakis met Trump,
 * where he …") or, opening a sentence, the previous sentence's subject; binding rules keep
 * "Trump praised him" from meaning Trump.
 */
import type { Doc, Mention } from '../../doc/types.js';
import { findSubject, isSubject, type Clause } from '../../nlp/syntax.js';
import { isCapitalised, isQuoteToken, isVerbal, POS, tokenText } from '../../nlp/tokens.js';
import type { EntityTable } from './resolve.js';
import { nameRun } from './scan.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const NOMINATIVE = new Set(['he', 'she']);
const REFLEXIVE = new Set(['himself', 'herself']);

/** Sentences looked back over; salience halves with each. */
const WINDOW = 4;
/** Weight of a mention by its role in its clause. */
const ROLE_WEIGHT = { subject: 100, object: 70, embedded: 60, other: 50, oblique: 40, possessor: 30, companion: 20 } as const;
type Role = keyof typeof ROLE_WEIGHT;
/** Companions, addressees and agents ("met with X", "said to X", "criticised by X") are seldom what follows is about. */
const COMPANION_PREPOSITIONS = new Set(['with', 'to', 'by']);
/** What a mention across a quotation mark from the pronoun keeps of its weight. */
const QUOTE_FACTOR = 0.7;
/** What a preferred antecedent (the subject a subject pronoun continues) adds. */
const CONTINUITY = 100;
/** Titles and kinship words that give a person's gender when the data does not: "Mrs. Ng", "his wife, Jonna", "Waseem, brother of …". */
const MALE_WORDS = new Set(['mr', 'mr.', 'sir', 'king', 'prince', 'lord', 'brother', 'son', 'father', 'husband', 'widower', 'uncle', 'nephew', 'grandson', 'grandfather', 'boyfriend']);
const FEMALE_WORDS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'madam', 'sister', 'daughter', 'mother', 'wife', 'widow', 'aunt',
  'niece', 'granddaughter', 'grandmother', 'girlfriend', 'actress']);
const FEMALE_ROLE = /(woman|ess)$/i;

/** True for the pronouns the stage resolves: "he", "her", "himself" ("it", "its", "they" stay open: measured, too often wrong or no actor). */
export function isPersonalPronoun(word: string): boolean {
  return MALE.has(word) || FEMALE.has(word);
}

/** Resolves the pronouns of one document against the mentions the actors stage has made so far. */
export class PronounResolver {
  private readonly quoted: Uint8Array;
  /** Capitalised words seen inside a sentence, where only names are capitalised. */
  private readonly names: Set<string>;
  private readonly roles = new Map<Mention, Role>();
  /** How often earlier pronouns have resolved to an entity as male and as female: the majority decides, as one may have erred. */
  private readonly heard = new Map<number, { m: number; f: number }>();

  constructor(private readonly doc: Doc, private readonly table: EntityTable) {
    this.quoted = quotedTokens(doc);
    this.names = innerCapitals(doc);
  }

  /**
   * Records the pronoun at token i as a mention of the most salient person it can refer to
   * and returns that entity, or -1 (no mention) when none fits.
   * @example "Mitsotakis met Trump at the White House, where he denounced …": "he" → Mitsotakis.
   */
  resolve(i: number): number {
    const doc = this.doc;
    const t = doc.tokens!;
    const word = t.lower[i];
    const gender = MALE.has(word) ? 'm' : 'f';
    const s = t.sent[i];
    const here = this.clause(s);
    const own = this.table.inSentence(s).filter((m) => m.entity >= 0 && m.tokEnd <= i);
    const person = (idx: number) => idx >= 0 && this.table.entities[idx].kind === 'person' && this.genderOf(idx) !== (gender === 'm' ? 'f' : 'm');
    let choice = -1;
    let rule = 'actors.pronoun.salience';
    if (REFLEXIVE.has(word)) {
      const subject = findSubject({ ...here, actors: own }, i);
      if (subject && person(subject.entity)) [choice, rule] = [subject.entity, 'actors.pronoun.reflexive'];
    } else if (this.isFronted(i, own)) {
      // "For his work, Mendez was awarded …": the owner is the subject the phrase leads to.
      const ahead = this.subjectAhead(i);
      if (ahead !== null && ahead >= 0 && person(ahead)) [choice, rule] = [ahead, 'actors.pronoun.cataphora'];
      else if (ahead === null) [choice, rule] = this.bySalience(i, word, own, person);
    } else {
      [choice, rule] = this.bySalience(i, word, own, person);
    }
    if (choice < 0) return -1;
    const votes = this.heard.get(choice) ?? { m: 0, f: 0 };
    votes[gender]++;
    this.heard.set(choice, votes);
    return this.record(i, choice, rule);
  }

  private record(i: number, entity: number, rule: string): number {
    this.table.mention(i, i + 1, 'pronoun', entity, rule);
    return entity;
  }

  /** The most salient fitting person, favouring the subject the pronoun continues; -1 when a name we could not resolve is that subject. */
  private bySalience(i: number, word: string, own: Mention[], person: (idx: number) => boolean): [number, string] {
    const doc = this.doc;
    const here = this.clause(doc.tokens!.sent[i]);
    const scores = this.scores(i, person);
    // Binding: an object pronoun is not its own clause's subject ("Trump praised him").
    if (word === 'him' || (word === 'her' && !isDeterminer(doc, i))) {
      const subject = findSubject({ ...here, actors: own }, i);
      if (subject) scores.delete(localSubject(doc, own, subject, i)?.entity ?? subject.entity);
    }
    // A pronoun inside a quote is not the one quoted: 'Durbin said "he ignores the law"'.
    if (this.quoted[i]) for (const idx of this.speakers(i)) scores.delete(idx);
    const favoured = this.continued(i, word);
    // "Mendez died …. He …" with two Mendezes named: the subject's surname narrows the choice.
    if (favoured && favoured.entities.length > 1) for (const idx of scores.keys()) if (!favoured.entities.includes(idx)) scores.delete(idx);
    for (const idx of favoured?.entities ?? []) if (scores.has(idx)) scores.set(idx, scores.get(idx)! + CONTINUITY);
    let best = 0;
    let choice = -1;
    for (const [idx, score] of scores) if (score > best) [best, choice] = [score, idx];
    const rule = choice >= 0 && favoured?.entities.includes(choice) ? favoured.rule : 'actors.pronoun.salience';
    // "Imus is survived by his wife": the subject is a name the article has not resolved, so the pronoun stays open.
    return [favoured?.entities.length === 0 ? -1 : choice, rule];
  }

  /** A possessive in a phrase opening the sentence, before its subject: "In his view, …". */
  private isFronted(i: number, own: Mention[]): boolean {
    const t = this.doc.tokens!;
    const lo = this.doc.sentences![t.sent[i]].tokStart;
    return own.length === 0 && !NOMINATIVE.has(t.lower[i]) && isDeterminer(this.doc, i) && (t.pos[lo] === POS.ADP || t.pos[lo] === POS.SCONJ);
  }

  /**
   * The person named as subject after the comma that closes the phrase holding token i: their
   * entity, UNKNOWN when the name is new to the article, null when no name follows.
   */
  private subjectAhead(i: number): number | null {
    const doc = this.doc;
    const t = doc.tokens!;
    const c = this.clause(t.sent[i]);
    let k = i + 1;
    while (k < c.hi && tokenText(doc, k) !== ',') k++;
    const run = k + 1 < c.hi ? nameRun(doc, k + 1, c.hi) : null;
    if (!run || !isSubject(c, { start: 0, end: 0, tokStart: run[0], tokEnd: run[1], kind: 'name', entity: -1, rule: '' })) return null;
    const text = (a: number) => doc.text.slice(t.start[a], t.end[run[1] - 1]);
    for (let a = run[0]; a < run[1]; a++) {
      const idx = this.table.byNamePart(text(a));
      if (idx >= 0) return idx;
    }
    return UNKNOWN;
  }

  /** Salience per candidate entity: its best mention's weight plus half the others'. */
  private scores(i: number, fits: (idx: number) => boolean): Map<number, number> {
    const t = this.doc.tokens!;
    const s = t.sent[i];
    const best = new Map<number, number>();
    const rest = new Map<number, number>();
    const mentions = this.table.mentions;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      const back = s - t.sent[m.tokStart];
      if (back > WINDOW) break;
      if (!fits(m.entity)) continue;
      let w = ROLE_WEIGHT[this.role(m)] / 2 ** back;
      if (this.quoted[m.tokStart] !== this.quoted[i]) w *= QUOTE_FACTOR;
      const b = best.get(m.entity) ?? 0;
      best.set(m.entity, Math.max(b, w));
      rest.set(m.entity, (rest.get(m.entity) ?? 0) + Math.min(b, w));
    }
    return new Map([...best].map(([idx, w]) => [idx, w + (rest.get(idx) ?? 0) / 2]));
  }

  /**
   * The subject a pronoun continues: a subject pronoun later in its sentence, or any pronoun
   * after the subject, continues that subject; one opening a sentence continues the last one's.
   */
  private continued(i: number, word: string): { entities: number[]; rule: string } | null {
    const t = this.doc.tokens!;
    const s = t.sent[i];
    const inside = this.quoted[i];
    const subject = this.subjectIn(s, i, inside, true);
    if (subject !== null) return { entities: subject, rule: 'actors.pronoun.subject' };
    const lo = this.doc.sentences![s].tokStart;
    let opening = NOMINATIVE.has(word) && !this.table.inSentence(s).some((m) => m.tokEnd <= i);
    for (let k = lo; k < i && opening; k++) if (isVerbal(t, k)) opening = false;
    if (!opening || s === 0) return null;
    const prev = this.subjectIn(s - 1, this.doc.sentences![s - 1].tokEnd, inside, false);
    return prev !== null ? { entities: prev, rule: 'actors.pronoun.previous-subject' } : null;
  }

  /**
   * The first (or, with `nearest`, the last) person subject in sentence s before token `before`, on the same side of any
   * quotation mark: its entity, or for a name the stage left unresolved the people whose name
   * ends the same way (none when it is new); null when there is no such subject.
   */
  private subjectIn(s: number, before: number, inside: number, nearest: boolean): number[] | null {
    const doc = this.doc;
    const t = doc.tokens!;
    const c = this.clause(s);
    let found: number[] | null = null;
    const mentions = this.table.inSentence(s).filter((m) => m.tokEnd <= before);
    for (let k = c.lo; k < before; k++) {
      if (this.quoted[k] !== inside) continue;
      const m = mentions.find((x) => x.tokStart === k);
      if (m) {
        if (m.entity >= 0 && this.table.entities[m.entity].kind === 'person' && this.role(m) === 'subject') {
          found = [m.entity];
          if (!nearest) return found;
        }
        k = m.tokEnd - 1;
        continue;
      }
      const run = t.pos[k] === POS.PROPN ? nameRun(doc, k, before) : null;
      if (!run) continue;
      // The verb follows the name itself: a capitalised word opening a sentence may be a modifier ("Unilateral sanctions do").
      // "on Tuesday admitted": a name after a preposition is no subject.
      const verb = run[1] < c.hi && (isVerbal(t, run[1]) || t.pos[run[1]] === POS.ADV) && !(k > c.lo && t.pos[k - 1] === POS.ADP);
      // A word opening a sentence or quote is capitalised anyway ("Sanctions are …"): a name only if seen capitalised inside one too.
      const opening = k === c.lo || isQuoteToken(doc, k - 1);
      if (opening && run[1] - run[0] === 1 && !this.names.has(tokenText(doc, k))) continue;
      if (verb && !mentions.some((x) => x.tokStart < run[1] && x.tokEnd > run[0])
        && isSubject(c, { start: 0, end: 0, tokStart: run[0], tokEnd: run[1], kind: 'name', entity: -1, rule: '' })) {
        const last = ` ${t.lower[run[1] - 1]} `;
        found = [...this.table.entities.keys()].filter((idx) => this.table.entities[idx].kind === 'person' && ` ${this.table.entities[idx].name.toLowerCase()} `.includes(last));
        if (!nearest) return found;
      }
      k = run[1] - 1;
    }
    return found;
  }

  /**
   * Who speaks the quote holding token i: a subject outside the quote, in its sentence or the
   * one where it opens, or a person already met named right after it ('"…," Trump said').
   */
  private speakers(i: number): number[] {
    const doc = this.doc;
    const t = doc.tokens!;
    let open = i;
    while (open > 0 && this.quoted[open - 1]) open--;
    let close = i;
    while (close < t.count && this.quoted[close]) close++;
    const sents = new Set([t.sent[i], t.sent[open]]);
    const out = [...sents].flatMap((k) => this.table.inSentence(k)).filter((m) => m.entity >= 0 && !this.quoted[m.tokStart] && this.role(m) === 'subject')
      .map((m) => m.entity);
    // '"…," said Younus. "So we chose him"': a quote with only an attribution since the last one goes on in the same voice.
    let prior = open - 1;
    while (prior > 0 && !this.quoted[prior] && open - prior <= ATTRIBUTION_REACH && doc.sentences![t.sent[prior]].paragraph === doc.sentences![t.sent[open]].paragraph) prior--;
    if (this.quoted[prior]) out.push(...this.table.mentions.filter((m) => m.tokStart > prior && m.tokEnd < open && m.entity >= 0 && this.role(m) === 'subject').map((m) => m.entity));
    let k = close + 1;
    if (k < t.count && tokenText(doc, k) === ',') k++;
    if (k < t.count && t.pos[k] === POS.VERB) k++;
    // Only a name in the sentence the quote closes in: one after a full stop starts another.
    const run = k < t.count && t.sent[k] === t.sent[close - 1] ? nameRun(doc, k, doc.sentences![t.sent[k]].tokEnd) : null;
    for (let a = run ? run[0] : 0; run && a < run[1]; a++) {
      const idx = this.table.byNamePart(doc.text.slice(t.start[a], t.end[run[1] - 1]));
      if (idx >= 0) {
        out.push(idx);
        break;
      }
    }
    return out;
  }

  private clause(s: number): Clause {
    const sent = this.doc.sentences![s];
    return { doc: this.doc, actors: [], lo: sent.tokStart, hi: sent.tokEnd };
  }

  /** A mention's role in its clause, from the words around it. */
  private role(m: Mention): Role {
    const known = this.roles.get(m);
    if (known) return known;
    const doc = this.doc;
    const t = doc.tokens!;
    const c = this.clause(t.sent[m.tokStart]);
    let p = m.tokStart - 1;
    while (p >= c.lo && (t.pos[p] === POS.DET || t.pos[p] === POS.ADJ)) p--;
    let role: Role = 'other';
    if (p >= c.lo && t.pos[p] === POS.ADP) role = COMPANION_PREPOSITIONS.has(t.lemma[p]) ? 'companion' : 'oblique';
    else if (m.tokEnd < c.hi && /^['’]s?$/.test(tokenText(doc, m.tokEnd)) && t.pos[m.tokEnd] === POS.PART) role = 'possessor';
    else if (m.kind === 'pronoun' && POSSESSIVE.has(t.lower[m.tokStart])) role = 'possessor';
    else if (isSubject(c, m)) role = isEmbedded(doc, c.lo, m.tokStart) ? 'embedded' : 'subject';
    // "Dunn's mother, Charlotte Charles, said": the name closing an apposition is its subject.
    else if (tokenText(doc, m.tokEnd) === ',' && t.pos[m.tokEnd + 1] === POS.VERB && tokenText(doc, m.tokStart - 1) === ',') role = 'subject';
    // '"…," said Trump': the speaker after an inverted verb of saying.
    else if (p > c.lo && t.pos[p] === POS.VERB && (tokenText(doc, p - 1) === ',' || this.quoted[p - 1] || isQuoteToken(doc, p - 1))) role = 'subject';
    else if (p >= c.lo && t.pos[p] === POS.VERB) role = 'object';
    this.roles.set(m, role);
    return role;
  }

  private genderOf(idx: number): 'm' | 'f' | null {
    const e = this.table.entities[idx];
    if (e.gender) return e.gender;
    const cue = this.cueGender(idx);
    const votes = this.heard.get(idx);
    return cue ?? (votes && votes.m !== votes.f ? (votes.m > votes.f ? 'm' : 'f') : null);
  }

  /** The gender a title, role or kinship word next to one of the entity's names gives. */
  private cueGender(idx: number): 'm' | 'f' | null {
    const e = this.table.entities[idx];
    if (e.role && FEMALE_ROLE.test(e.role)) return 'f';
    const t = this.doc.tokens!;
    for (const k of e.mentions) {
      const m = this.table.mentions[k];
      if (m.kind === 'pronoun') continue;
      const before = tokenText(this.doc, m.tokStart - 1) === ',' ? m.tokStart - 2 : m.tokStart - 1;
      let after = m.tokEnd + 1;
      while (after < t.count && after - m.tokEnd < 4 && (t.pos[after] === POS.DET || t.pos[after] === POS.PRON || t.pos[after] === POS.ADJ)) after++;
      const cues = [m.tokStart, before, ...(tokenText(this.doc, m.tokEnd) === ',' ? [after] : [])].filter((j) => j >= 0 && j < t.count);
      for (const j of cues) {
        if (MALE_WORDS.has(t.lower[j])) return 'm';
        if (FEMALE_WORDS.has(t.lower[j])) return 'f';
      }
    }
    return null;
  }
}

/**
 * The understood subject of a non-finite verb governing the object pronoun at i: the actor
 * named after the clause subject ("failed to stop Mary from harassing him": Mary, so "him"
 * may be the clause subject), or null when the verb is finite or no actor stands between.
 */
function localSubject(doc: Doc, own: Mention[], subject: Mention, i: number): Mention | null {
  const t = doc.tokens!;
  const v = i - 1;
  if (v <= subject.tokEnd || t.pos[v] !== POS.VERB || !(/ing$/.test(t.lower[v]) || t.lower[v - 1] === 'to')) return null;
  return own.filter((m) => m.tokStart >= subject.tokEnd && m.tokEnd < v && m.kind !== 'pronoun').pop() ?? null;
}

/** Tokens an attribution between two quotes of one speaker spans at most. */
const ATTRIBUTION_REACH = 20;
/** A subject named by a name the stage could not resolve. */
const UNKNOWN = -2;
const POSSESSIVE = new Set(['his', 'her', 'hers']);

/** A subject after a verb with no comma between is a later clause's: "the sentence Manafort received". */
function isEmbedded(doc: Doc, lo: number, at: number): boolean {
  const t = doc.tokens!;
  for (let k = at - 1; k >= lo; k--) {
    if (tokenText(doc, k) === ',') return false;
    if (isVerbal(t, k)) return true;
  }
  return false;
}

/** "her book" (a determiner) against "met her" (an object). */
function isDeterminer(doc: Doc, i: number): boolean {
  const t = doc.tokens!;
  const next = t.pos[i + 1];
  return i + 1 < t.count && (next === POS.NOUN || next === POS.ADJ || next === POS.PROPN || next === POS.NUM);
}

/** Capitalised words that follow a word inside a sentence: there, capitals mark names. */
function innerCapitals(doc: Doc): Set<string> {
  const t = doc.tokens!;
  const out = new Set<string>();
  for (const s of doc.sentences!) {
    for (let k = s.tokStart + 1; k < s.tokEnd; k++) if (t.pos[k - 1] !== POS.PUNCT && isCapitalised(doc, k)) out.add(tokenText(doc, k));
  }
  return out;
}

/** Marks the tokens inside quotation marks; an unclosed quote ends with its paragraph. */
function quotedTokens(doc: Doc): Uint8Array {
  const t = doc.tokens!;
  const out = new Uint8Array(t.count);
  let open = false;
  let paragraph = -1;
  let from = 0;
  for (const s of doc.sentences!) {
    if (s.paragraph !== paragraph) [open, paragraph, from] = [false, s.paragraph, s.tokStart];
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      const w = tokenText(doc, k);
      const opens: boolean | null = w === '“' || w === '«' ? true : w === '”' || w === '»' ? false : w === '"' ? straightQuoteOpens(doc.text, t.start[k]) ?? !open : null;
      // A quote closing with none open began before the paragraph did ('… Jurgensen," said Younus'): all before it is quoted.
      if (opens === false && !open) out.fill(1, from, k);
      if (opens !== null) [open, from] = [opens, k + 1];
      else if (open) out[k] = 1;
    }
  }
  return out;
}

/** Whether a straight quote opens (before a word, after a space or full stop) or closes (after a word, before a space); null when its sides do not tell. */
function straightQuoteOpens(text: string, at: number): boolean | null {
  const before = at > 0 ? text[at - 1] : ' ';
  const after = at + 1 < text.length ? text[at + 1] : ' ';
  if (/[\p{L}\d]/u.test(after) && /[\s.(]/.test(before)) return true;
  if (/[\s]/.test(after) && /[\p{L}\d,.!?]/u.test(before)) return false;
  return null;
}

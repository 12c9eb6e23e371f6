/**
 * Noun phrases that can say something: "Wang", "a senior official", "The New York Post",
 * "sources", with the entity each names.
 */
import type { ActorRef, Doc, Mention } from '../../doc/types.js';
import { isCapitalised, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import type { Rules, Speaker } from './types.js';

export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Pronouns that stand for an unnamed person: "Then someone asked how …". */
const INDEFINITE = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'by']);
/** Words that scale a quantity before a source: "Nearly eight of 10 voters", "Only 52 percent of voters". */
const HEDGES = new Set(['nearly', 'almost', 'only', 'about', 'roughly', 'just', 'some']);
/** A time, not a part of the speaker: "David Axelrod on Wednesday", "prosecutors in April". */
const TIMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'day', 'time', 'occasion',
]);
/** Quantities that head a partitive "of" phrase inside a subject. */
const QUANTITIES = new Set(['some', 'many', 'most', 'all', 'each', 'one', 'none', 'several', 'both', 'few', 'half']);
/** Adverbs of degree inside a noun phrase: "the most strident", "a very senior official". */
const DEGREES = new Set(['most', 'more', 'very', 'less', 'least', 'highly']);
const YEAR = /^(1[89]|20)\d\d$/;
/** Prepositions that attach a modifier to a subject noun: "a complaint to the board", "observers around the country" (the lemmatizer gives "thru" for "through"). */
const SUBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'by', 'to', 'about', 'around', 'across', 'among', 'including', 'over', 'through', 'thru', 'against', 'within', 'near', 'outside', 'into', 'under']);

/** Adjectives that take an object after a subject pronoun, with their preposition: "those close to him". */
const ADJECTIVE_OBJECTS = new Map([['close', 'to'], ['familiar', 'with'], ['loyal', 'to'], ['opposed', 'to'], ['knowledgeable', 'about']]);

export class Phrases {
  /** Mention starting at each token, for mentions that resolve to an entity. */
  readonly mentionAt = new Map<number, Mention>();
  /** Tokens inside a mention but not at its start: a phrase cannot begin there. */
  protected readonly inside = new Set<number>();

  constructor(readonly doc: Doc, readonly rules: Rules) {
    for (const m of doc.mentions!) {
      if (m.entity < 0) continue;
      this.mentionAt.set(m.tokStart, m);
      for (let k = m.tokStart + 1; k < m.tokEnd; k++) this.inside.add(k);
    }
  }

  lemma(i: number): string {
    return this.doc.tokens!.lemma[i] ?? '';
  }

  ref(sp: Speaker): ActorRef {
    if (sp.antecedent) return this.ref(sp.antecedent);
    if (sp.mention) {
      const e = this.doc.entities![sp.mention.entity];
      return { code: e.actor, name: e.name };
    }
    return { code: null, name: this.doc.text.slice(sp.start, sp.nameEnd ?? sp.end) };
  }

  isMedia(sp: Speaker): boolean {
    return sp.mention !== null && this.doc.entities![sp.mention.entity].kind === 'media';
  }

  isPerson(sp: Speaker): boolean {
    return sp.mention !== null && this.doc.entities![sp.mention.entity].kind === 'person';
  }

  protected speaker(a: number, b: number, mention: Mention | null): Speaker {
    const t = this.doc.tokens!;
    return { tokStart: a, tokEnd: b, start: t.start[a], end: t.end[b - 1], mention };
  }

  /** The entity a phrase names: its head, or what it is "of"/"for"; not a possessor ("Clinton's aide"). */
  protected headMention(a: number, b: number): Mention | null {
    let found: Mention | null = null;
    for (let k = a; k < b; k++) {
      const m = this.mentionAt.get(k);
      if (!m || m.tokEnd > b) continue;
      if (/^['’]s?$/.test(tokenText(this.doc, m.tokEnd)) && m.tokEnd < b) continue;
      found = m;
      k = m.tokEnd - 1;
    }
    return found;
  }

  /**
   * A noun phrase starting at token i: a pronoun, or determiners, modifiers, names and
   * nouns ("Clinton spokesman Nick Merrill", "The nonpartisan Commission on Presidential
   * Debates", "Mr. Obama"), with an "of"/"for"/"on" phrase.
   */
  phraseAt(i: number, hi: number): Speaker | null {
    const t = this.doc.tokens!;
    if (i >= hi || this.inside.has(i)) return null;
    if (t.pos[i] === POS.PRON && (PERSONAL.has(t.lemma[i]) || INDEFINITE.has(t.lemma[i]))) {
      const m = this.mentionAt.get(i);
      return this.speaker(i, i + 1, m ?? null);
    }
    // "No one expected …": the two words stand for a person like "nobody".
    if (t.lower[i] === 'no' && t.lower[i + 1] === 'one' && i + 1 < hi) return this.speaker(i, i + 2, null);
    // "Not everyone finds …": the negation belongs to the source.
    if (t.lemma[i] === 'not' && /^(everyone|everybody|all|every)$/.test(this.lemma(i + 1))) {
      const rest = this.phraseAt(i + 1, hi);
      return rest ? { ...rest, tokStart: i, start: t.start[i] } : null;
    }
    // "Those close to him say": a pronoun with an adjective and its object.
    if (t.lemma[i] === 'those' && t.pos[i + 1] === POS.ADJ && ADJECTIVE_OBJECTS.get(t.lemma[i + 1]) === this.lemma(i + 2)) {
      const object = this.phraseAt(i + 3, hi);
      if (object) return this.speaker(i, object.tokEnd, null);
    }
    // "Those polled", "those at the rally", "those who attended": the demonstrative stands for people.
    if (t.lemma[i] === 'those' && t.pos[i + 1] !== POS.NOUN && t.pos[i + 1] !== POS.ADJ) {
      if (/^(who|whom)$/.test(this.lemma(i + 1))) return this.speaker(i, i + 1, null);
      if (t.pos[i + 1] === POS.VERB && /(ed|ing)$/.test(t.lower[i + 1]) && ![POS.DET, POS.PRON, POS.NOUN, POS.PROPN].includes(t.pos[i + 2])) return this.speaker(i, i + 2, null);
      const object = t.pos[i + 1] === POS.ADP && PHRASE_PREPOSITIONS.has(t.lemma[i + 1]) ? this.phraseAt(i + 2, hi) : null;
      if (object) return this.speaker(i, object.tokEnd, null);
    }
    // An amount of money is no speaker's quantity: "the $20 million experts say it costs".
    if (t.pos[i] === POS.NUM && i > 0 && /^[$€£]$/.test(tokenText(this.doc, i - 1))) {
      let n = i;
      while (n < hi && t.pos[n] === POS.NUM) n++;
      return this.phraseAt(n, hi);
    }
    let j = i;
    if (t.pos[j] === POS.ADV && HEDGES.has(t.lemma[j]) && [POS.NUM, POS.ADJ].includes(t.pos[j + 1])) j++;
    // A relative or a complementizer opens a clause, not a phrase: "which state media claimed", "that President Obama has".
    if (t.pos[j] === POS.DET && (/^wh/.test(t.lemma[j]) || (t.lemma[j] === 'that' && (t.pos[j + 1] === POS.PROPN || this.mentionAt.has(j + 1))))) return null;
    if (!this.mentionAt.has(i) && (t.pos[j] === POS.DET || (t.pos[j] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[j])))) j++;
    const words = (from: number): number => {
      let k = from;
      for (;;) {
        const m = this.mentionAt.get(k);
        // A pronoun starts a phrase of its own: "In a Fox interview he said".
        if (m && m.tokEnd <= hi && !(k > from && t.pos[k] === POS.PRON)) k = m.tokEnd;
        else if (k < hi && [POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k]) && !this.inside.has(k)) k++;
        // A surname the tagger reads as a verb: "Rep. Stephen Lynch".
        else if (k > from && k < hi && this.isNameVerb(k)) k++;
        // A name particle the tagger does not know: "De Blasio".
        else if (k < hi && t.pos[k] === POS.X && isCapitalised(this.doc, k) && t.pos[k + 1] === POS.PROPN) k++;
        // The full stop of a title: "the Rev. Peter Wherry".
        else if (k > from && k + 1 < hi && tokenText(this.doc, k) === '.' && t.end[k - 1] === t.start[k] && t.pos[k - 1] === POS.PROPN
          && tokenText(this.doc, k - 1).length <= 4 && t.pos[k + 1] === POS.PROPN && isCapitalised(this.doc, k + 1)) k++;
        else if (k > from && k < hi && /^['’]s?$/.test(tokenText(this.doc, k)) && t.pos[k] === POS.PART) k++;
        // The possessive of a plural: "Flight attendants' union".
        else if (k > from && k + 1 < hi && /^['’]$/.test(tokenText(this.doc, k)) && t.end[k - 1] === t.start[k] && /s$/.test(tokenText(this.doc, k - 1))
          && [POS.NOUN, POS.PROPN].includes(t.pos[k - 1]) && t.pos[k + 1] === POS.NOUN) k++;
        // A hyphenated name or modifier split by the tokenizer: "Holtz-Eakin", "conservative-leaning".
        // The second part may start a name: "New York Times/CBS News poll".
        else if (k > from && k + 1 < hi && /^[-/]$/.test(tokenText(this.doc, k)) && t.end[k - 1] === t.start[k] && t.end[k] === t.start[k + 1]) {
          const joined = this.mentionAt.get(k + 1);
          k = joined && joined.tokEnd <= hi ? joined.tokEnd : k + 2;
        }
        // Coordinated speakers: "Mr. Grassley and Mr. Leahy", "Federal and state officials".
        else if (k > from && k + 1 < hi && t.lemma[k] === 'and' && t.pos[k] === POS.CCONJ && [POS.ADJ, POS.NOUN, POS.PROPN].includes(t.pos[k + 1])) k++;
        else return k;
      }
    };
    const end = words(j);
    // The phrase must end in a noun or a name, not an adjective or a possessive.
    let last = end;
    while (last > j && !([POS.NOUN, POS.PROPN].includes(t.pos[last - 1]) || this.endsMention(last) || this.isNameVerb(last - 1))) last--;
    // A quantity is a head when a part of something follows: "Many of his supporters", "eight of 10 voters".
    if (last === j && end > j && this.lemma(end) === 'of' && [POS.ADJ, POS.NUM].includes(t.pos[end - 1])) last = end;
    if (last === j) return null;
    j = last;
    // "a spokesman for the ministry", "officials of the party", "a study by two economists".
    const tailAt = (a: number): number => {
      let k = a + 1;
      // "many of those polled".
      const those = t.lemma[k] === 'those' ? this.phraseAt(k, hi) : null;
      if (those) return those.tokEnd;
      // "a game in which companies …": a relative opens a clause, not the preposition's object.
      if (/^wh/.test(t.lemma[k])) return a;
      if (t.pos[k] === POS.DET || (t.pos[k] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[k]))) k++;
      // After a preposition a past participle before a noun is its modifier: "of (newly) filed reports".
      const adverb = t.pos[k] === POS.ADV && /ly$/.test(t.lower[k]) ? 1 : 0;
      if (t.pos[k + adverb] === POS.VERB && /ed$/.test(t.lower[k + adverb]) && [POS.NOUN, POS.ADJ].includes(t.pos[k + adverb + 1])) k += adverb + 1;
      const tail = words(k);
      // "in 2001" alone is a time; "from the 2014 survey" is not.
      if (this.isTime(tail - 1) || this.isTime(k) || (tail === k + 1 && YEAR.test(tokenText(this.doc, k)))) return a;
      // "a mother of three": a spelled-out number stands for the children or members counted.
      const counted = t.lemma[a] === 'of' && tail === k + 1 && t.pos[k] === POS.NUM && /^[a-z]+$/.test(t.lower[k]);
      return tail > k && ([POS.NOUN, POS.PROPN].includes(t.pos[tail - 1]) || this.endsMention(tail) || counted) ? tail : a;
    };
    if (j < hi && PHRASE_PREPOSITIONS.has(t.lemma[j]) && t.pos[j] === POS.ADP) j = tailAt(j);
    // "a poll conducted by Gallup", "a man fatally shot by police": a participle with its agent.
    const participle = t.pos[j] === POS.ADV && t.pos[j + 1] === POS.VERB ? j + 1 : j;
    const past = /(ed|en)$/.test(tokenText(this.doc, participle)) || (t.lower[participle] !== t.lemma[participle] && !/(s|ing)$/.test(t.lower[participle]));
    if (participle + 1 < hi && t.pos[participle] === POS.VERB && past && this.lemma(participle + 1) === 'by') {
      const tail = tailAt(participle + 1);
      if (tail > participle + 1) j = tail;
    }
    // Two phrases run together after a noun of saying or of time: "In a Bloomberg interview Trump declared",
    // "a speech Mrs. Clinton delivered", "the third time AROS said". Such nouns are no titles ("the
    // Republican nominee Donald Trump" is one phrase), so the name starts a phrase of its own.
    for (let m = i + 1; m < j; m++) {
      // Not a date after the noun: "a statement Friday".
      if (t.pos[m - 1] !== POS.NOUN || isCapitalised(this.doc, m - 1) || !this.isContentNoun(m - 1) || !isCapitalised(this.doc, m) || this.isTime(m)) continue;
      let n = m;
      while (n < j && (t.pos[n] === POS.PROPN || tokenText(this.doc, n) === '.') && (isCapitalised(this.doc, n) || tokenText(this.doc, n) === '.')) n++;
      if (n === j) return this.speaker(m, j, this.headMention(m, j));
    }
    return this.speaker(i, j, this.headMention(i, j));
  }

  /** True when the phrase at i is (part of) a preposition's object: "After [the] vote". */
  protected afterPreposition(i: number): boolean {
    const t = this.doc.tokens!;
    let k = i - 1;
    while (k >= 0 && [POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k])) k--;
    return k >= 0 && (t.pos[k] === POS.ADP || t.pos[k] === POS.SCONJ);
  }

  /**
   * Where the subject that ends in the phrase at `a` starts, when the phrase is only its last
   * part: "[A 2014 study by Harvard and] the University of California found", "[The latest poll
   * released] Friday shows", "[Only 52 percent of] registered voters agreed". It must start the
   * clause: a verb before it makes the extension an object ("rejected the claims and officials said").
   */
  subjectStart(a: number): number {
    const t = this.doc.tokens!;
    const lo = this.doc.sentences![t.sent[a]].tokStart;
    const nominal = (k: number) => k >= lo && ([POS.NOUN, POS.PROPN, POS.NUM].includes(t.pos[k]) || this.endsMention(k + 1) || /^['’]s?$/.test(tokenText(this.doc, k)));
    // A noun before k, also before a passive "being": "a study being released".
    const afterNoun = (k: number) => nominal(k - 1) || (t.lower[k - 1] === 'being' && nominal(k - 2));
    // The tagger may read a participle after its noun as an adjective: "people [involved] in the talks".
    const participle = (k: number) => k > lo && (t.pos[k] === POS.VERB || t.pos[k] === POS.ADJ) && /(ed|en|ing)$/.test(tokenText(this.doc, k));
    // A gerund after a preposition heads its own phrase: "opponents of [taking] in migrants".
    const gerund = (k: number) => participle(k) && /ing$/.test(tokenText(this.doc, k)) && t.pos[k - 1] === POS.ADP;
    // A quantity before "of" is a head: "[some] of the most strident opponents".
    const quantity = (k: number) => QUANTITIES.has(t.lower[k]);
    const attached = (k: number) => nominal(k) || quantity(k) || (participle(k) && (afterNoun(k) || gerund(k)));
    // A time inside the subject, after a participle: "a study released on Tuesday by researchers".
    const timed = (k: number) => /^(on|in)$/.test(this.lemma(k - 1)) && t.pos[k - 1] === POS.ADP && participle(k - 2);
    // A relative clause inside the subject, its pronoun's index or -1: "[the economists] who studied",
    // "[a study] that appeared in", "[Surety companies] that had insured" (auxiliaries may come between).
    const relative = (k: number) => {
      // The verb may be a copula: "[leaders] who have been some of …".
      if (t.pos[k] !== POS.VERB && !(t.pos[k] === POS.AUX && t.lemma[k] === 'be' && k + 1 < t.count && [POS.DET, POS.NOUN, POS.NUM].includes(t.pos[k + 1]))) return -1;
      let r = k - 1;
      while (r > lo && k - r <= 3 && (t.pos[r] === POS.AUX || t.pos[r] === POS.ADV)) r--;
      return r - 1 >= lo && /^(who|that)$/.test(t.lemma[r]) && nominal(r - 1) ? r : -1;
    };
    // "[The family,] protesters and civic leaders": earlier members of a list joined by "and".
    const listsAhead = (k: number) => {
      for (let j = k + 1; j < k + 8 && j < t.count; j++) {
        if (t.pos[j] === POS.CCONJ) return /^(and|or)$/.test(t.lemma[j]);
        if (![POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[j])) return false;
      }
      return false;
    };
    let s = a;
    let list = false;
    for (let k = a - 1; k >= lo; k--) {
      if (tokenText(this.doc, k) === ',' && s === k + 1 && (list || listsAhead(k)) && nominal(k - 1)) {
        s = k;
        list = true;
        continue;
      }
      // Past a list comma only the members' words may follow.
      if (list && ![POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k])) break;
      const pronoun = relative(k);
      if (pronoun >= 0) {
        s = pronoun;
        k = pronoun;
        continue;
      }
      const p = t.pos[k];
      const w = tokenText(this.doc, k);
      // "But that freewheeling environment …": opening the sentence, "that" before a noun is a demonstrative.
      const demonstrative = t.lemma[k] === 'that' && s === k + 1 && (k === lo || (k - 1 === lo && t.pos[lo] === POS.CCONJ)) && [POS.ADJ, POS.NOUN].includes(t.pos[k + 1]);
      if (demonstrative) s = k;
      else if ([POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(p) || (p === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[k])) || (p === POS.PART && /^['’]s?$/.test(w))) {
        if (t.lemma[k] === 'that' || /^wh/.test(t.lemma[k]) || (this.isTime(k) && !timed(k))) break;
        s = k;
      } else if (/^[-/]$/.test(w) && t.end[k - 1] === t.start[k] && t.end[k] === t.start[k + 1]) s = k;
      // The possessive of a plural: "[the Court of Appeals’] Board".
      else if (/^['’]$/.test(w) && t.end[k - 1] === t.start[k] && /s$/.test(tokenText(this.doc, k - 1)) && nominal(k - 1)) s = k;
      else if (p === POS.X && isCapitalised(this.doc, k) && s === k + 1) s = k;
      // A capitalised word of a name read as a verb: "the Freedom of Information Act lawsuits".
      else if (this.isNameVerb(k)) s = k;
      else if (p === POS.ADP && SUBJECT_PREPOSITIONS.has(t.lemma[k]) && (attached(k - 1) || relative(k - 1) >= 0 || (t.pos[k - 1] === POS.CCONJ && nominal(k - 2)))) s = k;
      // A noun the tagger reads as an adjective before "of": "[The poll] average of polls taken …".
      else if (p === POS.ADP && t.lemma[k] === 'of' && t.pos[k - 1] === POS.ADJ && k - 2 >= lo && [POS.DET, POS.PROPN, POS.NOUN].includes(t.pos[k - 2])) s = k;
      // A role after a noun: "[her tenure] as secretary of state".
      else if (p === POS.ADP && t.lemma[k] === 'as' && k - 1 >= lo && t.pos[k - 1] === POS.NOUN) s = k;
      else if (p === POS.CCONJ && /^(and|or)$/.test(t.lemma[k]) && nominal(k - 1)) s = k;
      // A participle modifying the noun before it: "a union representing pilots", "a poll released Friday", "research conducted by".
      else if (p === POS.AUX && t.lower[k] === 'being' && nominal(k - 1) && participle(k + 1)) s = k;
      else if (p === POS.VERB && afterNoun(k) && (/ing$/.test(w) || (/(ed|en)$/.test(w) && t.pos[k + 1] !== POS.DET && t.pos[k + 1] !== POS.PRON))) s = k;
      // ... or the noun after it: "registered voters", "restructuring experts".
      else if (p === POS.VERB && /(ed|ing)$/.test(w) && s === k + 1 && [POS.NOUN, POS.ADJ].includes(t.pos[k + 1])) s = k;
      else if (p === POS.ADV && HEDGES.has(t.lemma[k]) && [POS.NUM, POS.ADJ, POS.DET].includes(t.pos[k + 1])) s = k;
      else if (gerund(k) && s === k + 1) s = k;
      // A degree adverb before its adjective: "the [most] strident opponents".
      else if (p === POS.ADV && DEGREES.has(t.lemma[k]) && s === k + 1 && t.pos[k + 1] === POS.ADJ) s = k;
      else break;
    }
    if (s === a) return a;
    // A participle may open the subject as its modifier: "restructuring experts", "elected officials".
    const modifier = t.pos[s] === POS.VERB && /(ed|ing)$/.test(tokenText(this.doc, s)) && [POS.NOUN, POS.ADJ].includes(t.pos[s + 1]);
    const opens = [POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN, POS.ADV].includes(t.pos[s]) || t.lemma[s] === 'that' || (t.pos[s] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[s])) || modifier;
    const before = s - 1;
    // "as the United States, Britain and France support": "as" opens a clause here, whatever its tag.
    const subordinator = /^(as|while)$/.test(t.lemma[before]) && t.lemma[before - 1] !== 'such';
    // "after leaked documents … show": a preposition of time before a clause is a subordinator.
    const clauseOpener = /^(after|before|since|until)$/.test(t.lemma[before]);
    const boundary = before < lo || [POS.PUNCT, POS.CCONJ, POS.SCONJ, POS.ADV].includes(t.pos[before]) || t.lemma[before] === 'that' || (list && subordinator) || clauseOpener;
    return opens && boundary && !this.inside.has(s) ? s : a;
  }

  /** A noun of saying, of a medium or of time: "statement", "speech", "time", which a name does not take as its title. */
  private isContentNoun(k: number): boolean {
    const r = this.rules;
    const w = this.lemma(k);
    return this.isTime(k) || r.reportNouns.has(w) || r.medium.has(w) || r.nominal.has(w) || r.lightNouns.has(w);
  }

  protected isTime(k: number): boolean {
    // Lower-case "may" is the modal, not the month: "They may also illustrate …".
    if (tokenText(this.doc, k) === 'may') return false;
    return TIMES.has(this.lemma(k).toLowerCase());
  }

  /** Past a time between a subject and its verb: "Sanders on Tuesday said", "The Times last week reported". */
  timeAfter(k: number): number {
    const t = this.doc.tokens!;
    let j = k;
    if (t.pos[j] === POS.ADV && /^(just|only|also)$/.test(this.lemma(j))) j++;
    if (t.pos[j] === POS.ADP && /^(on|in|at|during)$/.test(this.lemma(j))) j++;
    if (/^(last|this|next|early|earlier|late|later)$/.test(this.lemma(j))) j++;
    // "in 2010": a year after a preposition.
    if (j > k && t.pos[j] === POS.NUM && YEAR.test(tokenText(this.doc, j))) return j + 1;
    let n = j;
    while (this.isTime(n) || (n > j && t.pos[n] === POS.NUM)) n++;
    return n > j ? n : k;
  }

  protected isNameVerb(k: number): boolean {
    const t = this.doc.tokens!;
    // An inflected speech verb is no surname: the headline "Obama Says Museum Will …".
    if (this.rules.verbs.has(t.lemma[k]) && this.doc.tokens!.lower[k] !== t.lemma[k]) return false;
    return k > 0 && t.pos[k] === POS.VERB && t.pos[k - 1] === POS.PROPN && isCapitalised(this.doc, k);
  }

  protected endsMention(end: number): boolean {
    for (let k = end - 1; k >= Math.max(0, end - 8); k--) {
      const m = this.mentionAt.get(k);
      if (m) return m.tokEnd === end;
    }
    return false;
  }
}

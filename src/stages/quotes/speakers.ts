/**
 * Speakers and cues: the noun phrase that says something ("Wang", "a senior official",
 * "The New York Post", "sources"), the speech verb after or before it, and "according to".
 */
import type { ActorRef, Doc, Mention, Span } from '../../doc/types.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { cueLemma, nounReadAsVerb, verbReadAsSource } from './misread.js';
import { governedCueEnd } from './clauses.js';

export interface QuoteRules {
  version: string;
  verbs: string[];
  indirectVerbs: string[];
  according: string[];
  reportNouns: string[];
  intentVerbs: string[];
  phrasalVerbs?: string[];
  beliefVerbs?: string[];
  mediumNouns?: string[];
  nominalCues?: string[];
  attitudeAdjectives?: string[];
  lightNouns?: string[];
}

export interface Rules {
  verbs: Set<string>;
  indirect: Set<string>;
  according: string[][];
  reportNouns: Set<string>;
  intent: Set<string>;
  /** Verb + particle cues, keyed by the verb's lemma: "call" → {"for", "on"}. */
  phrasal: Map<string, Set<string>>;
  /** Verbs of thought and intention: "believes", "wants". */
  belief: Set<string>;
  /** Where something was said: "in a statement". */
  medium: Set<string>;
  /** Nouns of saying and thinking whose possessor is a source: "her decision to …". */
  nominal: Set<string>;
  /** Adjectives of belief and feeling after "be": "are confident that …". */
  attitude: Set<string>;
  /** Nouns of saying after a light verb: "made the case", "issued a statement". */
  lightNouns: Set<string>;
}

/** A speaker as written: a token range, resolved to an entity when the text names one. */
export interface Speaker extends Span {
  tokStart: number;
  tokEnd: number;
  mention: Mention | null;
  /** Where the name ends when the source as written runs on into a description ("Len Burman, head of …"). */
  nameEnd?: number;
  /** What a relative pronoun source stands for: "[Mr. Obama], who said …". */
  antecedent?: Speaker;
}

export interface Cue {
  speaker: Speaker;
  /** The cue words: the speech verb with its auxiliaries ("has learned"), or "according to". */
  cue: Span;
  /** Token range of speaker and cue together. */
  tokStart: number;
  tokEnd: number;
  according: boolean;
  verb: string | null;
}

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'by']);
/** Words that scale a quantity before a source: "Nearly eight of 10 voters", "Only 52 percent of voters". */
const HEDGES = new Set(['nearly', 'almost', 'only', 'about', 'roughly', 'just', 'some']);

export class QuoteContext {
  /** Mention starting at each token, for mentions that resolve to an entity. */
  readonly mentionAt = new Map<number, Mention>();
  /** Where the article cites a report: the outlet (null: not a media outlet) and whom that sentence names. */
  readonly reports: Array<{ at: number; outlet: ActorRef | null; names: Set<number> }> = [];

  /** Tokens inside a mention but not at its start: a phrase cannot begin there. */
  private readonly inside = new Set<number>();

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

  private speaker(a: number, b: number, mention: Mention | null): Speaker {
    const t = this.doc.tokens!;
    return { tokStart: a, tokEnd: b, start: t.start[a], end: t.end[b - 1], mention };
  }

  /** The entity a phrase names: its head, or what it is "of"/"for"; not a possessor ("Clinton's aide"). */
  private headMention(a: number, b: number): Mention | null {
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
    if (t.pos[i] === POS.PRON && PERSONAL.has(t.lemma[i])) {
      const m = this.mentionAt.get(i);
      return this.speaker(i, i + 1, m ?? null);
    }
    let j = i;
    if (t.pos[j] === POS.ADV && HEDGES.has(t.lemma[j]) && [POS.NUM, POS.ADJ].includes(t.pos[j + 1])) j++;
    if (!this.mentionAt.has(i) && (t.pos[j] === POS.DET || (t.pos[j] === POS.PRON && POSSESSIVE.has(t.lemma[j])))) j++;
    const words = (from: number): number => {
      let k = from;
      for (;;) {
        const m = this.mentionAt.get(k);
        // A pronoun starts a phrase of its own: "In a Fox interview he said".
        if (m && m.tokEnd <= hi && !(k > from && t.pos[k] === POS.PRON)) k = m.tokEnd;
        else if (k < hi && [POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k]) && !this.inside.has(k)) k++;
        // A surname the tagger reads as a verb: "Rep. Stephen Lynch".
        else if (k > from && k < hi && this.isNameVerb(k)) k++;
        else if (k > from && k < hi && /^['’]s?$/.test(tokenText(this.doc, k)) && t.pos[k] === POS.PART) k++;
        // A hyphenated name or modifier split by the tokenizer: "Holtz-Eakin", "conservative-leaning".
        else if (k > from && k + 1 < hi && /^[-/]$/.test(tokenText(this.doc, k)) && t.end[k - 1] === t.start[k] && t.end[k] === t.start[k + 1]) k += 2;
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
      if (t.pos[k] === POS.DET || (t.pos[k] === POS.PRON && POSSESSIVE.has(t.lemma[k]))) k++;
      const tail = words(k);
      return tail > k && ([POS.NOUN, POS.PROPN].includes(t.pos[tail - 1]) || this.endsMention(tail)) ? tail : a;
    };
    if (j < hi && PHRASE_PREPOSITIONS.has(t.lemma[j]) && t.pos[j] === POS.ADP) j = tailAt(j);
    // "a poll conducted by Gallup": a participle with its agent.
    if (j + 1 < hi && t.pos[j] === POS.VERB && /ed$/.test(tokenText(this.doc, j)) && this.lemma(j + 1) === 'by') {
      const tail = tailAt(j + 1);
      if (tail > j + 1) j = tail;
    }
    return this.speaker(i, j, this.headMention(i, j));
  }

  /** What follows a noun at `k` shows it is the subject's verb: "that", an infinitive of intent, or a name's object. */
  private verbReadAsNoun(k: number, next: number): boolean {
    const t = this.doc.tokens!;
    if (this.lemma(next) === 'that') return /s$/.test(tokenText(this.doc, k));
    if (this.lemma(next) === 'to') return this.rules.intent.has(t.lemma[k]) && t.pos[next + 1] === POS.VERB;
    return t.pos[k - 1] === POS.PROPN && (t.pos[next] === POS.DET || (t.pos[next] === POS.PRON && POSSESSIVE.has(t.lemma[next])));
  }

  /**
   * The last token of an apposition between `from` and the comma at `comma`, leaving out a
   * closing circumstance: "Rep. Smith, the top Democrat on the panel, in a statement,".
   */
  private asideEnd(from: number, comma: number): number {
    let prev = comma - 1;
    while (prev > from && tokenText(this.doc, prev) !== ',') prev--;
    return prev > from && this.isCircumstance(prev + 1) ? prev : comma;
  }

  /** True when the phrase at i is (part of) a preposition's object: "After [the] vote". */
  private afterPreposition(i: number): boolean {
    const t = this.doc.tokens!;
    let k = i - 1;
    while (k >= 0 && [POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN].includes(t.pos[k])) k--;
    return k >= 0 && (t.pos[k] === POS.ADP || t.pos[k] === POS.SCONJ);
  }

  /** An aside that says where, when or while, not who: "at the debate", "speaking to veterans". */
  private isCircumstance(k: number): boolean {
    const t = this.doc.tokens!;
    return t.pos[k] === POS.ADP || (t.pos[k] === POS.VERB && /ing$/.test(tokenText(this.doc, k)));
  }

  /** A noun right after a possessor: "Trump's claim", "her pledge". */
  private possessed(k: number): boolean {
    const t = this.doc.tokens!;
    return /^['’]s?$/.test(tokenText(this.doc, k - 1)) || (t.pos[k - 1] === POS.PRON && POSSESSIVE.has(t.lemma[k - 1]));
  }

  /** A report noun that opens its content: "claim that …", "plan to build …". */
  private nominalCue(k: number, next: number): boolean {
    const t = this.doc.tokens!;
    if (this.lemma(next) === 'that') return true;
    return this.lemma(next) === 'to' && this.rules.intent.has(t.lemma[k]) && t.pos[next + 1] === POS.VERB;
  }

  private isNameVerb(k: number): boolean {
    const t = this.doc.tokens!;
    // An inflected speech verb is no surname: the headline "Obama Says Museum Will …".
    if (this.rules.verbs.has(t.lemma[k]) && tokenText(this.doc, k).toLowerCase() !== t.lemma[k]) return false;
    return k > 0 && t.pos[k] === POS.VERB && t.pos[k - 1] === POS.PROPN && isCapitalised(this.doc, k);
  }

  private endsMention(end: number): boolean {
    for (let k = end - 1; k >= Math.max(0, end - 8); k--) {
      const m = this.mentionAt.get(k);
      if (m) return m.tokEnd === end;
    }
    return false;
  }

  /**
   * Skips what may stand between a speaker and the verb: a party label "(R-Ga.)" or an
   * apposition "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
   */
  skipAside(k: number, hi: number): number {
    if (tokenText(this.doc, k) === '(') {
      let j = k + 1;
      while (j < hi && j - k < 8 && tokenText(this.doc, j) !== ')') j++;
      if (tokenText(this.doc, j) === ')') k = j + 1;
    }
    if (tokenText(this.doc, k) !== ',') return k;
    for (let j = k + 1; j < hi && j - k < 30; j++) {
      const w = tokenText(this.doc, j);
      if (/^[.;:"“”]$/.test(w)) break;
      // "The museum, Mr. Bush said, celebrated …": a cue between the commas is no apposition.
      if (w === ',' && this.verbChainAt(j + 1, hi) && this.cueAt(k + 1, j)?.tokEnd !== j) return j + 1;
    }
    return k;
  }

  /** A speech verb chain starting at k ("said", "has also said", "has learned"): [start, end) or null. */
  verbChainAt(k: number, hi: number): [number, number] | null {
    const t = this.doc.tokens!;
    let v = k;
    while (v < hi && (t.pos[v] === POS.AUX || t.pos[v] === POS.ADV || t.lemma[v] === 'not')) v++;
    if (v >= hi || (t.pos[v] !== POS.VERB && !cueLemma(this, v))) return null;
    const governed = governedCueEnd(this, v, hi);
    if (governed) return [k, governed];
    // "called for", "pointed out": the particle belongs to the cue.
    const particle = this.rules.phrasal.get(t.lemma[v])?.has(this.lemma(v + 1)) && v + 1 < hi;
    if (particle) return [k, v + 2];
    if (cueLemma(this, v)) return [k, v + 1];
    return null;
  }

  /** The cue verb of a chain: its lemma, with the particle of a phrasal cue ("call for"). */
  chainVerb(chain: [number, number]): string {
    const last = cueLemma(this, chain[1] - 1) ?? this.lemma(chain[1] - 1);
    const before = this.lemma(chain[1] - 2);
    return chain[1] - chain[0] > 1 && this.rules.phrasal.get(before)?.has(last) ? `${before} ${last}` : last;
  }

  /** "according to X" starting at token i: the phrase and X. */
  accordingAt(i: number, hi = this.doc.tokens!.count): Cue | null {
    const t = this.doc.tokens!;
    for (const words of this.rules.according) {
      if (!words.every((w, k) => tokenText(this.doc, i + k).toLowerCase() === w)) continue;
      const j = i + words.length;
      const sp = this.phraseAt(j, hi) ?? verbReadAsSource(this, j, hi);
      if (!sp) continue;
      return { speaker: sp, cue: { start: t.start[i], end: t.end[j - 1] }, tokStart: i, tokEnd: sp.tokEnd, according: true, verb: null };
    }
    return null;
  }

  /** A cue starting at token i: "X said", "said X", "according to X". */
  cueAt(i: number, hi: number): Cue | null {
    const t = this.doc.tokens!;
    const acc = this.accordingAt(i, hi);
    if (acc) return acc;
    let sp = this.phraseAt(i, hi);
    // "…, who said …": the relative pronoun is the source as written; its antecedent is the speaker.
    if (!sp && t.pos[i] === POS.PRON && (t.lemma[i] === 'who' || t.lemma[i] === 'which') && this.verbChainAt(i + 1, hi)) {
      const antecedent = this.antecedentOf(i);
      sp = { ...this.speaker(i, i + 1, antecedent?.mention ?? null), ...(antecedent ? { antecedent } : {}) };
    }
    // A name the tagger reads as a verb: "Lynch said …", "Ted Cruz endorses …".
    if (!sp && t.pos[i] === POS.VERB && isCapitalised(this.doc, i) && !this.inside.has(i)) {
      const rest = t.pos[i + 1] === POS.PROPN ? this.phraseAt(i + 1, hi) : null;
      if (rest) sp = { ...rest, tokStart: i, start: t.start[i] };
      else if (this.verbChainAt(i + 1, hi)) sp = this.speaker(i, i + 1, this.mentionAt.get(i) ?? null);
    }
    // "The general told …", "the poor say …": an adjective as the head, read off the verb after it.
    if (!sp && t.pos[i] === POS.DET && t.pos[i + 1] === POS.ADJ && this.verbChainAt(i + 2, hi)) sp = this.speaker(i, i + 2, null);
    if (sp) {
      // "the attorney general is confirming": a postposed adjective closes the phrase.
      let k = sp.tokEnd;
      while (k < hi && k - sp.tokEnd < 2 && t.pos[k] === POS.ADJ) k++;
      if (k > sp.tokEnd && this.verbChainAt(k, hi)) sp = { ...sp, tokEnd: k, end: t.end[k - 1] };
      // "The New York Post reports that …", "The campaign plans to …", "China and Russia support the
      // government": the tagger reads the verb after the subject as a noun.
      const last = sp.tokEnd - 1;
      if (last > sp.tokStart && t.pos[last] === POS.NOUN && this.rules.indirect.has(t.lemma[last]) && this.possessed(last) && this.nominalCue(last, sp.tokEnd)) {
        // "Trump's claim that …", "her promise to …": the possessor is the source of a nominal cue.
        const owner = this.speaker(i, last, this.mentionAt.get(i) ?? null);
        return { speaker: owner, cue: { start: t.start[last], end: t.end[last] }, tokStart: i, tokEnd: last + 1, according: false, verb: t.lemma[last] };
      }
      if (last > sp.tokStart && t.pos[last] === POS.NOUN && this.rules.indirect.has(t.lemma[last]) && this.verbReadAsNoun(last, sp.tokEnd)) {
        const head = this.phraseAt(i, last);
        if (head && head.tokEnd === last) {
          return { speaker: head, cue: { start: t.start[last], end: t.end[last] }, tokStart: i, tokEnd: last + 1, according: false, verb: t.lemma[last] };
        }
      }
      const misread = nounReadAsVerb(this, i, sp);
      if (misread) return misread;
      k = this.skipAside(sp.tokEnd, hi);
      // The object of a preposition takes no apposition before the verb: "After the election, Ms. Moore, an adviser, said".
      if (k > sp.tokEnd && this.afterPreposition(i)) return null;
      const chain = this.verbChainAt(k, hi);
      // A bare gerund is no finite verb of the phrase before it: "have no business deciding what …".
      if (!chain || (chain[1] - chain[0] === 1 && /ing$/.test(tokenText(this.doc, chain[0])))) return null;
      const verb = this.chainVerb(chain);
      // The source as written runs to the verb: "Scott Pruitt, the attorney general of Oklahoma,".
      // Not a circumstance: "Trump, speaking to veterans," or "Clinton, at the debate,".
      if (k > sp.tokEnd && !this.isCircumstance(sp.tokEnd + 1)) Object.assign(sp, { nameEnd: sp.end, end: t.end[this.asideEnd(sp.tokEnd, k - 1)] });
      return { speaker: sp, cue: { start: t.start[chain[0]], end: t.end[chain[1] - 1] }, tokStart: i, tokEnd: chain[1], according: false, verb };
    }
    // "…," said Wang.
    // Not "so-called": the verb must follow a comma, a quotation mark or a dash of its own.
    // Nor ", called the Virginia Fund,": a name given is no inverted cue.
    // Nor ", saying the courts …": a gerund's subject comes before it.
    if (t.pos[i] === POS.VERB && this.rules.verbs.has(t.lemma[i]) && t.lemma[i] !== 'call' && !/ing$/.test(tokenText(this.doc, i)) && i > 0 && t.pos[i - 1] === POS.PUNCT && t.end[i - 1] < t.start[i]) {
      let after = this.phraseAt(i + 1, hi);
      // A first name the tagger reads as a verb: `…,” said Don Fowler`.
      if (!after && t.pos[i + 1] === POS.VERB && isCapitalised(this.doc, i + 1) && t.pos[i + 2] === POS.PROPN) {
        const rest = this.phraseAt(i + 2, hi);
        if (rest) after = { ...rest, tokStart: i + 1, start: t.start[i + 1] };
      }
      if (after && !(after.tokEnd === i + 2 && t.pos[i + 1] === POS.PRON)) {
        // "said Len Burman, head of the Tax Policy Center.": the description is part of the source.
        if (tokenText(this.doc, after.tokEnd) === ',') {
          let e = hi;
          while (e > after.tokEnd && t.pos[e - 1] === POS.PUNCT) e--;
          const words = this.doc.text.slice(t.end[after.tokEnd], t.end[Math.max(e - 1, after.tokEnd)]);
          if (e - after.tokEnd <= 40 && e > after.tokEnd + 1 && !/["“”]/.test(words)) Object.assign(after, { nameEnd: after.end, end: t.end[e - 1] });
        }
        return { speaker: after, cue: { start: t.start[i], end: t.end[i] }, tokStart: i, tokEnd: after.tokEnd, according: false, verb: t.lemma[i] };
      }
    }
    return null;
  }

  /** The noun phrase a relative pronoun at token i refers to: "black listeners …, who". */
  private antecedentOf(i: number): Speaker | null {
    const end = tokenText(this.doc, i - 1) === ',' ? i - 1 : i;
    for (let a = Math.max(0, end - 8); a < end; a++) {
      const sp = this.phraseAt(a, end);
      if (sp && sp.tokEnd === end) return sp;
    }
    return null;
  }

  /** A relay named after a cue in the rest of the sentence: "... in a statement carried by TASS". */
  relayAfter(from: number, hi: number): Speaker | null {
    for (let k = from; k < hi; k++) {
      const acc = this.accordingAt(k, hi);
      if (acc) return acc.speaker;
    }
    return null;
  }

  /**
   * The outlet of the last report cited before `at`, if that report concerned the speaker:
   * "Xinhua's summary of Kono's side" covers Kono's later quotes, not everyone's.
   */
  outletAt(at: number, sp: Speaker): ActorRef | null {
    if (!sp.mention) return null;
    let last: (typeof this.reports)[number] | null = null;
    for (const r of this.reports) {
      if (r.at > at) break;
      last = r;
    }
    return last && last.names.has(sp.mention.entity) ? last.outlet : null;
  }
}

/** True for a token that can open reported content directly: "said Turkish forces had ...". */
export function opensClause(doc: Doc, k: number): boolean {
  const t = doc.tokens!;
  // A gerund opens one too: "called for reducing the rate".
  if (t.pos[k] === POS.VERB && /ing$/.test(tokenText(doc, k))) return true;
  // So does a participle before its noun: "called for increased spending".
  if (t.pos[k] === POS.VERB && /ed$/.test(tokenText(doc, k)) && t.pos[k + 1] === POS.NOUN) return true;
  // An indirect question: "asked whether the deals …", tagged as a preposition.
  if (['whether', 'if', 'how', 'why'].includes(t.lemma[k])) return true;
  return isCapitalised(doc, k) || [POS.DET, POS.PRON, POS.NOUN, POS.PROPN, POS.ADJ, POS.ADV, POS.NUM, POS.SCONJ].includes(t.pos[k]);
}

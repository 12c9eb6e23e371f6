/**
 * Cues: the speech verb after or before a speaker ("Wang said", "said Wang"), "according to",
 * and the report an outlet cited that a speaker's later quotes inherit.
 */
import type { ActorRef, Doc } from '../../doc/types.js';
import { isCapitalised, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { governedCueEnd } from './clauses.js';
import { agrees, cueLemma, nounReadAsVerb, relativeThat, verbReadAsSource } from './misread.js';
import { PERSONAL, Phrases } from './phrases.js';
import { appositionEnd } from './appositions.js';
import type { Cue, Speaker } from './types.js';

export type { Cue, QuoteRules, Rules, Speaker } from './types.js';

/** Quantities that take a part of a relative's antecedent: "many of whom". */
const PARTITIVES = new Set(['many', 'some', 'most', 'all', 'none', 'both', 'each', 'several', 'few']);

/** Quantifiers that can stand alone as a subject of saying: "Many believe …". */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'others', 'few', 'several', 'both']);

/** Small words inside a name: "Alliance to Save Our Rivers", "Center for Responsive Politics". */
const NAME_LINKS = new Set(['to', 'for', 'of', 'and', 'the', 'on', 'in']);

export class QuoteContext extends Phrases {
  /** Where the article cites a report: the outlet (null: not a media outlet) and whom that sentence names. */
  readonly reports: Array<{ at: number; outlet: ActorRef | null; names: Set<number> }> = [];

  /** What follows a noun at `k` shows it is the subject's verb: "that", an infinitive of intent, or a name's object. */
  private verbReadAsNoun(k: number, next: number): boolean {
    const t = this.doc.tokens!;
    // A verb agrees with the noun before it; a noun compound need not: "savings plans that …", "Apple Music show".
    if (!agrees(this, k - 1, k)) return false;
    if (this.lemma(next) === 'that') return /s$/.test(tokenText(this.doc, k)) && !relativeThat(this, next);
    // "The New York Times reports:" introducing a block quotation.
    if (tokenText(this.doc, next) === ':') return t.pos[k - 1] === POS.PROPN && /s$/.test(tokenText(this.doc, k));
    if (this.lemma(next) === 'to') return this.rules.intent.has(t.lemma[k]) && t.pos[next + 1] === POS.VERB;
    return t.pos[k - 1] === POS.PROPN && (t.pos[next] === POS.DET || (t.pos[next] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[next])));
  }

  /**
   * The last token of an apposition between `from` and the comma at `comma`, leaving out a
   * closing circumstance: "Rep. Smith, the top Democrat on the panel, in a statement,".
   */
  private asideEnd(from: number, comma: number): number {
    const second = this.secondAside(from, comma);
    if (second !== null) return second;
    let prev = comma - 1;
    while (prev > from && tokenText(this.doc, prev) !== ',') prev--;
    return prev > from && this.isCircumstance(prev + 1) ? prev : comma;
  }

  /**
   * The comma that closes a first apposition when what follows describes its last noun, not
   * the speaker: "Scott Pruitt, the attorney general of Oklahoma, [one of the states suing,]",
   * "Michael Mulgrew, president of the union, [which represents teachers,]". Null when there is none.
   */
  private secondAside(from: number, comma: number): number | null {
    const t = this.doc.tokens!;
    const first = from + 1;
    if (tokenText(this.doc, from) !== ',') return null;
    // An age, a place ("59, of Ashton, Md.,") or a party label is no apposition of its own.
    if (!([POS.DET, POS.NOUN, POS.ADJ].includes(t.pos[first]) || (t.pos[first] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[first])))) return null;
    let c = first + 1;
    while (c < comma && tokenText(this.doc, c) !== ',') c++;
    if (c >= comma || c - first < 2) return null;
    // What follows describes a noun the first apposition ends in after a preposition: "general of [Oklahoma]".
    let inner = first;
    while (inner < c && !(t.pos[inner] === POS.ADP && /^(of|for|at|in|with)$/.test(t.lemma[inner]))) inner++;
    if (inner === c) return null;
    const next = c + 1;
    const describes = t.lemma[next] === 'which' || (t.pos[next] === POS.DET && t.lemma[next] !== 'who') || (this.lemma(next) === 'one' && this.lemma(next + 1) === 'of');
    return describes ? c : null;
  }

  /** An aside that says where, when or while, not who: "at the debate", "speaking to veterans". */
  isCircumstance(k: number): boolean {
    const t = this.doc.tokens!;
    // Not where someone is from or what a group includes: "Johnnie Wilson, of Springfield, Va.,".
    if (/^(of|from|include)$/.test(this.lemma(k))) return false;
    return t.pos[k] === POS.ADP || (t.pos[k] === POS.VERB && /ing$/.test(tokenText(this.doc, k)));
  }

  /** A noun right after a possessor: "Trump's claim", "her pledge". */
  private possessed(k: number): boolean {
    const t = this.doc.tokens!;
    return /^['’]s?$/.test(tokenText(this.doc, k - 1)) || (t.pos[k - 1] === POS.PRON && POSSESSIVE_PRONOUNS.has(t.lemma[k - 1]));
  }

  /** A report noun that opens its content: "claim that …", "plan to build …". */
  private nominalCue(k: number, next: number): boolean {
    const t = this.doc.tokens!;
    if (this.lemma(next) === 'that') return !relativeThat(this, next, true);
    return this.lemma(next) === 'to' && this.rules.intent.has(t.lemma[k]) && t.pos[next + 1] === POS.VERB;
  }

  /**
   * Skips what may stand between a speaker and the verb: a party label "(R-Ga.)" or an
   * apposition "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
   */
  skipAside(k: number, hi: number): number {
    const t = this.doc.tokens!;
    if (tokenText(this.doc, k) === '(') {
      let j = k + 1;
      while (j < hi && j - k < 8 && tokenText(this.doc, j) !== ')') j++;
      if (tokenText(this.doc, j) === ')') k = j + 1;
    }
    // "Kall -- co-editor of a book on the debates -- said": an aside between dashes.
    if (/^(--|—|–|―)$/.test(tokenText(this.doc, k))) {
      for (let j = k + 1; j < hi && j - k < 30 && !/^[.;:"“”]$/.test(tokenText(this.doc, j)); j++) {
        if (tokenText(this.doc, j) === tokenText(this.doc, k)) return this.verbChainAt(j + 1, hi) ? j + 1 : k;
      }
    }
    if (tokenText(this.doc, k) !== ',') return k;
    for (let j = k + 1; j < hi && j - k < 30; j++) {
      const w = tokenText(this.doc, j);
      // The full stop of an abbreviation does not end the aside: "Mitch McConnell, R-Ky., said".
      const abbreviation = w === '.' && t.end[j - 1] === t.start[j] && tokenText(this.doc, j + 1) === ',';
      if (/^[.;:"“”]$/.test(w) && !abbreviation) break;
      // "The museum, Mr. Bush said, celebrated …": a cue between the commas is no apposition.
      if (w === ',' && this.verbChainAt(j + 1, hi) && this.cueAt(k + 1, j)?.tokEnd !== j) return j + 1;
    }
    return k;
  }

  /** A speech verb chain starting at k ("said", "has also said", "has learned"): [start, end) or null. */
  verbChainAt(k: number, hi: number): [number, number] | null {
    const t = this.doc.tokens!;
    let v = k;
    // "it further wrote": the tagger may read the adverb "further" as a verb.
    while (v < hi && (t.pos[v] === POS.AUX || t.pos[v] === POS.ADV || t.lemma[v] === 'not' || (t.lower[v] === 'further' && t.pos[v + 1] === POS.VERB))) v++;
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
      if (!words.every((w, k) => this.doc.tokens!.lower[i + k] === w)) continue;
      const j = i + words.length;
      let sp = this.phraseAt(j, hi) ?? verbReadAsSource(this, j, hi);
      if (!sp) continue;
      // "according to Lily Batchelder, a former tax aide," : the apposition is part of the source.
      const opening = i === this.doc.sentences![t.sent[i]].tokStart || t.pos[i - 1] === POS.CCONJ;
      const aside = appositionEnd(this, sp.tokEnd, hi, opening);
      if (aside !== null) sp = { ...sp, nameEnd: sp.end, tokEnd: aside, end: t.end[aside - 1] };
      // "according to the Union for Fair Farming (UFF)": a short parenthesis after the name is its acronym, and
      // confirms a name that runs on through small words.
      let open = sp.tokEnd;
      while (open < Math.min(hi, sp.tokEnd + 6) && (NAME_LINKS.has(t.lower[open]) || /^[A-Z]/.test(tokenText(this.doc, open))) && !this.isTime(open)) open++;
      const close = t.lower[open] === '(' && /^[A-Z]/.test(tokenText(this.doc, sp.tokEnd - 1)) ? [2, 3, 4].map((n) => open + n).find((k) => k < hi && t.lower[k] === ')') : undefined;
      if (close !== undefined) sp = { ...sp, nameEnd: sp.nameEnd ?? sp.end, tokEnd: close + 1, end: t.end[close] };
      return { speaker: sp, cue: { start: t.start[i], end: t.end[j - 1] }, tokStart: i, tokEnd: sp.tokEnd, according: true, verb: null };
    }
    return null;
  }

  /** A cue starting at token i: "X said", "said X", "according to X". */
  cueAt(i: number, hi: number): Cue | null {
    const t = this.doc.tokens!;
    const acc = this.accordingAt(i, hi);
    if (acc) return acc;
    // "…, who said …": the relative pronoun is the source as written; its antecedent is the speaker.
    // "…, who in 2010 said …"; "…, many of whom say …": a part of the antecedent speaks.
    const whom = PARTITIVES.has(this.lemma(i)) && this.lemma(i + 1) === 'of' && /^(who|whom|which)$/.test(this.lemma(i + 2)) ? i + 3 : i + 1;
    let sp = whom > i + 1 ? null : this.phraseAt(i, hi);
    let relative = false;
    if (!sp && (whom > i + 1 || (t.pos[i] === POS.PRON && (t.lemma[i] === 'who' || t.lemma[i] === 'which'))) && this.verbChainAt(this.timeAfter(whom), hi)) {
      const antecedent = this.antecedentOf(i);
      sp = { ...this.speaker(i, whom, antecedent?.mention ?? null), ...(antecedent ? { antecedent } : {}) };
      relative = true;
    }
    // "Some believe …", "To varying degrees, all agreed that …": a quantifier standing for its people.
    if (!sp && QUANTIFIERS.has(this.lemma(i)) && (i === this.doc.sentences![t.sent[i]].tokStart || t.pos[i - 1] === POS.PUNCT) && this.verbChainAt(i + 1, hi)) sp = this.speaker(i, i + 1, null);
    // A name the tagger reads as a verb: "Lynch said …", "Ted Cruz endorses …"; but an inflected
    // speech verb is no name: "Said Ellis: …".
    // Nor is "Say" opening its sentence, as in "suppose": "Say Mexico demanded …".
    const supposing = t.lemma[i] === 'say' && i === this.doc.sentences![t.sent[i]].tokStart;
    // Nor is an auxiliary: "Having said that, …".
    const inflected = (this.rules.verbs.has(t.lemma[i]) && (t.lower[i] !== t.lemma[i] || supposing)) || /^(have|be|do)$/.test(t.lemma[i]);
    if (!sp && t.pos[i] === POS.VERB && isCapitalised(this.doc, i) && !this.inside.has(i) && !inflected) {
      const rest = t.pos[i + 1] === POS.PROPN ? this.phraseAt(i + 1, hi) : null;
      if (rest) sp = { ...rest, tokStart: i, start: t.start[i] };
      else if (this.verbChainAt(i + 1, hi)) sp = this.speaker(i, i + 1, this.mentionAt.get(i) ?? null);
    }
    // "The general told …", "the poor say …": an adjective as the head, read off the verb after it.
    if (!sp && t.pos[i] === POS.DET && t.pos[i + 1] === POS.ADJ && this.verbChainAt(i + 2, hi)) sp = this.speaker(i, i + 2, null);
    // "The court rejected the appeal and lawyers said": a verb's object is not coordinated with the next subject.
    if (sp && i > 0 && t.pos[i - 1] === POS.VERB) {
      for (let m = sp.tokEnd - 2; m > i; m--) {
        if (t.pos[m] !== POS.CCONJ) continue;
        const rest = this.phraseAt(m + 1, hi);
        if (rest && rest.tokEnd === sp.tokEnd) return this.cueAt(m + 1, hi);
      }
    }
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
        // Not a phrase the possessor sits in: "a fact-check on [Donald Trump's] claim".
        let from = i;
        for (let m = i + 1; m < last - 1; m++) if (t.pos[m] === POS.ADP) from = m + 1;
        const owner = this.speaker(from, last, this.mentionAt.get(from) ?? null);
        return { speaker: owner, cue: { start: t.start[last], end: t.end[last] }, tokStart: i, tokEnd: last + 1, according: false, verb: t.lemma[last] };
      }
      if (last > sp.tokStart && t.pos[last] === POS.NOUN && this.rules.indirect.has(t.lemma[last]) && this.verbReadAsNoun(last, sp.tokEnd)) {
        const head = this.phraseAt(i, last);
        if (head && head.tokEnd === last) {
          return this.withSubjectStart({ speaker: head, cue: { start: t.start[last], end: t.end[last] }, tokStart: i, tokEnd: last + 1, according: false, verb: t.lemma[last] });
        }
      }
      const misread = nounReadAsVerb(this, i, sp);
      if (misread) return this.withSubjectStart(misread);
      let past = this.timeAfter(sp.tokEnd);
      // "Three senators all suggested …": a floating quantifier belongs to the subject.
      if (/^(all|both)$/.test(this.lemma(past)) && past > sp.tokStart && this.verbChainAt(past + 1, hi)) sp = { ...sp, tokEnd: ++past, end: t.end[past - 1] };
      k = this.skipAside(past, hi);
      // The object of a preposition takes no apposition before the verb: "After the election, Ms. Moore, an adviser, said".
      // But a circumstance may stand between a subordinate clause's subject and its verb: "since Clinton, at the debate, cited".
      if (k > past && this.afterPreposition(i) && !this.isCircumstance(past + 1)) return null;
      let chain = this.verbChainAt(k, hi);
      // "All the experts I interviewed said": a relative clause without "that" belongs to the subject.
      const contact = chain || k !== sp.tokEnd ? null : this.contactClauseEnd(k, hi);
      if (contact) {
        chain = this.verbChainAt(contact, hi);
        if (chain) sp = { ...sp, tokEnd: contact, end: t.end[contact - 1] };
      }
      if (!chain) return null;
      // "both Sanders and Trump were referring to …": a name with a plural verb is the last of a coordinated subject.
      if (i > 0 && t.lower[i - 1] === 'and' && sp.tokEnd - sp.tokStart <= 3 && t.pos[sp.tokEnd - 1] === POS.PROPN && /^(are|were|have)$/.test(t.lower[chain[0]])) return null;
      // A bare participle has no subject of its own: in "a letter to the board urging …" the board urges nothing;
      // nor is a bare gerund the finite verb of the phrase before it: "have no business deciding what …".
      if (chain[0] === k && t.pos[k] === POS.VERB && /ing$/.test(tokenText(this.doc, k))) return null;
      if (chain[1] - chain[0] === 1 && /ing$/.test(tokenText(this.doc, chain[0]))) return null;
      const verb = this.chainVerb(chain);
      // The source as written runs to the verb: "Scott Pruitt, the attorney general of Oklahoma,".
      // Not a circumstance: "Trump, speaking to veterans," or "Clinton, at the debate,".
      // Nor a relative clause set off by dashes, which interrupts the sentence: "The film ― which weaves … ― explains".
      const dashedRelative = /^(--|—|–|―)$/.test(tokenText(this.doc, past)) && /^(who|which)$/.test(this.lemma(past + 1));
      if (k > past && past === sp.tokEnd && !this.isCircumstance(sp.tokEnd + 1) && !dashedRelative) Object.assign(sp, { nameEnd: sp.end, end: t.end[this.asideEnd(sp.tokEnd, k - 1)] });
      // A relative pronoun is the whole source as written: "a staffer at the agency [who] told …".
      const from = relative ? i : this.subjectStart(i);
      if (from < i) Object.assign(sp, { tokStart: from, start: t.start[from], mention: sp.mention ?? this.mentionAt.get(from) ?? null });
      return { speaker: sp, cue: { start: t.start[chain[0]], end: t.end[chain[1] - 1] }, tokStart: from, tokEnd: chain[1], according: false, verb };
    }
    // "…," said Wang.
    // Not "so-called": the verb must follow a comma, a quotation mark or a dash of its own.
    // Nor ", called the Virginia Fund,": a name given is no inverted cue.
    // Nor ", saying the courts …": a gerund's subject comes before it.
    // Nor ", thanked former President Obama.": the name is the object of thanking.
    if (t.pos[i] === POS.VERB && this.rules.verbs.has(t.lemma[i]) && t.lemma[i] !== 'call' && !this.rules.objectVerbs.has(t.lemma[i]) && !/ing$/.test(tokenText(this.doc, i)) && i > 0 && t.pos[i - 1] === POS.PUNCT && t.end[i - 1] < t.start[i]) {
      let after = this.phraseAt(i + 1, hi);
      // A first name the tagger reads as a verb: `…,” said Don Fowler`.
      if (!after && t.pos[i + 1] === POS.VERB && isCapitalised(this.doc, i + 1) && t.pos[i + 2] === POS.PROPN) {
        const rest = this.phraseAt(i + 2, hi);
        if (rest) after = { ...rest, tokStart: i + 1, start: t.start[i + 1] };
      }
      // "said Tuesday" names a time, not a speaker.
      if (after && !after.mention && this.isTime(after.tokEnd - 1)) after = null;
      if (after && !(after.tokEnd === i + 2 && t.pos[i + 1] === POS.PRON)) {
        // "said Len Burman, head of the Tax Policy Center.": the description is part of the source.
        // A party label belongs to the name: "said Rep. Jim Clyburn (D-S.C.)".
        let c = after.tokEnd;
        if (tokenText(this.doc, c) === '(') {
          let r = c + 1;
          // Not a remark in brackets: "said Mr. Burman (a view echoed by everyone I interviewed)".
          while (r < hi && r - c < 8 && tokenText(this.doc, r) !== ')' && t.pos[r] !== POS.VERB) r++;
          if (tokenText(this.doc, r) === ')') {
            c = r + 1;
            Object.assign(after, { tokEnd: c, end: t.end[r] });
          }
        }
        // The description runs to the sentence end, short of a closing circumstance: ", in a
        // statement", ", speaking to reporters" (the comma before it stays with the source).
        if (tokenText(this.doc, c) === ',' && !this.isCircumstance(c + 1)) {
          let e = c + 1;
          while (e < hi && !/^[;:.!?"“”]$/.test(tokenText(this.doc, e)) && !(tokenText(this.doc, e) === ',' && this.isCircumstance(e + 1))) e++;
          const last = tokenText(this.doc, e) === ',' ? e : e - 1;
          if (e - c <= 40 && e > c + 1) Object.assign(after, { nameEnd: after.nameEnd ?? after.end, end: t.end[last] });
        }
        return { speaker: after, cue: { start: t.start[i], end: t.end[i] }, tokStart: i, tokEnd: after.tokEnd, according: false, verb: t.lemma[i] };
      }
    }
    return null;
  }

  /** The cue with its source widened to the whole subject: "[the United States,] Britain and France support". */
  private withSubjectStart(cue: Cue): Cue {
    const t = this.doc.tokens!;
    const sp = cue.speaker;
    const from = this.subjectStart(sp.tokStart);
    if (from >= sp.tokStart) return cue;
    return { ...cue, tokStart: Math.min(cue.tokStart, from), speaker: { ...sp, tokStart: from, start: t.start[from], mention: sp.mention ?? this.mentionAt.get(from) ?? null } };
  }

  /** A passive's agent as written, with a relative clause that has no relative word: "by everyone I interviewed". */
  agentAt(k: number, hi: number): Speaker | null {
    const t = this.doc.tokens!;
    // "by far fewer unions", "by nearly all members": a degree word before the phrase belongs to it.
    const graded = t.pos[k] === POS.ADV ? this.phraseAt(k + 1, hi) : null;
    const sp = this.phraseAt(k, hi) ?? (graded && graded.tokStart === k + 1 ? { ...graded, tokStart: k, start: t.start[k] } : null);
    const c = sp ? this.contactClauseEnd(sp.tokEnd, hi) : null;
    if (!sp || c === null) return sp;
    // The clause runs to the next mark: "tax experts I spoke to this week about the plans".
    let e = c;
    while (e < hi && t.pos[e] !== POS.PUNCT) e++;
    return { ...sp, tokEnd: e, end: t.end[e - 1] };
  }

  /** The end of a relative clause with no relative word: "[the experts] I interviewed", "[the aides] we spoke to". */
  private contactClauseEnd(k: number, hi: number): number | null {
    const t = this.doc.tokens!;
    if (t.pos[k] !== POS.PRON || !PERSONAL.has(t.lemma[k]) || t.pos[k + 1] !== POS.VERB || /ing$/.test(tokenText(this.doc, k + 1))) return null;
    const j = /^(to|with)$/.test(this.lemma(k + 2)) ? k + 3 : k + 2;
    return j < hi ? j : null;
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
  // So does an auxiliary's: "resented being held to …", "denied having met …".
  if (/^(being|having)$/.test(t.lower[k]) && [POS.VERB, POS.ADV].includes(t.pos[k + 1])) return true;
  // So does a participle before its noun: "called for increased spending".
  if (t.pos[k] === POS.VERB && /ed$/.test(tokenText(doc, k)) && t.pos[k + 1] === POS.NOUN) return true;
  // An indirect question: "asked whether the deals …", tagged as a preposition.
  if (['whether', 'if', 'how', 'why'].includes(t.lemma[k])) return true;
  return isCapitalised(doc, k) || [POS.DET, POS.PRON, POS.NOUN, POS.PROPN, POS.ADJ, POS.ADV, POS.NUM, POS.SCONJ].includes(t.pos[k]);
}

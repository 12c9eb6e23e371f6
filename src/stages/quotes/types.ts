/** The shapes the quotes stage works with: its rules, speakers as written and cues. */
import type { Mention, Span } from '../../doc/types.js';

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
  clauseVerbs?: string[];
  clauseReportVerbs?: string[];
  labels?: string[];
  issueVerbs?: string[];
  impersonalAdjectives?: string[];
  sayingVerbs?: string[];
  objectVerbs?: string[];
  responseVerbs?: string[];
  catenativeVerbs?: string[];
  catenativeGerundVerbs?: string[];
  documentNouns?: string[];
  criticismNouns?: string[];
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
  /** Verbs that report only with a clause: "ruled that …" but not "ruled the country". */
  clauseOnly: Set<string>;
  /** Verbs that report a clause or a quotation but name an act with a plain object: "found that …", "found a way". */
  clauseReports: Set<string>;
  /** Editorial labels that head a line with a colon and name no speaker: "The Latest:". */
  labels: Set<string>;
  /** Verbs that put out a document whose words a participle after it reports: "released an ad showing …". */
  issue: Set<string>;
  /** Adjectives that judge a clause after "it is": "it is clear that …". */
  impersonal: Set<string>;
  /** Verbs of saying proper, whose participle after a person's name reports: "footage of the mayor saying …". */
  saying: Set<string>;
  /** Verbs whose following name is their object, never an inverted speaker: "…, thanked Obama." */
  objectVerbs: Set<string>;
  /** Verbs of answering whose answer is a phrase: "did not respond to requests for comment". */
  response: Set<string>;
  /** Verbs of trying, continuing or needing before a speech infinitive: "continues to insist". */
  catenative: Set<string>;
  /** The same before a speech gerund: "avoids condemning". */
  catenativeGerund: Set<string>;
  /** Documents whose participle reports what they say: "a report showing …". */
  documents: Set<string>;
  /** Critical words one faces or comes under: "faced sharp criticism for …". */
  criticism: Set<string>;
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

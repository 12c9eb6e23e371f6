/**
 * Parsers for PETRARCH agent dictionaries (`POLICE {} [~COP]`, substitution markers such as
 * `!PERSON! = MAN, MEN`) and discard lists (`+TYPHOON` for a story, `BASEBALL` for a sentence).
 */
import { dictionaryLines, normalisePhrase, splitBrackets, type DictIssue } from './lines.js';

export interface TabariAgent {
  line: number;
  /** Every form the agent is written in: the phrase, then its plurals (upper case, `_` as a space). */
  forms: string[];
  /** Sector code without the `~`: "COP", "GOVFRM". */
  code: string;
  /** `~COP` follows the actor's code (ITHCOP); `NGO~` goes before it. */
  position: 'suffix' | 'prefix';
}

export interface ParsedAgents {
  agents: TabariAgent[];
  issues: DictIssue[];
}

/** Regular English plural of the last word: +S, Y → IES, SS → SSES. */
export function pluralOf(phrase: string): string {
  if (/[^AEIOU]Y$/i.test(phrase)) return phrase.slice(0, -1) + 'IES';
  if (/(SS|SH|CH|X)$/i.test(phrase)) return phrase + 'ES';
  return phrase + 'S';
}

/**
 * Parses an agent dictionary. Plurals are generated unless `{}` gives them (empty braces:
 * no plural); forms made by a substitution marker get no plural.
 * @example parseAgents('POLICE {} [~COP]').agents[0] // { forms: ['POLICE'], code: 'COP', position: 'suffix', ... }
 */
export function parseAgents(source: string): ParsedAgents {
  const agents: TabariAgent[] = [];
  const issues: DictIssue[] = [];
  const substitutions = new Map<string, string[]>();
  for (const { text, line } of dictionaryLines(source)) {
    const sub = /^(![A-Z0-9_]+!)\s*=\s*(.+)$/i.exec(text);
    if (sub) {
      substitutions.set(sub[1].toUpperCase(), sub[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const { head, groups } = splitBrackets(text);
    const code = /^~\s*([A-Z0-9]+)$|^([A-Z0-9]+)\s*~$/i.exec(groups[0] ?? '');
    if (!code) {
      issues.push({ line, message: groups.length ? `"[${groups[0]}]" is not an agent code` : `no agent code in "${text}"` });
      continue;
    }
    const braces = /\{([^}]*)\}/.exec(head);
    const phrase = head.replace(/\{[^}]*\}/, '').trim();
    const marker = /![A-Z0-9_]+!/i.exec(phrase);
    let forms: string[];
    if (marker) {
      const values = substitutions.get(marker[0].toUpperCase());
      if (!values) {
        issues.push({ line, message: `unknown substitution marker ${marker[0]}` });
        continue;
      }
      forms = values.map((v) => normalisePhrase(phrase.replace(marker[0], v)));
    } else {
      const base = normalisePhrase(phrase);
      const plurals = braces ? braces[1].split(/\s+/).filter(Boolean).map(normalisePhrase) : [pluralOf(base)];
      forms = [base, ...plurals];
    }
    forms = [...new Set(forms.filter(Boolean))];
    if (forms.length === 0) {
      issues.push({ line, message: `no agent phrase in "${text}"` });
      continue;
    }
    agents.push({ line, forms, code: (code[1] ?? code[2]).toUpperCase(), position: code[1] ? 'suffix' : 'prefix' });
  }
  return { agents, issues };
}

export interface TabariDiscard {
  line: number;
  /** The phrase, upper case, `_` as a space. */
  text: string;
  /** `+` discards the whole story; otherwise only the sentence. */
  scope: 'story' | 'sentence';
  /** A trailing `_` asks for the whole word; otherwise the phrase is a stem. */
  exact: boolean;
}

/** Parses a discard list. */
export function parseDiscards(source: string): { discards: TabariDiscard[]; issues: DictIssue[] } {
  const discards: TabariDiscard[] = [];
  for (const { text, line } of dictionaryLines(source)) {
    const story = text.startsWith('+');
    const body = story ? text.slice(1).trim() : text;
    const phrase = normalisePhrase(body);
    if (phrase) discards.push({ line, text: phrase, scope: story ? 'story' : 'sentence', exact: body.endsWith('_') });
  }
  return { discards, issues: [] };
}

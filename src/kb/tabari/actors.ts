/**
 * Parser for TABARI/PETRARCH actor dictionaries: a primary phrase with an optional default
 * code, synonyms on following lines starting with `+`, and dated codes on their own lines
 * (`[HOBGOV 19950601-19990815]`, `[HOB <950601]`, `[HOBREB >990816]`).
 */
import { dictionaryLines, normalisePhrase, parseCodeGroup, splitBrackets, type DatedCode, type DictIssue } from './lines.js';

export interface TabariActor {
  /** Line of the primary phrase. */
  line: number;
  /** The primary phrase first, then its synonyms; upper case as written, `_` read as a space. */
  names: string[];
  /** The default code (no dates) and dated codes, in file order. */
  codes: DatedCode[];
}

export interface ParsedActors {
  actors: TabariActor[];
  issues: DictIssue[];
}

/**
 * Parses an actor dictionary.
 * @example parseActors('GONDOR [GON]\n+MINAS_TIRITH').actors[0].names // ['GONDOR', 'MINAS TIRITH']
 */
export function parseActors(source: string): ParsedActors {
  const actors: TabariActor[] = [];
  const issues: DictIssue[] = [];
  let current: TabariActor | null = null;

  const addCodes = (groups: string[], line: number) => {
    for (const group of groups) {
      const parsed = parseCodeGroup(group);
      if (typeof parsed === 'string') {
        issues.push({ line, message: parsed });
        continue;
      }
      current!.codes.push(parsed);
    }
  };

  for (const { text, line } of dictionaryLines(source)) {
    if (text.startsWith('[')) {
      if (!current) issues.push({ line, message: 'a code line before any actor' });
      else addCodes(splitBrackets(text).groups, line);
      continue;
    }
    const { head, groups } = splitBrackets(text);
    if (text.startsWith('+')) {
      const name = normalisePhrase(head.slice(1));
      if (!current) issues.push({ line, message: 'a synonym before any actor' });
      else if (name) {
        current.names.push(name);
        addCodes(groups, line);
      }
      continue;
    }
    const name = normalisePhrase(head);
    if (!name) {
      issues.push({ line, message: `cannot read "${text}"` });
      continue;
    }
    current = { line, names: [name], codes: [] };
    actors.push(current);
    addCodes(groups, line);
  }
  return { actors, issues };
}

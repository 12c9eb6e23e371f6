/**
 * Parser for TABARI/PETRARCH verb dictionaries: synsets (`&NAME` with `+` members) and verb
 * blocks (`--- NAME [code] ---`, verb lines such as `BAN {BANS BANNED}` or
 * `+BREAK_DOWN {+BROKE_DOWN}`, and pattern lines `- * DIPLOMATIC TIES [064]`). Codes are
 * kept as written ("064", "032:033", "---"); the converter decides what they mean.
 */
import { dictionaryLines, normalisePhrase, splitBrackets, type DictIssue } from './lines.js';

export interface VerbEntry {
  line: number;
  /** Lower-case words of the verb phrase: ["break", "down"]. */
  words: string[];
  /** Which word is the verb (marked with `+` in multi-word verbs; else the first). */
  verbAt: number;
  /** Irregular forms from `{...}`, each as words. */
  forms: string[][];
  /** The verb's own code, when it has one. */
  code: string | null;
}

export interface VerbPattern {
  line: number;
  /** The pattern as written, without the leading `-` and the code: "* DIPLOMATIC TIES". */
  text: string;
  code: string;
}

export interface VerbBlock {
  line: number;
  name: string;
  code: string | null;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
}

export interface Synset {
  line: number;
  /** Member phrases as written (upper case, `_` kept: "DID N'T", "&TIETYPES"). */
  members: string[];
}

export interface ParsedVerbs {
  /** By name, with the leading `&` and without a trailing `_`: "&CURRENCY". */
  synsets: Map<string, Synset>;
  blocks: VerbBlock[];
  /** PETRARCH 2 transformation lines (`~ a (a b ATTACK) SAY = a b 015`), which are not read. */
  transforms: number;
  issues: DictIssue[];
}

/** "&CURRENCY_" → "&CURRENCY". */
export const synsetKey = (name: string) => name.toUpperCase().replace(/_+$/, '');

function parseVerbWords(phrase: string): { words: string[]; verbAt: number } {
  const parts = phrase.trim().split(/[\s_]+/).filter(Boolean);
  let verbAt = parts.findIndex((p) => p.startsWith('+'));
  if (verbAt < 0) verbAt = 0;
  return { words: parts.map((p) => p.replace(/^\+/, '').toLowerCase()), verbAt };
}

/**
 * Parses a verb dictionary.
 * @example parseVerbs('--- MEET [040] ---\nMEET {MET}\n- * WITH + [043]').blocks[0].patterns[0].text // '* WITH +'
 */
export function parseVerbs(source: string): ParsedVerbs {
  const synsets = new Map<string, Synset>();
  const blocks: VerbBlock[] = [];
  const issues: DictIssue[] = [];
  let transforms = 0;
  let synset: Synset | null = null;
  let block: VerbBlock | null = null;

  for (const { text, line } of dictionaryLines(source)) {
    if (synset && text.startsWith('+')) {
      synset.members.push(text.slice(1).trim());
      continue;
    }
    synset = null;
    if (text.startsWith('&')) {
      const name = synsetKey(text.split(/\s+/)[0]);
      synset = { line, members: [] };
      if (synsets.has(name)) issues.push({ line, message: `synset ${name} defined again; the later one is used` });
      synsets.set(name, synset);
      block = null;
      continue;
    }
    if (text.startsWith('---')) {
      const inner = text.replace(/^-{3,}/, '').replace(/-{3,}$/, '');
      const { head, groups } = splitBrackets(inner);
      block = { line, name: normalisePhrase(head), code: groups[0] ?? null, verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (text.startsWith('~')) {
      transforms++;
      continue;
    }
    if (!block) {
      issues.push({ line, message: `outside any verb block: "${text}"` });
      continue;
    }
    if (text.startsWith('-')) {
      const { head, groups } = splitBrackets(text.slice(1));
      if (groups.length === 0) issues.push({ line, message: `pattern without a code: "${text}"` });
      else block.patterns.push({ line, text: head.replace(/\s+/g, ' ').trim(), code: groups[0] });
      continue;
    }
    const { head, groups } = splitBrackets(text);
    const braces = /\{([^}]*)\}/.exec(head);
    const { words, verbAt } = parseVerbWords(head.replace(/\{[^}]*\}/, ''));
    if (words.length === 0) {
      issues.push({ line, message: `cannot read the verb "${text}"` });
      continue;
    }
    const forms = braces ? braces[1].split(/\s+/).filter(Boolean).map((f) => parseVerbWords(f).words) : [];
    block.verbs.push({ line, words, verbAt, forms, code: groups[0] ?? null });
  }
  return { synsets, blocks, transforms, issues };
}

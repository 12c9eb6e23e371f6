/**
 * Converts a parsed TABARI/PETRARCH verb dictionary into our event rules (the format of
 * data/rules/events.json). A pattern becomes `match` = the block's verbs, then the pattern's
 * words with `*` gaps where TABARI allows words in between (`_` joins words that must be
 * adjacent; `^` and a final `+` become gaps); words before the verb make it the marked head
 * (`@`). The source is the subject (`$` before the verb), the target the first actor after
 * the match (`+` at the end); `+` before the verb with `$` after it swaps them ("+ * FROM $");
 * `%` before the verb makes coordinated subjects each other's targets. Negations in a pattern
 * stay: the rule codes the negated act. Codes our ontology lacks become the file's user code
 * list; a reciprocal code ("[031:032]") codes the reverse event too. What our rules cannot
 * say is skipped and counted by reason; the original pattern is kept in each rule's `origin`.
 */
import type { ParsedVerbs, VerbBlock, VerbEntry } from './verbs.js';
import { synsetKey } from './verbs.js';

/** A rule in our event-rule format, with the dictionary line it came from. */
export interface ImportedEventRule {
  id: string;
  cameo: string;
  reciprocal?: string;
  match: string;
  source: 'subject' | 'after';
  target: 'after' | 'subject';
  /** PETRARCH codes what is said of the future or with a modal too. */
  future: true;
  mutual?: true;
  /** "FILE:LINE BLOCK: - PATTERN [CODE]". */
  origin: string;
}

export interface ConvertVerbsOptions {
  /** Start of every rule id: "petr-validate-verbs" gives "petr-validate-verbs.restore.3". */
  idPrefix: string;
  /** The dictionary's file name, recorded in each rule's origin. */
  source: string;
  /** CAMEO codes our ontology knows; other codes go to the user code list. */
  knownCodes?: ReadonlySet<string>;
}

export interface VerbConversionStats {
  patterns: number;
  converted: number;
  /** Skipped patterns by reason. */
  skipped: Record<string, number>;
  /** Up to three skipped patterns per reason, as written. */
  examples: Record<string, string[]>;
  verbs: number;
  /** Verbs coded on their own (without a pattern) by a rule. */
  verbsCoded: number;
  /** Verbs without a code of their own, by reason. */
  verbsSkipped: Record<string, number>;
  /**
   * Converted patterns with words before the verb ("SAID * TO ATTEND"): their rules start at
   * that word and fire only where it is a verb (or auxiliary) in the text.
   */
  startBeforeVerb: number;
  /** Patterns and verbs with a second, reciprocal code ("[032:033]"). */
  reciprocal: number;
  /** Codes outside our ontology, kept as the file's user code list, labelled by the first verb block using each. */
  userCodes: Array<{ code: string; label: string }>;
  rules: number;
  /** PETRARCH 2 transformation lines, not converted. */
  transforms: number;
}

type Slot =
  | { kind: 'words'; options: string[][]; joined: boolean }
  | { kind: 'verb' | 'source' | 'target' | 'compound' | 'skip'; joined: boolean };

const MARKERS: Record<string, Slot['kind']> = { '*': 'verb', $: 'source', '+': 'target', '%': 'compound', '^': 'skip' };
const AUXILIARIES = new Set('be is are am was were been being have has had having will would shall should can could may might must do does did'.split(' '));
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const MAX_VARIANTS = 32;
/** TABARI lets any words of the clause stand between a pattern's words after the verb. */
const GAP = '*8';
/** CAMEO codes and the user codes of TABARI-style dictionaries ("1717", "174K"). */
const CODE = /^\d{2,4}[A-Za-z]?$/;

/** Reads "064", "032:033", "---"; returns the code(s) or the reason it cannot be used. */
function readCode(raw: string): { code: string; reciprocal: string | null } | string {
  const [primary, reciprocal] = raw.trim().split(':').map((s) => s.trim());
  if (!primary && reciprocal) return 'reciprocal code only';
  if (!primary || primary === '---') return 'null code';
  if (!CODE.test(primary)) return 'not a CAMEO code';
  return { code: primary, reciprocal: reciprocal && CODE.test(reciprocal) ? reciprocal : null };
}

/** Expands a synset member ("DID N'T", "&TIETYPES") into phrases of lower-case words. */
function expandMember(member: string, verbs: ParsedVerbs, depth: number): string[][] | string {
  let phrases: string[][] = [[]];
  for (const part of member.split(/[\s_]+/).filter(Boolean)) {
    let options: string[][];
    if (part.startsWith('&')) {
      const inner = expandSynset(part, verbs, depth + 1);
      if (typeof inner === 'string') return inner;
      options = inner;
    } else {
      options = [[part.toLowerCase()]];
    }
    phrases = phrases.flatMap((p) => options.map((o) => [...p, ...o]));
    if (phrases.length > MAX_VARIANTS) return 'too many variants';
  }
  return phrases;
}

function expandSynset(name: string, verbs: ParsedVerbs, depth = 0): string[][] | string {
  const synset = verbs.synsets.get(synsetKey(name));
  if (!synset || depth > 4) return 'unknown synset';
  const out: string[][] = [];
  for (const member of synset.members) {
    const phrases = expandMember(member, verbs, depth);
    if (typeof phrases === 'string') return phrases;
    out.push(...phrases.filter((p) => p.length > 0));
  }
  return out;
}

/** Splits a pattern into slots; words joined by `_` must be adjacent. */
function slotsOf(text: string, verbs: ParsedVerbs): Slot[] | string {
  const slots: Slot[] = [];
  for (const chunk of text.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean)) {
    const parts = chunk.split('_');
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (!part) continue;
      const joined = k > 0;
      if (MARKERS[part]) {
        slots.push({ kind: MARKERS[part], joined } as Slot);
      } else if (part.startsWith('&')) {
        const options = expandSynset(part, verbs);
        if (typeof options === 'string') return options;
        slots.push({ kind: 'words', options, joined });
      } else if (/[|?*=<>&$%^+]/.test(part)) {
        return 'unsupported token';
      } else {
        slots.push({ kind: 'words', options: [[part.toLowerCase()]], joined });
      }
    }
  }
  return slots;
}

type Element = { words: string[]; joined: boolean };

/**
 * One match element per position: single words become alternatives; phrases of the same
 * length share one variant with alternatives per position (which admits a few word
 * combinations the synset does not list). `afterWord`: the first slot may join the word
 * before it (the verb).
 */
function variantsOf(slots: Slot[], afterWord: boolean): Element[][] | string {
  let variants: Element[][] = [[]];
  let joinable = afterWord;
  for (const slot of slots) {
    if (slot.kind !== 'words') {
      // A marker stands for words of its own: what follows it is never adjacent.
      joinable = false;
      continue;
    }
    const joined = slot.joined && joinable;
    const byLength = new Map<number, string[][]>();
    for (const o of slot.options) byLength.set(o.length, [...(byLength.get(o.length) ?? []), o]);
    const choices: Element[][] = [...byLength.entries()].sort((a, b) => a[0] - b[0]).map(([length, phrases]) =>
      Array.from({ length }, (_, k) => ({ words: [...new Set(phrases.map((p) => p[k]))], joined: k === 0 ? joined : true })));
    const next: Element[][] = [];
    for (const v of variants) for (const c of choices) next.push([...v, ...c]);
    if (next.length > MAX_VARIANTS) return 'too many variants';
    variants = next;
    joinable = true;
  }
  return variants;
}

const elementText = (words: string[]) => words.join('|');

/** The verb alternatives of a block: one element for all single-word verbs, one sequence per phrasal verb. */
function verbOptions(verbs: VerbEntry[]): string[][] {
  const singles = new Set<string>();
  const out: string[][] = [];
  for (const v of verbs) {
    const formsAt = (k: number) => v.forms.filter((f) => f.length === v.words.length).map((f) => f[k]);
    if (v.words.length === 1) {
      singles.add(v.words[0]);
      for (const f of v.forms) if (f.length === 1) singles.add(f[0]);
    } else {
      out.push(v.words.map((w, k) => elementText([...new Set([w, ...formsAt(k)])])));
    }
  }
  return singles.size ? [[elementText([...singles])], ...out] : out;
}

/** The match string: verb elements (the first marked as the head after other words), then pattern elements with `*` unless joined. */
function matchOf(pre: Element[], verb: string[], post: Element[], verbJoined: boolean): string {
  const parts: string[] = [];
  pre.forEach((el, k) => {
    if (k > 0 && !el.joined) parts.push('*');
    parts.push(elementText(el.words));
  });
  if (pre.length && !verbJoined) parts.push('*');
  parts.push(...verb.map((v, k) => (k === 0 && pre.length ? `@${v}` : v)));
  for (const el of post) {
    if (!el.joined) parts.push(GAP);
    parts.push(elementText(el.words));
  }
  return parts.join(' ');
}

interface ConvertedPattern {
  rules: Array<{ match: string; mutual: boolean }>;
  beforeVerb: boolean;
  source: 'subject' | 'after';
  target: 'after' | 'subject';
}

/** Converts a pattern into rule bodies, or gives the reason it cannot be converted. */
function convertPattern(text: string, block: VerbBlock, verbs: ParsedVerbs): ConvertedPattern | string {
  const slots = slotsOf(text, verbs);
  if (typeof slots === 'string') return slots;
  const at = slots.findIndex((s) => s.kind === 'verb');
  if (at < 0) return 'no verb position';
  const pre = slots.slice(0, at);
  const post = slots.slice(at + 1);
  const lastWord = (list: Slot[]) => list.map((s) => s.kind).lastIndexOf('words');
  const targetAt = pre.findIndex((s) => s.kind === 'target');
  const sourceAt = post.findIndex((s) => s.kind === 'source');
  // "+ * FROM $": the subject is the target, the source the actor after the words.
  const swapped = targetAt >= 0 || sourceAt >= 0;
  if (swapped) {
    if (targetAt < 0) return 'source after the verb without a target before it';
    if (sourceAt < 0) return 'target before the verb without a source after it';
    if (pre.slice(0, targetAt).some((s) => s.kind === 'words')) return 'target inside the pattern';
    if (sourceAt < lastWord(post)) return 'source inside the pattern';
    if (pre.some((s) => s.kind === 'source' || s.kind === 'compound') || post.some((s) => s.kind === 'target')) return 'source and target on one side';
  }
  // "* WITH %": a compound after the verb is the targets, which our rules code one by one.
  const target = post.findIndex((s) => s.kind === 'target' || s.kind === 'compound');
  if (target >= 0 && target < lastWord(post)) return 'target inside the pattern';
  const firstWord = pre.findIndex((s) => s.kind === 'words');
  // "SAID $ *": the source is not the subject of the first word, where our rules look.
  if (firstWord >= 0 && pre.slice(firstWord).some((s) => s.kind === 'source' || s.kind === 'compound')) return 'source inside the pattern';
  const preWords = pre.filter((s) => s.kind === 'words');
  const beforeVerb = preWords.some((s) => s.kind === 'words' && s.options.some((o) => o.some((w) => !AUXILIARIES.has(w) && !NEGATIONS.has(w))));
  const preVariants = variantsOf(preWords, false);
  const postVariants = variantsOf(post, true);
  if (typeof preVariants === 'string') return preVariants;
  if (typeof postVariants === 'string') return postVariants;
  // "IN_*": the word before the verb is adjacent to it.
  const verbJoined = slots[at].joined && pre[pre.length - 1]?.kind === 'words';
  const mutual = pre.some((s) => s.kind === 'compound');
  const out: Array<{ match: string; mutual: boolean }> = [];
  for (const p of preVariants) {
    for (const q of postVariants) {
      for (const verb of verbOptions(block.verbs)) out.push({ match: matchOf(p, verb, q, verbJoined), mutual });
    }
  }
  if (out.length === 0) return 'no verb in the block';
  if (out.length > MAX_VARIANTS) return 'too many variants';
  return { rules: out, beforeVerb, source: swapped ? 'after' : 'subject', target: swapped ? 'subject' : 'after' };
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'verb';

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/**
 * Converts every block's verbs and patterns into event rules.
 * @example convertVerbs(parseVerbs(text), { idPrefix: 'my-verbs', source: 'my.verbs.txt' }).rules
 */
export function convertVerbs(verbs: ParsedVerbs, options: ConvertVerbsOptions): { rules: ImportedEventRule[]; stats: VerbConversionStats } {
  const rules: ImportedEventRule[] = [];
  const stats: VerbConversionStats = {
    patterns: 0, converted: 0, startBeforeVerb: 0, skipped: {}, examples: {}, verbs: 0, verbsCoded: 0, verbsSkipped: {}, reciprocal: 0, userCodes: [], rules: 0, transforms: verbs.transforms,
  };
  const userCodes = new Map<string, string>();
  const read = (raw: string, block: VerbBlock) => {
    const code = readCode(raw);
    if (typeof code === 'string') return code;
    for (const c of [code.code, code.reciprocal]) {
      if (c && options.knownCodes && !options.knownCodes.has(c) && !userCodes.has(c)) userCodes.set(c, `${block.name} (${options.source})`);
    }
    if (code.reciprocal) stats.reciprocal++;
    return code;
  };
  const usedIds = new Set<string>();
  const idFor = (block: VerbBlock) => {
    const base = `${options.idPrefix}.${slug(block.name)}`;
    let n = 1;
    while (usedIds.has(`${base}.${n}`)) n++;
    usedIds.add(`${base}.${n}`);
    return `${base}.${n}`;
  };
  const skip = (reason: string, example: string) => {
    bump(stats.skipped, reason);
    const list = (stats.examples[reason] ??= []);
    if (list.length < 3) list.push(example);
  };

  for (const block of verbs.blocks) {
    // The verbs on their own: each with its own code, or the block's.
    const byCode = new Map<string, VerbEntry[]>();
    const written = new Map<string, string>();
    for (const v of block.verbs) {
      stats.verbs++;
      const raw = v.code ?? block.code ?? '---';
      const code = read(raw, block);
      if (typeof code === 'string') {
        bump(stats.verbsSkipped, code);
        continue;
      }
      stats.verbsCoded++;
      const key = `${code.code}:${code.reciprocal ?? ''}`;
      byCode.set(key, [...(byCode.get(key) ?? []), v]);
      if (!written.has(key)) written.set(key, raw);
    }
    for (const [key, list] of byCode) {
      const [code, reciprocal] = key.split(':');
      for (const verb of verbOptions(list)) {
        const origin = `${options.source}:${list[0].line} ${block.name}: ${list.map((v) => v.words.join('_').toUpperCase()).join(', ')} [${written.get(key)}]`;
        const rule: ImportedEventRule = { id: idFor(block), cameo: code, match: verb.join(' '), source: 'subject', target: 'after', future: true, origin };
        if (reciprocal) rule.reciprocal = reciprocal;
        rules.push(rule);
      }
    }
    for (const pattern of block.patterns) {
      stats.patterns++;
      const written = `${block.name}: - ${pattern.text} [${pattern.code}]`;
      const code = read(pattern.code, block);
      if (typeof code === 'string') {
        skip(code, written);
        continue;
      }
      const converted = convertPattern(pattern.text, block, verbs);
      if (typeof converted === 'string') {
        skip(converted, written);
        continue;
      }
      stats.converted++;
      if (converted.beforeVerb) stats.startBeforeVerb++;
      for (const { match, mutual } of converted.rules) {
        const rule: ImportedEventRule = {
          id: idFor(block), cameo: code.code, match, source: converted.source, target: converted.target, future: true, origin: `${options.source}:${pattern.line} ${written}`,
        };
        if (code.reciprocal) rule.reciprocal = code.reciprocal;
        if (mutual) rule.mutual = true;
        rules.push(rule);
      }
    }
  }
  stats.rules = rules.length;
  stats.userCodes = [...userCodes].map(([code, label]) => ({ code, label })).sort((a, b) => a.code.localeCompare(b.code));
  return { rules, stats };
}

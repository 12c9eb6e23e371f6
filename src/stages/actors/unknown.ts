/**
 * Capitalised names the knowledge base does not hold: someone already named (a surname, a
 * typo), a sports side, or a person, organisation or place by the shape of the name and the
 * words around it. They code to no actor but stay entities for search and attribution.
 */
import type { Doc } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { DATE_WORD, isPlaceUse, isPersonUse, isTeamUse } from './context.js';
import { classifyName } from './names.js';
import type { EntityTable } from './resolve.js';
import { nameRun } from './scan.js';
import { isOwnedByPerson } from './possessed.js';

/** Names used as sports sides anywhere in the document, as written: "Surrey", "KANSAS CITY". */
export function findTeams(doc: Doc, kb: KnowledgeBase): Set<string> {
  const t = doc.tokens!;
  const teams = new Set<string>();
  // Names listed together ("Essex , Derbyshire and Surrey") are all sides when one is.
  const lists: string[][] = [];
  for (const s of doc.sentences!) {
    let list: string[] | null = null;
    let next = -1; // where the next name of the list may start
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const run = t.pos[i] === POS.PROPN && isCapitalised(doc, i) ? nameRun(doc, i, s.tokEnd) : null;
      if (!run) {
        if (list && i === next && LIST_JOINERS.has(tokenText(doc, i))) next = i + 1;
        else list = null;
        continue;
      }
      const name = doc.text.slice(t.start[run[0]], t.end[run[1] - 1]);
      const person = isPersonName(doc, kb, run[0], run[1], s.tokEnd);
      if (!person && isTeamUse(doc, kb, run[0], run[1], s.tokStart, s.tokEnd)) teams.add(name);
      // A person's name ends the list: "Luli Popescu , Bucharest Newsroom".
      if (person) list = null;
      else if (list && i === next) list.push(name);
      else lists.push((list = [name]));
      next = run[1];
      i = run[1] - 1;
    }
  }
  for (const list of lists) {
    if (list.length > 1 && list.some((name) => teams.has(name))) for (const name of list) teams.add(name);
  }
  return teams;
}

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/** A person by shape or company, or by a given name that is not also a word or place. */
function isPersonName(doc: Doc, kb: KnowledgeBase, a: number, b: number, hi: number): boolean {
  const first = tokenText(doc, a);
  return isPersonUse(doc, kb, a, b, hi) || (b - a > 1 && kb.names.givenNames.has(first) && !kb.names.ambiguousGivenNames.has(first));
}

/** Capitalised heads that make the name before them a law's or a document's: "the Civil Rights Act". */
const DOCUMENT_HEADS = new Set(['Act', 'Acts', 'Bill', 'Law', 'Treaty', 'Accord', 'Accords', 'Agreement', 'Amendment', 'Convention', 'Doctrine', 'Charter', 'Protocol', 'Declaration', 'Movement']);

/** Verbs whose subject is most often a person: "Dole said". */
const SPEECH = new Set(['say', 'tell', 'add']);

/**
 * An unknown name the data cannot classify is most often a person's: two or three proper
 * nouns in title case that hold no known name ("Sergen Yalcin"), one word that says something
 * ("Dole said") or is said by ("said Lebed"), or one listed after a person ("Breen , Irwin").
 */
function isPersonShape(doc: Doc, kb: KnowledgeBase, table: EntityTable, a: number, b: number, lo: number, hi: number): boolean {
  const t = doc.tokens!;
  const before = a > lo ? t.lemma[a - 1] : '';
  const first = tokenText(doc, a);
  // "said Friday"; "Traders said" opening a sentence is a plural noun.
  if (DATE_WORD.test(first) || (a === lo && b - a === 1 && first.endsWith('s'))) return false;
  if (a - 1 > lo && LIST_JOINERS.has(before)) {
    const last = table.mentions[table.mentions.length - 1];
    if (last && last.tokEnd === a - 1 && last.entity >= 0 && table.entities[last.entity].kind === 'person') return true;
  }
  if (b - a === 1) return ((b < hi && SPEECH.has(t.lemma[b])) || SPEECH.has(before) || isOwnedByPerson(doc, b, hi)) && /^\p{Lu}\p{Ll}+$/u.test(tokenText(doc, a));
  // Sentence-initial and headline words are capitalised whatever they are ("Bond Traders"),
  // unless an apposition follows ("Hen Vipheak , former editor").
  if (b - a > 3 || (a === lo && !(b < hi && tokenText(doc, b) === ','))) return false;
  // "the Civil Rights Act", "the Marshall Plan": the name of a law or document.
  if (b < hi && DOCUMENT_HEADS.has(tokenText(doc, b))) return false;
  for (let k = a; k < b; k++) {
    const w = tokenText(doc, k);
    if (t.pos[k] !== POS.PROPN || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || DATE_WORD.test(w) || kb.names.personTitles.has(w) || kb.names.demonym.test(w)) return false;
    // "Western Cambodia": a known name inside is no part of a person's name.
    if (k > a && kb.match(doc.text, t.start[k]).length > 0) return false;
  }
  return true;
}

/** Records a sports side named after a place or unknown to the data. */
export function teamMention(doc: Doc, table: EntityTable, a: number, b: number): void {
  const t = doc.tokens!;
  const name = doc.text.slice(t.start[a], t.end[b - 1]);
  const idx = table.entity(`team:${name.toLowerCase()}`, () => ({ name, kind: 'organization', actor: null }));
  table.mention(a, b, 'name', idx, 'actors.team');
}

/** Resolves the unknown name at tokens [a, b); returns false when it names nothing we can tell. */
export function resolveUnknown(doc: Doc, kb: KnowledgeBase, table: EntityTable, a: number, b: number, lo: number, hi: number,
  teams: ReadonlySet<string>): boolean {
  const t = doc.tokens!;
  // "American Dennis Mitchell": a nationality before a name the scan left to it.
  const adjective = b - a > 1 ? kb.match(doc.text, t.start[a]).find((e) => e.text.length === t.end[a] - t.start[a])?.refs.find((r) => r.kind === 'adjective') : undefined;
  if (adjective) {
    const idx = table.entity(`country:${adjective.id}`, () => ({ name: kb.countries.get(adjective.id)?.name ?? adjective.id, kind: 'country', actor: adjective.id }));
    table.mention(a, a + 1, 'adjective', idx, 'actors.adjective');
    resolveUnknown(doc, kb, table, a + 1, b, lo, hi, teams);
    return true;
  }
  const name = doc.text.slice(t.start[a], t.end[b - 1]);
  if (teams.has(name) && !isPlaceUse(doc, a, b, hi)) {
    teamMention(doc, table, a, b);
    return true;
  }
  // "Chad Johnson": a word left over from a longer name is not a surname on its own.
  if (b - a === 1 && a > lo && isNameTail(doc, kb, a)) return false;
  let hit = table.byNamePart(name);
  let rule = b - a === 1 ? 'actors.surname.article' : 'actors.name.article';
  if (hit < 0 && b - a > 1) {
    hit = table.byTypo(name);
    rule = 'actors.typo.article';
  }
  if (hit < 0 && b - a === 1) {
    const date = doc.meta.date;
    const known = kb.bySurname(name).filter((p) => kb.personActor(p, date).role !== null);
    if (known.length === 1) {
      hit = table.person(known[0]);
      rule = 'actors.surname.kb';
    }
  }
  if (hit >= 0) {
    table.mention(a, b, 'name', hit, rule, rule === 'actors.typo.article' ? name : undefined);
    return true;
  }
  const kind = classifyName(name.split(/\s+/), a > lo ? tokenText(doc, a - 1) : null, kb.names) ?? (isPersonUse(doc, kb, a, b, hi) || isPersonShape(doc, kb, table, a, b, lo, hi) ? 'person' : null);
  if (kind) {
    const idx = table.entity(`name:${kind}:${name}`, () => ({ name, kind, actor: null }));
    table.mention(a, b, 'name', idx, 'actors.name.shape');
    return true;
  }
  if (b - a === 1 && kb.names.demonym.test(name)) {
    const idx = table.entity(`people:${name}`, () => ({ name, kind: 'group', actor: null }));
    table.mention(a, b, 'adjective', idx, 'actors.name.demonym');
    return true;
  }
  return false;
}

/** True when the word before `a` is a capitalised name part that no data explains, or only one that needs context (Chad, Jordan). */
function isNameTail(doc: Doc, kb: KnowledgeBase, a: number): boolean {
  const t = doc.tokens!;
  if (t.pos[a - 1] !== POS.PROPN || !isCapitalised(doc, a - 1)) return false;
  const entries = kb.match(doc.text, t.start[a - 1]).filter((e) => e.text.length === t.end[a - 1] - t.start[a - 1]);
  return entries.every((e) => e.refs.every((r) => r.contextual));
}

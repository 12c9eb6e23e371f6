/**
 * Organisations the data does not hold, coded by what their head noun says they are. A
 * party, front or movement is a domestic political body: it belongs to the country the
 * article is about ("the Umma party" in a story on Algeria). An association, forum or
 * committee with no country in its name is, by the CAMEO convention, a non-governmental
 * organisation (NGO), except a committee in a story about a legislature. Companies, schools
 * and the like stay uncoded.
 */
import type { Doc, Entity } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { DATE_WORD } from './context.js';
import { classifyName } from './names.js';
import type { EntityTable } from './resolve.js';
import type { Atom } from './scan.js';

/** Heads of domestic political bodies, coded to the article's country. */
const POLITICAL_HEADS = new Set(['party', 'front', 'movement', 'union', 'alliance', 'congress', 'coalition', 'bloc']);
/** Heads of civic bodies, coded NGO when no country is in the name. */
const CIVIC_HEADS = new Set(['association', 'associations', 'forum', 'committee', 'society', 'foundation', 'federation', 'institute',
  'initiative', 'watch', 'organisation', 'organization', 'charity', 'fellowship']);
/** Lower-case heads that make a capitalised name before them a party: "the Baath party". */
const LOWER_PARTY_HEADS = new Set(['party', 'movement', 'front']);
/** Occasions a party is held for: "the Halloween party" is no political body. */
const OCCASIONS = new Set(['christmas', 'halloween', 'easter', 'thanksgiving', 'birthday', 'hanukkah', 'diwali', 'eid', 'passover', 'ramadan',
  'year', 'years', 'bowl', 'cup']);

const SHAPE_KEY = 'name:organization:';

/** The head noun of an organisation's name: the word before "of"/"for", else the last word. */
function headOf(name: string): string {
  const words = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
}

/**
 * The code of an organisation recognised only by the shape of its name, from its head noun:
 * a political body the article's country (`focus`), a civic body NGO, anything else none. In
 * a story about a legislature (`legislative`) a committee is one of its committees.
 * @example organisationCode({ id: 'name:organization:Homeland Union', name: 'Homeland Union' }, 'LTU', false) // 'LTU'
 */
export function organisationCode(e: Pick<Entity, 'id' | 'name'>, focus: string | null, legislative: boolean): string | null {
  if (!e.id.startsWith(SHAPE_KEY)) return null;
  const head = headOf(e.name);
  if (POLITICAL_HEADS.has(head)) return focus;
  if (head === 'committee' && legislative) return focus ? `${focus}LEG` : null;
  return CIVIC_HEADS.has(head) ? 'NGO' : null;
}

/** Words that show a story is about a legislature: "the House Oversight Committee". */
const LEGISLATURE_WORDS = new Set(['congress', 'congressional', 'senate', 'parliament', 'parliamentary', 'legislature', 'lawmaker', 'lawmakers',
  'legislator', 'legislators']);

/** True when the text names a legislature ("House" only capitalised). */
export function mentionsLegislature(doc: Doc): boolean {
  const t = doc.tokens!;
  for (let k = 0; k < t.count; k++) if (LEGISLATURE_WORDS.has(t.lower[k]) || tokenText(doc, k) === 'House') return true;
  return false;
}

/**
 * Records an unknown organisation named at token `i` whose name the plain name scan does not
 * take: one joined by "of"/"for" ("Association of Caribbean Jurists"), or a capitalised name
 * before a lower-case party word ("the Umma (Nation) party"). Returns where it ends, or -1.
 */
export function unknownOrganisation(doc: Doc, kb: KnowledgeBase, table: EntityTable, i: number, hi: number, atomAt: ReadonlyMap<number, Atom>): number {
  const t = doc.tokens!;
  // Inside the name a capitalised adjective, or a known word only as a modifier, may stand: "of African Jurists".
  const isWord = (k: number) => k < hi && (t.pos[k] === POS.PROPN || t.pos[k] === POS.NOUN || (k > i && t.pos[k] === POS.ADJ)) && isCapitalised(doc, k) &&
    /^\p{Lu}[\p{L}'’-]*$/u.test(tokenText(doc, k)) && (!atomAt.has(k) || atomAt.get(k)!.refs.every((r) => r.kind === 'adjective' || r.kind === 'group'));
  if (!isWord(i) || atomAt.has(i)) return -1;
  let end = i;
  while (end - i < 6 && isWord(end)) end++;
  let joined = false;
  if (end < hi && (t.lemma[end] === 'of' || t.lemma[end] === 'for') && isWord(end + 1)) {
    joined = true;
    end++;
    while (end - i < 8 && isWord(end)) end++;
  }
  let last = end;
  if (!joined) {
    // "the Umma (Nation) party": a gloss in brackets may stand between name and head.
    let k = end;
    if (tokenText(doc, k) === '(') {
      const close = [1, 2, 3].map((n) => k + n).find((n) => n < hi && tokenText(doc, n) === ')');
      if (close === undefined) return -1;
      k = close + 1;
    }
    if (k >= hi || !LOWER_PARTY_HEADS.has(tokenText(doc, k)) || OCCASIONS.has(doc.tokens!.lower[end - 1]) || DATE_WORD.test(tokenText(doc, end - 1))) return -1;
    last = k + 1;
  }
  const name = doc.text.slice(t.start[i], t.end[last - 1]);
  if (joined && classifyName(name.split(/\s+/), null, kb.names) !== 'organization') return -1;
  const idx = table.entity(`${SHAPE_KEY}${name}`, () => ({ name, kind: 'organization', actor: null }));
  table.mention(i, last, 'name', idx, 'actors.name.shape');
  // "the Association of Caribbean Jurists (ACJ)": the abbreviation in brackets names it too.
  if (last + 2 < hi && tokenText(doc, last) === '(' && tokenText(doc, last + 2) === ')' && /^\p{Lu}{2,}$/u.test(tokenText(doc, last + 1))) {
    table.mention(last + 1, last + 2, 'name', idx, 'actors.name.shape');
    return last + 2;
  }
  return last;
}

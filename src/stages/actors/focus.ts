/**
 * Actors coded by the country the article is most about, once every sentence is resolved:
 * officials the data lacks, unlisted political parties and bare crowds ("thousands of
 * people", "demonstrators"). In a story about one country these belong to it.
 */
import type { Doc } from '../../doc/types.js';
import { tokenText } from '../../nlp/tokens.js';
import type { EntityTable } from './resolve.js';
import type { Atom } from './scan.js';
import { mentionsLegislature, organisationCode } from './unknown-org.js';

/**
 * The country the article is most about: the country code most often among its actors'
 * codes (not IGO or NGO), the first of equals; null when no country is named.
 */
export function focusCountry(table: EntityTable): string | null {
  const counts = new Map<string, number>();
  for (const m of table.mentions) {
    const code = m.entity >= 0 ? table.entities[m.entity].actor : null;
    if (code) counts.set(code.slice(0, 3), (counts.get(code.slice(0, 3)) ?? 0) + 1);
  }
  let focus: string | null = null;
  for (const [code, n] of counts) if (/^[A-Z]{3}$/.test(code) && !code.startsWith('IGO') && !code.startsWith('NGO') && (!focus || n > counts.get(focus)!)) focus = code;
  return focus;
}

/** Nouns that name a crowd on their own: "demonstrators blocked the road". */
const CROWD_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'mob', 'rioters', 'marchers']);
/** "thousands of people": a large number makes plain people a crowd. */
const MULTITUDES = new Set(['hundreds', 'thousands', 'millions']);
const CROWD_KEY = 'crowd:';

/**
 * Records a crowd named by the group word `head` with no country ("demonstrators",
 * "hundreds of thousands of people"); returns the token after it, or -1 when the word names
 * no crowd. Its country is set once the article's focus is known (placeByFocus).
 */
export function crowdMention(doc: Doc, table: EntityTable, head: Atom, sector: string): number {
  const t = doc.tokens!;
  const word = tokenText(doc, head.tokStart).toLowerCase();
  const k = head.tokStart;
  const multitude = word === 'people' && k >= 2 && t.lemma[k - 1] === 'of' && MULTITUDES.has(doc.tokens!.lower[k - 2]);
  if (head.tokEnd !== k + 1 || !(CROWD_NOUNS.has(word) || multitude)) return -1;
  const idx = table.entity(`${CROWD_KEY}${sector}:${word}`, () => ({ name: word, kind: 'group', actor: null }));
  table.mention(k, head.tokEnd, 'nominal', idx, 'actors.crowd.focus');
  return head.tokEnd;
}

/**
 * Codes what only the article's focus country can place: officials the data lacks ("President
 * Abdelaziz Bouteflika" with no nationality), unlisted organisations by their head noun, and
 * crowds as its civilians.
 */
export function placeByFocus(doc: Doc, table: EntityTable): void {
  const focus = focusCountry(table);
  const legislative = mentionsLegislature(doc);
  for (const [idx, e] of table.entities.entries()) {
    if (e.actor !== null) continue;
    const roleId = table.roleIds[idx];
    const sector = roleId ? table.sectorOf(roleId) : null;
    if (e.isNew && sector && focus) e.actor = focus + sector;
    else if (e.kind === 'organization') e.actor = organisationCode(e, focus, legislative);
    else if (e.id.startsWith(CROWD_KEY) && focus) e.actor = focus + e.id.split(':')[1];
  }
}

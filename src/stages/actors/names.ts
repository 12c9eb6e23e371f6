/**
 * Names the data does not know: a capitalised run is a person when it starts with a given
 * name or follows an honorific, an organisation when an organisation word ends it, a place
 * when a place word does ("Lake Chad", "Tigris River"), an event when an event word does
 * ("Hong Kong Open").
 */
import type { EntityKind } from '../../doc/types.js';
import type { NameLexicon } from '../../kb/index.js';

/** Classifies the words of an unknown name; `before` is the word just before it. */
export function classifyName(words: string[], before: string | null, lex: NameLexicon): EntityKind | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length > 1 && (lex.orgHeads.has(last) || lex.sportsHeads.has(last) || lex.orgHeads.has(first) && words.includes('of'))) return 'organization';
  if (words.length > 1 && lex.eventHeads.has(last)) return 'other';
  if (words.length > 1 && (lex.placeHeads.has(last) || (lex.placeHeads.has(first) && first !== last))) return 'location';
  if (before && lex.personTitles.has(before)) return 'person';
  if (words.length > 1 && lex.givenNames.has(first) && !lex.ambiguousGivenNames.has(first)) return 'person';
  return null;
}

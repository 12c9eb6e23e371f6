/**
 * Converts parsed TABARI/PETRARCH actor, agent and discard dictionaries into our overlay
 * entries. TABARI matches names in any case and our gazetteer matches them as written, so
 * each upper-case phrase is written out in the cases news text uses ("NORTH_KOREA" →
 * "North Korea", "THE_AU" → "the AU", "HAMAS" → "Hamas" and "HAMAS").
 */
import type { Discard, OverlayActor } from '../overlay-schema.js';
import type { TabariActor } from './actors.js';
import type { TabariAgent, TabariDiscard } from './agents.js';

const MINOR_WORDS = new Set('of the and for in on at to de del da di du des la le al el bin ibn van von der den y et'.split(' '));

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function titleWord(word: string, first: boolean, partsToo: boolean): string {
  const lower = word.toLowerCase();
  if (!first && MINOR_WORDS.has(lower)) return lower;
  // "AL-QAEDA" → "Al-Qaeda" (partsToo) or "Al-qaeda"; "U.S." and "D'IVOIRE" keep their parts capitalised.
  return partsToo ? lower.replace(/(^|[-'’.(/])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()) : capitalise(lower).replace(/(['’.(/])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/**
 * The ways a TABARI phrase is written in text; the first is its display name.
 * @example caseVariants('THE AU') // ['The Au', 'the Au', 'The AU', 'the AU', 'THE AU']
 */
export function caseVariants(phrase: string): string[] {
  const words = phrase.split(' ');
  const title = (partsToo: boolean, acronyms: boolean) => words.map((w, k) => {
    const isAcronym = acronyms && !MINOR_WORDS.has(w.toLowerCase()) && /^\p{Lu}{2,3}$/u.test(w);
    return isAcronym ? w : titleWord(w, k === 0, partsToo);
  }).join(' ');
  const out = [title(true, false), title(false, false), title(true, true), phrase.toUpperCase()];
  const withThe = out.flatMap((v) => (/^the /i.test(v) ? [v, 'the' + v.slice(3)] : [v]));
  return [...new Set(withThe)];
}

/** The kind an imported actor most likely is: dated codes are roles of people, three letters a country. */
function kindOf(actor: TabariActor): OverlayActor['kind'] {
  const codes = actor.codes.filter((c) => c.code !== null);
  const dated = actor.codes.some((c) => c.from || c.to);
  const allCountries = codes.length > 0 && codes.every((c) => c.code!.length === 3);
  if (allCountries) return 'country';
  return dated ? 'person' : 'organization';
}

export interface ActorConversionStats {
  actors: number;
  entries: number;
  /** Actors with dated codes. */
  dated: number;
  /** Actors without any code: not coded (their names are still known). */
  uncoded: number;
}

/** One overlay entry per code period of each actor; names in the cases text uses. */
export function convertActors(actors: TabariActor[]): { entries: OverlayActor[]; stats: ActorConversionStats } {
  const entries: OverlayActor[] = [];
  const stats: ActorConversionStats = { actors: actors.length, entries: 0, dated: 0, uncoded: 0 };
  for (const actor of actors) {
    const variants = [...new Set(actor.names.flatMap(caseVariants))];
    const [name, ...aliases] = variants;
    const kind = kindOf(actor);
    if (actor.codes.some((c) => c.from || c.to)) stats.dated++;
    const codes = actor.codes.length > 0 ? actor.codes : [{ code: null, from: null, to: null }];
    if (codes.every((c) => c.code === null)) stats.uncoded++;
    for (const c of codes) {
      const entry: OverlayActor = { name, aliases, code: c.code, kind };
      if (c.from) entry.from = c.from;
      if (c.to) entry.to = c.to;
      entries.push(entry);
    }
  }
  stats.entries = entries.length;
  return { entries, stats };
}

/** Agent words in lower case and capitalised ("police", "Police", "Foreign Minister"). */
export function convertAgents(agents: TabariAgent[]): Array<{ words: string[]; code: string; position: 'suffix' | 'prefix' }> {
  return agents.map((a) => {
    const words = a.forms.flatMap((f) => {
      const lower = f.toLowerCase();
      return [lower, capitalise(lower), lower.split(' ').map((w, k) => (k > 0 && MINOR_WORDS.has(w) ? w : capitalise(w))).join(' ')];
    });
    return { words: [...new Set(words)], code: a.code, position: a.position };
  });
}

/** Discards in lower case. */
export function convertDiscards(discards: TabariDiscard[]): Discard[] {
  return discards.map((d) => ({ text: d.text.toLowerCase(), scope: d.scope, exact: d.exact }));
}

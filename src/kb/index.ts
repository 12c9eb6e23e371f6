/**
 * The knowledge base: actor data compiled once at start-up into lookup tables that the
 * stages query per token without allocating.
 */
import type { ActorRef } from '../doc/types.js';
import { DEFAULT_DATA_DIR, loadDataFile } from './load.js';
import { compileOverlays, mergeOverlays } from './overlay.js';
import type { KbOverlay } from './overlay-schema.js';
import {
  cameoSchema, countriesSchema, groupsSchema, igosSchema, knownNamesSchema, mediaSchema, namesSchema, peopleSchema, placesSchema, rolesSchema,
  type CameoCode, type Country, type Faction, type Igo, type Outlet, type Person, type PersonRole, type Role,
} from './schema.js';

/** `name`: a known name that is no actor; its id is the entity kind ('organization', 'location' or 'other'). */
export type GazKind = 'country' | 'adjective' | 'demonym' | 'capital' | 'place' | 'igo' | 'media' | 'person' | 'faction' | 'title' | 'organ' | 'group' | 'name';

export interface GazRef {
  kind: GazKind;
  /** Country code, igo/media/person/role id, or sector code for organs and groups. */
  id: string;
  /** The name needs context to be trusted (Georgia, Jordan, Chad). */
  contextual: boolean;
  /** A home nation ("England", "Scotland"): its sports sides are national teams, named as the place. */
  nation?: boolean;
}

export interface GazEntry {
  text: string;
  refs: GazRef[];
}

export interface NameLexicon {
  givenNames: Set<string>;
  ambiguousGivenNames: Set<string>;
  orgHeads: Set<string>;
  sportsHeads: Set<string>;
  placeHeads: Set<string>;
  personTitles: Set<string>;
  teamCues: Set<string>;
  teamNouns: Set<string>;
  eventHeads: Set<string>;
  /** Given names that tell a person's gender ("Luke", "Mary"). */
  maleGivenNames: Set<string>;
  femaleGivenNames: Set<string>;
  /** Nationality and people adjectives the country list lacks ("Kurdish", "European"). */
  demonym: RegExp;
}

export interface KnowledgeBase {
  versions: Record<string, string>;
  countries: Map<string, Country>;
  igos: Map<string, Igo>;
  media: Map<string, Outlet>;
  people: Map<string, Person>;
  factions: Map<string, Faction>;
  roles: Map<string, Role>;
  cameo: Map<string, CameoCode>;
  /** Word lists for names the data does not know. */
  names: NameLexicon;
  /** Gazetteer entries whose text starts at `pos` in `text`, longest first. */
  match(text: string, pos: number): GazEntry[];
  /** People whose surname (or family name) is `word`. */
  bySurname(word: string): Person[];
  /** The actor code and role title of a person on a date (YYYY-MM-DD). */
  personActor(person: Person, date: string | null): { code: string | null; role: Role | null; title: string | null };
  /** Who held a role for a country on a date. */
  roleHolder(roleId: string, country: string, date: string | null): Person | null;
  /** Resolves an outlet or publisher name. */
  findPublisher(name: string): ActorRef | null;
}

const KEY = /^[\p{L}\p{N}]+/u;

function keyOf(text: string, pos = 0): string | null {
  KEY.lastIndex = 0;
  const m = KEY.exec(pos === 0 ? text : text.slice(pos, pos + 40));
  return m ? m[0] : null;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

class Gazetteer {
  private readonly byKey = new Map<string, GazEntry[]>();
  private readonly byText = new Map<string, GazEntry>();

  /** `first`: an imported overlay's reference goes ahead of ours, unless the name already has that id. */
  add(text: string, ref: GazRef, first = false): void {
    const variants = text.includes("'") ? [text, text.replaceAll("'", '’')] : [text];
    for (const t of variants) {
      let entry = this.byText.get(t);
      if (!entry) {
        const key = keyOf(t);
        if (!key) continue;
        entry = { text: t, refs: [] };
        this.byText.set(t, entry);
        const list = this.byKey.get(key) ?? [];
        list.push(entry);
        this.byKey.set(key, list);
      }
      if (first) {
        if (!entry.refs.some((r) => r.id === ref.id)) entry.refs.unshift(ref);
      } else if (!entry.refs.some((r) => r.kind === ref.kind && r.id === ref.id)) entry.refs.push(ref);
    }
  }

  seal(): void {
    for (const list of this.byKey.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  match(text: string, pos: number): GazEntry[] {
    const key = keyOf(text, pos);
    if (!key) return [];
    const list = this.byKey.get(key);
    if (!list) return [];
    const out: GazEntry[] = [];
    for (const e of list) {
      if (text.startsWith(e.text, pos)) {
        const after = text[pos + e.text.length];
        // "U.S." ends in a dot, so the next char may be anything; otherwise a word must end.
        if (!isWordChar(after) || !isWordChar(e.text[e.text.length - 1])) out.push(e);
      }
    }
    return out;
  }
}

const inRange = (r: PersonRole, date: string) => (r.from == null || r.from <= date) && (r.to == null || date <= r.to);
// Family name first in these countries' usage ("Wang Yi" is Mr Wang).
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'SGP']);

/**
 * Loads every data file under `dataDir` and compiles the lookup tables, with imported
 * `overlays` (kb/overlay.ts) on top.
 */
export function loadKnowledgeBase(dataDir: string = DEFAULT_DATA_DIR, overlays: readonly KbOverlay[] = []): KnowledgeBase {
  const countriesFile = loadDataFile(dataDir, 'actors/countries.json', countriesSchema);
  const igosFile = loadDataFile(dataDir, 'actors/igos.json', igosSchema);
  const mediaFile = loadDataFile(dataDir, 'actors/media.json', mediaSchema);
  const rolesFile = loadDataFile(dataDir, 'actors/roles.json', rolesSchema);
  const peopleFile = loadDataFile(dataDir, 'actors/people.json', peopleSchema);
  const cameoFile = loadDataFile(dataDir, 'ontology/cameo.json', cameoSchema);
  const groupsFile = loadDataFile(dataDir, 'actors/groups.json', groupsSchema);
  const placesFile = loadDataFile(dataDir, 'actors/places.json', placesSchema);
  const namesFile = loadDataFile(dataDir, 'lexicons/names.json', namesSchema);
  const knownFile = loadDataFile(dataDir, 'lexicons/known-names.json', knownNamesSchema);

  const gaz = new Gazetteer();
  const countries = new Map(countriesFile.countries.map((c) => [c.code, c]));
  for (const c of countriesFile.countries) {
    const ctx = new Set(c.contextual);
    const add = (text: string, kind: GazKind) => gaz.add(text, { kind, id: c.code, contextual: ctx.has(text) });
    add(c.name, 'country');
    if (c.official) add(c.official, 'country');
    for (const a of c.aliases) add(a, 'country');
    for (const a of c.adjectives) add(a, 'adjective');
    for (const a of c.demonyms) add(a, 'demonym');
    for (const a of c.capitals) add(a, 'capital');
  }
  const igos = new Map(igosFile.igos.map((g) => [g.id, g]));
  for (const g of igosFile.igos) for (const a of [g.name, ...g.aliases]) gaz.add(a, { kind: 'igo', id: g.id, contextual: false });
  const media = new Map(mediaFile.media.map((m) => [m.id, m]));
  for (const m of mediaFile.media) {
    const ctx = new Set(m.contextual ?? []);
    for (const a of [m.name, ...m.aliases]) gaz.add(a, { kind: 'media', id: m.id, contextual: ctx.has(a) });
  }
  const factions = new Map(groupsFile.groups.map((g) => [g.id, g]));
  for (const g of groupsFile.groups) {
    const ctx = new Set(g.contextual ?? []);
    for (const a of [g.name, ...g.aliases]) gaz.add(a, { kind: 'faction', id: g.id, contextual: ctx.has(a) });
  }
  // Places stand for their country ("a bombing near Samarra"); disputed ones for no one.
  for (const p of placesFile.places) {
    if (!p.country) continue;
    const nation = p.kind === 'nation' ? { nation: true } : {};
    for (const a of [p.name, ...p.aliases]) gaz.add(a, { kind: 'place', id: p.country, contextual: p.contextual ?? false, ...nation });
  }
  const roles = new Map(rolesFile.roles.map((r) => [r.id, r]));
  for (const r of rolesFile.roles) for (const t of r.titles) gaz.add(t, { kind: 'title', id: r.id, contextual: false });
  for (const o of rolesFile.organs) for (const w of o.words) gaz.add(w, { kind: 'organ', id: o.sector, contextual: false });
  for (const g of rolesFile.groups) for (const w of g.words) gaz.add(w, { kind: 'group', id: g.sector, contextual: false });

  const people = new Map(peopleFile.people.map((p) => [p.id, p]));
  const surnames = new Map<string, Person[]>();
  const holders = new Map<string, Person[]>();
  for (const p of peopleFile.people) {
    for (const a of [p.name, ...p.aliases]) gaz.add(a, { kind: 'person', id: p.id, contextual: false });
    const parts = p.name.split(/\s+/);
    const family = FAMILY_FIRST.has(p.country ?? '') ? parts[0] : parts[parts.length - 1];
    for (const s of new Set([family, parts[parts.length - 1]])) {
      if (parts.length < 2) continue;
      const list = surnames.get(s) ?? [];
      list.push(p);
      surnames.set(s, list);
    }
    for (const r of p.roles) {
      const key = `${r.role}|${r.country ?? r.org ?? ''}`;
      const list = holders.get(key) ?? [];
      list.push(p);
      holders.set(key, list);
    }
  }
  // Known names come last, so an actor reading of the same words goes first; a single word
  // beside another name is part of that name ("Christian Karembeu", "Hyundai Motor").
  const knownKinds = { organizations: 'organization', places: 'location', other: 'other' } as const;
  for (const [kind, id] of Object.entries(knownKinds) as Array<[keyof typeof knownKinds, string]>) {
    for (const n of knownFile[kind]) gaz.add(n, { kind: 'name', id, contextual: !/\s/.test(n) });
  }
  // Imported dictionaries go on top of our data (kb/overlay.ts).
  const imported = compileOverlays(overlays, (text, ref, first) => gaz.add(text, ref, first));
  mergeOverlays(imported, { countries, igos, people, roles });
  gaz.seal();

  const mediaByName = new Map<string, Outlet>();
  for (const m of mediaFile.media) for (const a of [m.name, ...m.aliases]) mediaByName.set(a.toLowerCase(), m);

  function activeRoles(person: Person, date: string | null): PersonRole[] {
    if (date) return person.roles.filter((r) => inRange(r, date));
    const sorted = [...person.roles].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    return sorted.slice(0, 1);
  }

  return {
    versions: {
      countries: countriesFile.version, igos: igosFile.version, media: mediaFile.version,
      roles: rolesFile.version, people: peopleFile.version, cameo: cameoFile.version,
      groups: groupsFile.version, places: placesFile.version, names: namesFile.version, known: knownFile.version,
      ...(imported.versions.length > 0 ? { overlays: imported.versions.join('+') } : {}),
    },
    countries, igos, media, people, factions, roles,
    names: {
      givenNames: new Set(namesFile.givenNames),
      ambiguousGivenNames: new Set(namesFile.ambiguousGivenNames),
      orgHeads: new Set(namesFile.orgHeads),
      sportsHeads: new Set(namesFile.sportsHeads),
      placeHeads: new Set(namesFile.placeHeads),
      personTitles: new Set(namesFile.personTitles),
      teamCues: new Set(namesFile.teamCues),
      teamNouns: new Set(namesFile.teamNouns),
      eventHeads: new Set(namesFile.eventHeads),
      maleGivenNames: new Set(namesFile.maleGivenNames),
      femaleGivenNames: new Set(namesFile.femaleGivenNames),
      demonym: new RegExp(namesFile.demonymSuffixRe, 'u'),
    },
    cameo: new Map(cameoFile.codes.map((c) => [c.code, c])),
    match: (text, pos) => gaz.match(text, pos),
    bySurname: (word) => surnames.get(word) ?? [],
    personActor(person, date) {
      const active = activeRoles(person, date);
      let best: { r: PersonRole; role: Role } | null = null;
      for (const r of active) {
        const role = roles.get(r.role);
        if (role && (!best || role.rank < best.role.rank)) best = { r, role };
      }
      if (!best) return { code: person.country, role: null, title: null };
      const where = best.r.country ?? null;
      const code = where ? where + best.role.sector : best.r.org ?? person.country;
      return { code, role: best.role, title: best.role.titles[0] ?? null };
    },
    roleHolder(roleId, country, date) {
      if (!date) return null;
      // On a handover day two terms touch: the one that started last holds the office.
      let best: { person: Person; from: string } | null = null;
      let tie = false;
      for (const p of new Set(holders.get(`${roleId}|${country}`) ?? [])) {
        for (const r of p.roles) {
          if (r.role !== roleId || (r.country !== country && r.org !== country) || !inRange(r, date)) continue;
          const from = r.from ?? '';
          if (!best || from > best.from) { best = { person: p, from }; tie = false; }
          else if (from === best.from && p !== best.person) tie = true;
        }
      }
      return best && !tie ? best.person : null;
    },
    findPublisher(name) {
      const m = mediaByName.get(name.toLowerCase());
      return m ? { code: m.code, name: m.name } : null;
    },
  };
}

/**
 * Compiles overlay files (imported actor and agent dictionaries) into knowledge-base
 * records and gazetteer names, so the actors stage codes them like our own data:
 * - an actor with dated codes becomes a person-like record whose roles carry the codes
 *   (the first period that covers the article date wins, then the undated default);
 * - an undated three-letter code becomes a country (a fictional one included), so agents
 *   compose with it: "Ithilen" + "police" → ITHCOP;
 * - any other undated code becomes an organisation with that code (PSEREBHMS);
 * - suffix agents become group words whose code is added to the actor's.
 * Imported names are registered ahead of ours, so where both know a name the import wins
 * (unless both give it the same code, or the name is written all in capitals).
 */
import type { GazRef } from './index.js';
import { DataFileError, listDataFiles, loadDataFile } from './load.js';
import { overlayFileSchema, type Discard, type KbOverlay, type OverlayActor } from './overlay-schema.js';
import type { z } from 'zod';
import type { eventRulesSchema } from './rules-schema.js';
import type { Country, Igo, Person, Role } from './schema.js';

/** Registers a gazetteer name; `first` puts the reference ahead of ours. */
export type AddName = (text: string, ref: GazRef, first: boolean) => void;

/** Records the overlays add to the knowledge base's tables. */
export interface CompiledOverlays {
  countries: Map<string, Country>;
  igos: Map<string, Igo>;
  people: Map<string, Person>;
  roles: Map<string, Role>;
  /** "petr-validate-actors.v1", ... in load order. */
  versions: string[];
}

/**
 * An all-caps form ("SANA", "IMF") is read as an acronym in news text, so an imported one
 * does not displace our own meaning of it (SANA the Syrian news agency, not Sana'a).
 */
const isAllCaps = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && text === text.toUpperCase();

/** Rank of an undated default code: any dated code that applies comes first. */
const DEFAULT_RANK = 1000;

function groupByName(actors: OverlayActor[]): OverlayActor[][] {
  const groups = new Map<string, OverlayActor[]>();
  for (const a of actors) {
    const list = groups.get(a.name);
    if (list) list.push(a);
    else groups.set(a.name, [a]);
  }
  return [...groups.values()];
}

/**
 * Compiles `overlays` (in order; a later file's names come before an earlier file's) and
 * registers their names through `add`.
 */
export function compileOverlays(overlays: readonly KbOverlay[], add: AddName): CompiledOverlays {
  const out: CompiledOverlays = { countries: new Map(), igos: new Map(), people: new Map(), roles: new Map(), versions: [] };
  const roleFor = (code: string | null, rank: number): string => {
    const id = `overlay:${code ?? '-'}:${rank}`;
    if (!out.roles.has(id)) out.roles.set(id, { id, sector: code ? code.slice(3) : '', rank, titles: [] });
    return id;
  };
  overlays.forEach((file, f) => {
    out.versions.push(file.version);
    if (file.kind === 'agents-overlay') {
      for (const agent of file.agents) {
        if (agent.position !== 'suffix') continue;
        for (const w of agent.words) add(w, { kind: 'group', id: agent.code, contextual: false }, true);
      }
      return;
    }
    groupByName(file.actors).forEach((group, n) => {
      const head = group[0];
      const names = [head.name, ...head.aliases];
      let ref: GazRef;
      if (group.some((a) => a.from || a.to)) {
        const id = `overlay:${f}:${n}`;
        let rank = 0;
        const roles = group.map((a) => ({
          role: roleFor(a.code, a.from || a.to ? ++rank : DEFAULT_RANK),
          country: a.code ? a.code.slice(0, 3) : null,
          from: a.from ?? null,
          to: a.to ?? null,
        }));
        out.people.set(id, { id, name: head.name, aliases: [], gender: null, country: null, roles });
        ref = { kind: 'person', id, contextual: false };
      } else {
        const code = group.find((a) => a.code !== null)?.code;
        if (!code) return;
        if (code.length === 3) {
          if (!out.countries.has(code)) {
            out.countries.set(code, { code, name: head.name, aliases: [], adjectives: [], demonyms: [], capitals: [], contextual: [], historical: false });
          }
          ref = { kind: 'country', id: code, contextual: false };
        } else {
          const id = `overlay:${f}:${n}`;
          out.igos.set(id, { id, code, name: head.name, aliases: [], kind: 'igo' });
          ref = { kind: 'igo', id, contextual: false };
        }
      }
      for (const name of names) add(name, ref, !isAllCaps(name));
    });
  });
  return out;
}

/** Adds compiled overlay records to the knowledge base's tables; our own countries keep their records. */
export function mergeOverlays(
  compiled: CompiledOverlays,
  into: { countries: Map<string, Country>; igos: Map<string, Igo>; people: Map<string, Person>; roles: Map<string, Role> },
): void {
  for (const [code, c] of compiled.countries) if (!into.countries.has(code)) into.countries.set(code, c);
  for (const [id, g] of compiled.igos) into.igos.set(id, g);
  for (const [id, p] of compiled.people) into.people.set(id, p);
  for (const [id, r] of compiled.roles) into.roles.set(id, r);
}

type EventRulesFile = z.infer<typeof eventRulesSchema>;

/** What a set of overlay folders holds, by use. */
export interface LoadedOverlays {
  /** Actor and agent overlays, for the knowledge base. */
  kb: KbOverlay[];
  /** Event rules, appended to ours. */
  eventRules: EventRulesFile[];
  /** Discard phrases. */
  discards: Discard[];
}

/**
 * Loads and validates every .json file in each folder (as `readout kb import` writes them).
 * @example loadOverlayDirs(['petrarch-kb']).eventRules.length
 */
export function loadOverlayDirs(dirs: readonly string[]): LoadedOverlays {
  const out: LoadedOverlays = { kb: [], eventRules: [], discards: [] };
  for (const dir of dirs) {
    const files = listDataFiles(dir);
    if (files.length === 0) throw new DataFileError(`${dir}: no .json overlay files (make them with readout kb import)`);
    for (const name of files) {
      const file = loadDataFile(dir, name, overlayFileSchema);
      if (file.kind === 'event-rules') out.eventRules.push(file);
      else if (file.kind === 'discards-overlay') out.discards.push(...file.discards);
      else out.kb.push(file);
    }
  }
  return out;
}

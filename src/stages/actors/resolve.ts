/**
 * Entity bookkeeping for the actors stage: one entity per referent, keyed by knowledge-base
 * id or by what the text says, and the look-backs that pronouns, surnames and nominals use.
 */
import type { Doc, Entity, EntityKind, Mention, MentionKind } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { Person } from '../../kb/schema.js';

export interface EntityInit {
  name: string;
  kind: EntityKind;
  actor: string | null;
  role?: string | null;
  roleId?: string | null;
  gender?: 'm' | 'f' | null;
  isNew?: boolean;
}

/** Edit distance, bounded: returns limit + 1 when larger. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

export class EntityTable {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  /** Role id per entity, for "the minister" and "his counterpart". */
  readonly roleIds: Array<string | null> = [];
  private readonly byKey = new Map<string, number>();
  /** Mentions by sentence, in the order they were made. */
  private readonly bySentence = new Map<number, Mention[]>();

  constructor(private readonly doc: Doc, private readonly kb: KnowledgeBase) {}

  entity(key: string, init: () => EntityInit): number {
    const found = this.byKey.get(key);
    if (found !== undefined) return found;
    const e = init();
    const idx = this.entities.length;
    this.entities.push({
      id: key, name: e.name, kind: e.kind, actor: e.actor, role: e.role ?? null,
      gender: e.gender ?? (e.kind === 'person' ? this.givenGender(e.name) : null), isNew: e.isNew ?? false, mentions: [],
    });
    this.roleIds.push(e.roleId ?? null);
    this.byKey.set(key, idx);
    return idx;
  }

  /** The gender a person's given name tells, when the data lists it: "Luke Smith" → m. */
  private givenGender(name: string): 'm' | 'f' | null {
    const first = name.split(/\s+/)[0];
    if (this.kb.names.maleGivenNames.has(first)) return 'm';
    return this.kb.names.femaleGivenNames.has(first) ? 'f' : null;
  }

  /** The entity for a knowledge-base person, coded by the role held on the article date. */
  person(p: Person): number {
    return this.entity(`person:${p.id}`, () => {
      const { code, role, title } = this.kb.personActor(p, this.doc.meta.date);
      return { name: p.name, kind: 'person', actor: code, role: title, roleId: role?.id ?? null, gender: p.gender ?? null };
    });
  }

  mention(tokStart: number, tokEnd: number, kind: MentionKind, entity: number, rule: string, correctedFrom?: string, nameTok?: number): number {
    const t = this.doc.tokens!;
    const m: Mention = { start: t.start[tokStart], end: t.end[tokEnd - 1], tokStart, tokEnd, kind, entity, rule };
    if (correctedFrom) m.correctedFrom = correctedFrom;
    if (nameTok !== undefined && nameTok > tokStart) m.nameStart = t.start[nameTok];
    this.mentions.push(m);
    if (entity >= 0) this.entities[entity].mentions.push(this.mentions.length - 1);
    const s = t.sent[tokStart];
    const list = this.bySentence.get(s);
    if (list) list.push(m);
    else this.bySentence.set(s, [m]);
    return this.mentions.length - 1;
  }

  /** The mentions made so far in sentence s. */
  inSentence(s: number): readonly Mention[] {
    return this.bySentence.get(s) ?? [];
  }

  /** The CAMEO sector of a role. */
  sectorOf(roleId: string): string | null {
    return this.kb.roles.get(roleId)?.sector ?? null;
  }

  /** The most recently mentioned entity passing `test`. */
  recent(test: (e: Entity, idx: number) => boolean): number {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const idx = this.mentions[k].entity;
      if (idx >= 0 && test(this.entities[idx], idx)) return idx;
    }
    return -1;
  }

  /** A person already in the article whose name has `words` as one or more of its parts ("Kyi", "Suu Kyi"). */
  byNamePart(words: string): number {
    let hit = -1;
    for (const [idx, e] of this.entities.entries()) {
      if (e.kind !== 'person' || !` ${e.name} `.includes(` ${words} `)) continue;
      if (hit >= 0 && hit !== idx) return -1;
      hit = idx;
    }
    return hit;
  }

  /** A person already in the article whose name differs from `name` by a typo. */
  byTypo(name: string): number {
    const parts = name.split(/\s+/);
    for (const [idx, e] of this.entities.entries()) {
      if (e.kind !== 'person') continue;
      const other = e.name.split(/\s+/);
      if (other.length !== parts.length) continue;
      let exact = 0;
      let close = 0;
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === other[i]) exact++;
        else if (parts[i][0] !== undefined && editDistance(parts[i], other[i], 1) <= 1 && parts[i].length >= 4) close++;
      }
      if (exact >= 1 && close === parts.length - exact) return idx;
    }
    return -1;
  }
}

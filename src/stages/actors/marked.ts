/**
 * Names the caller marked in the input ("[Kelly] criticized [Trump]"): each marked span
 * becomes a mention even when the knowledge base does not know the name, so stances and
 * events between marked actors can be read. Known names still resolve through the data.
 */
import type { Doc, EntityKind } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { POS, tokenText } from '../../nlp/tokens.js';
import { classifyName } from './names.js';
import type { EntityTable } from './resolve.js';

/** Token ranges of the marked names, keyed by first token (empty when none were marked). */
export function markedTokens(doc: Doc): Map<number, number> {
  const out = new Map<number, number>();
  const names = doc.meta.names;
  if (!names?.length || doc.rawOffset < 0) return out;
  const t = doc.tokens!;
  for (const raw of names) {
    const start = raw.start - doc.rawOffset;
    const end = raw.end - doc.rawOffset;
    let a = 0;
    while (a < t.count && t.end[a] <= start) a++;
    if (t.lemma[a] === 'the' && t.start[a] >= start) a++;
    let b = a;
    while (b < t.count && t.start[b] < end) b++;
    // "[Trump’]s": the possessive mark belongs to the sentence, not the name.
    while (b > a && (t.pos[b - 1] === POS.PUNCT || t.pos[b - 1] === POS.PART)) b--;
    if (b > a && t.sent[a] === t.sent[b - 1]) out.set(a, b);
  }
  return out;
}

/** Resolves a marked name over tokens [a, b): someone already named, else a new actor (of kindHint when the caller knows it). */
export function resolveMarked(doc: Doc, kb: KnowledgeBase, table: EntityTable, a: number, b: number, kindHint?: EntityKind): void {
  const t = doc.tokens!;
  const name = doc.text.slice(t.start[a], t.end[b - 1]);
  const words = name.split(/\s+/);
  let idx = words.length === 1 ? table.byNamePart(name) : table.byTypo(name);
  if (idx < 0 && words.length === 1) {
    // A surname of exactly one office holder on the article date: "[Merkel]".
    const known = kb.bySurname(name).filter((p) => kb.personActor(p, doc.meta.date).role !== null);
    if (known.length === 1) idx = table.person(known[0]);
  }
  if (idx < 0) {
    const before = a > 0 ? tokenText(doc, a - 1) : null;
    const kind = kindHint ?? classifyName(words, before, kb.names) ?? (words.length === 1 && kb.names.demonym.test(name) ? 'group' : 'person');
    idx = table.entity(`marked:${name.toLowerCase()}`, () => ({ name, kind, actor: null, isNew: true }));
  }
  table.mention(a, b, t.pos[a] === POS.PRON ? 'pronoun' : 'name', idx, 'actors.marked');
}

/**
 * The event codes rules may use: our CAMEO ontology, plus the codes of an imported user code
 * list (a dictionary that brings its own codes). A user code has no PLOVER type; its quad
 * class and Goldstein score come from the longest CAMEO code it extends ("1712" from "171"),
 * else they are 0, which the `user` flag marks as unknown.
 */
import type { KnowledgeBase } from '../../kb/index.js';

export interface EventCode {
  code: string;
  plover: string | null;
  quad: number;
  goldstein: number;
  /** From an imported user code list, not our ontology. */
  user: boolean;
}

/** Our ontology's codes, then the user codes it lacks (ours win a clash). */
export function codeTable(kb: KnowledgeBase, userCodes: ReadonlyArray<{ code: string }>): Map<string, EventCode> {
  const out = new Map<string, EventCode>();
  for (const c of kb.cameo.values()) out.set(c.code, { code: c.code, plover: c.plover, quad: c.quad, goldstein: c.goldstein, user: false });
  for (const { code } of userCodes) {
    if (out.has(code)) continue;
    let parent = null;
    for (let n = code.length - 1; n >= 3 && !parent; n--) parent = kb.cameo.get(code.slice(0, n)) ?? null;
    out.set(code, { code, plover: null, quad: parent?.quad ?? 0, goldstein: parent?.goldstein ?? 0, user: true });
  }
  return out;
}

/**
 * "his Japanese counterpart": the office the article's last-named person holds, in the
 * other country, on the article date, or the person an apposition names.
 */
import type { Doc } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { tokenText } from '../../nlp/tokens.js';
import type { EntityTable } from './resolve.js';
import { nameRun, refOf, type Atom } from './scan.js';

/** "his Japanese counterpart[, Taro Kono]": the same office in the other country. */
export function counterpart(doc: Doc, kb: KnowledgeBase, table: EntityTable, owner: number, countryCode: string,
  from: number, end: number, hi: number, atomAt: Map<number, Atom>): number {
  const t = doc.tokens!;
  const roleId = table.roleIds[owner];
  const role = roleId ? kb.roles.get(roleId) : undefined;
  let idx = -1;
  let stop = end;
  let rule = 'actors.counterpart.role';
  // An apposition names the counterpart: ", Taro Kono".
  if (end < hi && tokenText(doc, end) === ',') {
    const named = refOf(atomAt.get(end + 1), 'person');
    if (named) {
      idx = table.person(kb.people.get(named.id)!);
      stop = atomAt.get(end + 1)!.tokEnd;
      rule = 'actors.counterpart.apposition';
    } else {
      const run = nameRun(doc, end + 1, hi);
      if (run) {
        const name = doc.text.slice(t.start[run[0]], t.end[run[1] - 1]);
        const known = table.byTypo(name);
        idx = known >= 0 ? known : table.entity(`new:${name.toLowerCase().replace(/\s+/g, '-')}`, () => ({
          name, kind: 'person', actor: role ? countryCode + role.sector : countryCode, role: role?.titles[0] ?? null, roleId: roleId ?? null, isNew: true,
        }));
        stop = run[1];
        rule = 'actors.counterpart.apposition';
      }
    }
  }
  if (idx < 0 && role) {
    const holder = kb.roleHolder(role.id, countryCode, doc.meta.date);
    if (holder) {
      idx = table.person(holder);
      rule = 'actors.counterpart.holder';
    } else {
      idx = table.entity(`role:${countryCode}:${role.id}`, () => ({
        name: `${kb.countries.get(countryCode)?.name ?? countryCode} ${role.titles[0]}`, kind: 'person',
        actor: countryCode + role.sector, role: role.titles[0], roleId: role.id,
      }));
    }
  }
  if (idx >= 0) table.mention(from, stop, 'nominal', idx, rule);
  return stop;
}

/**
 * actors: entity mentions and their resolution to CAMEO-style actor codes. Composes
 * knowledge-base atoms into mentions ("Chinese" + "Foreign Minister" + "Wang Yi"), codes
 * people by the role they held on the article date, and resolves pronouns, surnames,
 * typos, "the wire" and "his Japanese counterpart" against what the article said before.
 */
import type { Doc } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { Stage } from '../../pipeline/index.js';
import { isCapitalised, POS, tokenText } from '../../nlp/tokens.js';
import { EntityTable } from './resolve.js';
import { settleAmbiguousNames } from './ambiguous.js';
import { classifyName } from './names.js';
import { counterpart } from './counterpart.js';
import { ethnicHome, isEthnic } from './ethnic.js';
import { groupOfCountry } from './group-of.js';
import { nationalOrganisation } from './national-org.js';
import { markedTokens, resolveMarked } from './marked.js';
import { foldCapitals, nameRun, refOf, scanAtoms, type Atom } from './scan.js';
import { findTeams, resolveUnknown, teamMention } from './unknown.js';
import { isPlaceUse } from './context.js';
import { unknownOrganisation } from './unknown-org.js';
import { crowdMention, placeByFocus } from './focus.js';
import { isPersonalPronoun, PronounResolver } from './pronouns.js';
import { isGroupPronoun, resolveGroupPronoun } from './plural.js';

const ORGAN_NOMINALS = new Set(['ministry', 'department', 'office', 'council', 'commission', 'agency', 'bloc', 'alliance', 'organization', 'organisation', 'union', 'court']);
const MEDIA_NOMINALS = new Set(['wire', 'agency', 'news agency', 'broadcaster', 'outlet', 'newspaper', 'paper', 'daily']);

/** Creates the actors stage over a compiled knowledge base. */
export function createActorsStage(kb: KnowledgeBase): Stage {
  const v = kb.versions;
  return {
    name: 'actors',
    version: `1+${v.countries}+${v.igos}+${v.media}+${v.roles}+${v.people}+${v.groups}+${v.places}+${v.names}+${v.known}`,
    requires: ['tokens', 'sentences'],
    assigns: ['mentions', 'entities'],
    run(doc: Doc) {
      const table = new EntityTable(doc, kb);
      const folded = foldCapitals(doc.text);
      const teams = findTeams(doc, kb);
      const marked = markedTokens(doc);
      const atoms = doc.sentences!.map((s) => scanAtoms(doc, kb, s.tokStart, s.tokEnd, folded));
      settleAmbiguousNames(doc, atoms);
      const pronouns = new PronounResolver(doc, table);
      for (const [k, s] of doc.sentences!.entries()) resolveSentence(doc, kb, table, atoms[k], s.tokStart, s.tokEnd, teams, marked, pronouns);
      placeByFocus(doc, table);
      doc.mentions = table.mentions;
      doc.entities = table.entities;
    },
  };
}

function resolveSentence(doc: Doc, kb: KnowledgeBase, table: EntityTable, atoms: Atom[], lo: number, hi: number, teams: ReadonlySet<string>,
  marked: Map<number, number>, pronouns: PronounResolver): void {
  const t = doc.tokens!;
  const atomAt = new Map(atoms.map((a) => [a.tokStart, a]));
  const lemma = (i: number) => (i >= lo && i < hi ? t.lemma[i] : '');
  const isPossessive = (i: number) => i < hi && /^['’]s?$/.test(tokenText(doc, i)) && t.pos[i] === POS.PART;
  const country = (code: string) => table.entity(`country:${code}`, () => ({
    name: kb.countries.get(code)?.name ?? code, kind: 'country', actor: code,
  }));

  let i = lo;
  while (i < hi) {
    const atom = atomAt.get(i);
    const word = lemma(i);

    if (t.pos[i] === POS.PRON && isGroupPronoun(t.lower[i])) {
      resolveGroupPronoun(doc, table, i);
      i++;
      continue;
    }
    // "his Japanese counterpart[, Taro Kono]"
    if (t.pos[i] === POS.PRON && isPersonalPronoun(word)) {
      const owner = pronouns.resolve(i);
      const adjAtom = atomAt.get(i + 1);
      const adj = refOf(adjAtom, 'adjective', 'country');
      i = adj && adjAtom && lemma(adjAtom.tokEnd) === 'counterpart' && table.entities[owner]?.kind === 'person' ? counterpart(doc, kb, table, owner, adj.id, i + 1, adjAtom.tokEnd + 1, hi, atomAt) : i + 1;
      continue;
    }

    // "the wire", "the agency": the outlet last named.
    if (word === 'the' && MEDIA_NOMINALS.has(lemma(i + 1))) {
      const outlet = table.recent((e) => e.kind === 'media');
      if (outlet >= 0) {
        table.mention(i, i + 2, 'nominal', outlet, 'actors.nominal.media');
        i += 2;
        continue;
      }
    }

    // "the ministry", "the department": the organisation last named with that word.
    const bare = atomAt.get(i + 1);
    if (word === 'the' && ORGAN_NOMINALS.has(lemma(i + 1)) && (!bare || (refOf(bare, 'organ') && bare.tokEnd === i + 2))) {
      const head = lemma(i + 1);
      const org = table.recent((e) => e.kind === 'organization' && e.name.toLowerCase().includes(head));
      if (org >= 0) {
        table.mention(i, i + 2, 'nominal', org, 'actors.nominal.organization');
        i += 2;
        continue;
      }
    }

    // A place that names a sports side in this document: "Surrey", "KANSAS CITY".
    if (atom && refOf(atom, 'place', 'capital') === atom.refs[0] && !atom.refs[0].nation && teams.has(doc.text.slice(t.start[i], t.end[atom.tokEnd - 1]))
      && !isPlaceUse(doc, i, atom.tokEnd, hi)) {
      teamMention(doc, table, i, atom.tokEnd);
      i = atom.tokEnd;
      continue;
    }
    // A place opening a longer name: "Leeds United", "Japan Airlines", "Hong Kong Open".
    const longer = atom && refOf(atom, 'place', 'capital', 'country') ? nameRun(doc, i, hi) : null;
    if (atom && longer && longer[1] > atom.tokEnd && !atoms.some((x) => x.tokStart > i && x.tokStart < longer[1])) {
      const words = doc.text.slice(t.start[i], t.end[longer[1] - 1]).split(/\s+/);
      const kind = classifyName(words, null, kb.names);
      if ((kind === 'organization' || kind === 'other') && resolveUnknown(doc, kb, table, i, longer[1], lo, hi, teams)) {
        i = longer[1];
        continue;
      }
    }
    const nation = refOf(atom, 'adjective');
    if (atom && nation && isCapitalised(doc, i)) {
      const end = nationalOrganisation(doc, kb, table, nation.id, i, atom.tokEnd, hi, atomAt);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    const markEnd = marked.get(i);
    if (atom) {
      const before = table.mentions.length;
      i = composite(doc, kb, table, atoms, atoms.indexOf(atom), hi, country, isPossessive);
      // A marked name the data reads as a bare title or organ ("the [House] speaker",
      // "[Senate] Judiciary Chairman X") still names an actor: the organisation the official acts for.
      if (markEnd !== undefined && !table.mentions.slice(before).some((m) => m.tokStart < markEnd && m.tokEnd > atom.tokStart)) resolveMarked(doc, kb, table, atom.tokStart, markEnd, 'organization');
      continue;
    }

    // A marked name the data knows ("the [State Department]") resolves through the data.
    if (markEnd !== undefined && !atoms.some((a) => a.tokStart > i && a.tokStart < markEnd)) {
      resolveMarked(doc, kb, table, i, markEnd);
      i = markEnd;
      continue;
    }

    const org = unknownOrganisation(doc, kb, table, i, hi, atomAt);
    if (org > 0) {
      i = org;
      continue;
    }
    // Unknown capitalised names: a surname or a misspelling of someone already named.
    const run = t.pos[i] === POS.PROPN && isCapitalised(doc, i) ? nameRun(doc, i, hi) : null;
    if (run && !atomAt.has(run[0]) && resolveUnknown(doc, kb, table, run[0], run[1], lo, hi, teams)) {
      i = run[1];
      continue;
    }
    i++;
  }
}

type CountryFn = (code: string) => number;

const LANGUAGE_WORDS = new Set(['language', 'dialect', 'alphabet']);

/** Resolves a composite starting at atoms[k]; returns the next token index. */
function composite(doc: Doc, kb: KnowledgeBase, table: EntityTable, atoms: Atom[], k: number, hi: number,
  country: CountryFn, isPossessive: (i: number) => boolean): number {
  const t = doc.tokens!;
  const first = atoms[k];
  let next = first.tokEnd;
  let modifier: string | null = null;
  let modAtom: Atom | null = null;
  let m = k;
  let mod = refOf(first, 'adjective', 'country', 'demonym');
  const follows = (a: Atom | undefined, at: number) => a !== undefined && a.tokStart === at;
  // "the Russian language" names a language, not the country.
  if (mod && refOf(first, 'adjective') && LANGUAGE_WORDS.has(t.lemma[first.tokEnd] ?? '')) return first.tokEnd;
  if (mod && isEthnic(doc, first)) {
    const home = ethnicHome(atoms, first, mod.id);
    if (!home) return first.tokEnd;
    mod = { ...mod, id: home };
    if (!follows(atoms[k + 1], first.tokEnd) && refOf(first, 'demonym')) {
      table.mention(first.tokStart, first.tokEnd, 'name', country(home), 'actors.ethnic.located');
      return first.tokEnd;
    }
  }
  // A country modifier: "Russian ...", "China's ...", "U.S. ...".
  if (mod && !refOf(first, 'igo', 'media', 'person', 'title')) {
    let after = isPossessive(next) ? next + 1 : next;
    // "Vietnamese-led forces": forces a country leads are coded as its own.
    if (tokenText(doc, after) === '-' && t.lemma[after + 1] === 'lead' && t.end[after] === t.start[after + 1]) after += 2;
    // "Nigerian junior foreign minister", "Chinese senior officials".
    while (after < hi && t.pos[after] === POS.ADJ && !isCapitalised(doc, after) && !atoms.some((a) => a.tokStart === after)) after++;
    const nextAtom = atoms[k + 1];
    if (follows(nextAtom, after) && refOf(nextAtom, 'title', 'organ', 'group')) {
      modifier = mod.id;
      modAtom = first;
      m = k + 1;
      next = after;
    }
    // "Bosnian Serbs": a people named by where they live codes to that place.
    const people = refOf(nextAtom, 'demonym');
    if (follows(nextAtom, next) && people && people.id !== mod.id && refOf(first, 'adjective')) {
      const idx = country(mod.id);
      table.mention(first.tokStart, nextAtom.tokEnd, 'name', idx, 'actors.demonym.located');
      return nextAtom.tokEnd;
    }
  }
  const head = atoms[m];
  const title = refOf(head, 'title');
  const organ = refOf(head, 'organ');
  const group = refOf(head, 'group');
  const date = doc.meta.date;
  const modText = modifier ? doc.text.slice(t.start[first.tokStart], t.end[first.tokEnd - 1]) : '';
  // Records where the country word sits, so "Iraqi troops" still shows the name "Iraqi".
  const withModifier = (mi: number) => {
    if (!modAtom) return;
    const named = refOf(modAtom, 'country', 'capital');
    table.mentions[mi].modifier = { start: t.start[modAtom.tokStart], end: t.end[modAtom.tokEnd - 1], kind: named && !refOf(modAtom, 'adjective') ? 'name' : 'adjective' };
  };

  // "the bloc's Official Journal": a title after a possessive names a thing, not a person.
  if (title && /^['’]s?$/.test(tokenText(doc, head.tokStart - 1)) && t.pos[head.tokStart - 1] === POS.PART && !modifier) return head.tokEnd;
  if (title) {
    // Titles stack: "Deputy Foreign Minister", "Presidential aide".
    let end = head.tokEnd;
    let role = kb.roles.get(title.id)!;
    while (follows(atoms[m + 1], end) && refOf(atoms[m + 1], 'title')) {
      m++;
      role = kb.roles.get(refOf(atoms[m], 'title')!.id) ?? role;
      end = atoms[m].tokEnd;
    }
    // "the Foreign Minister of Japan": the country follows the title.
    if (!modifier && t.lemma[end] === 'of') {
      const at = t.lemma[end + 1] === 'the' ? end + 2 : end + 1;
      const next = atoms.find((a) => a.tokStart === at);
      const of = refOf(next, 'country');
      if (of && next) {
        modifier = of.id;
        modAtom = next;
        m = atoms.indexOf(next);
        end = next.tokEnd;
      }
    }
    const titleText = doc.text.slice(t.start[head.tokStart], t.end[end - 1]);
    // "Bree Prime Minister Romendacil": a person an imported dictionary codes by country holds that country's office.
    const coded = follows(atoms[m + 1], end) ? refOf(atoms[m + 1], 'country') : undefined;
    if (coded && (!modifier || coded.id === modifier) && isCapitalised(doc, atoms[m + 1].tokStart)) {
      const at = atoms[m + 1];
      const name = doc.text.slice(t.start[at.tokStart], t.end[at.tokEnd - 1]);
      const idx = table.entity(`role:${name.toLowerCase()}:${role.id}`, () => ({
        name: `${titleText} ${name}`, kind: 'person', actor: coded.id + role.sector, role: titleText, roleId: role.id,
      }));
      table.mention(first.tokStart, at.tokEnd, 'title', idx, 'actors.title-name.coded', undefined, at.tokStart);
      return at.tokEnd;
    }
    const nameAtom = follows(atoms[m + 1], end) ? refOf(atoms[m + 1], 'person') : undefined;
    if (nameAtom) {
      const p = kb.people.get(nameAtom.id)!;
      const idx = table.person(p);
      withModifier(table.mention(first.tokStart, atoms[m + 1].tokEnd, 'title', idx, 'actors.title-name.kb', undefined, atoms[m + 1].tokStart));
      return atoms[m + 1].tokEnd;
    }
    const run = nameRun(doc, end, hi);
    if (run && !atoms.some((a) => a.tokStart === run[0])) {
      const name = doc.text.slice(t.start[run[0]], t.end[run[1] - 1]);
      // "President Mattarella": a surname after a title names someone already met or known.
      let known = run[1] - run[0] === 1 ? table.byNamePart(name) : table.byTypo(name);
      if (known < 0 && run[1] - run[0] === 1) {
        // Undated, anyone who ever held an office is active: the title must then be one they held ("Dr. Jones" is no general).
        const holders = kb.bySurname(name).filter((p) => kb.personActor(p, date).role !== null && (date !== null || p.roles.some((r) => r.role === role.id)));
        if (holders.length === 1) known = table.person(holders[0]);
        // "President Bush" on a date when no Bush held office: several people, one country.
        const bearers = kb.bySurname(name).filter((p) => p.roles.some((r) => r.role === role.id));
        const countries = new Set(bearers.map((p) => p.country));
        if (known < 0 && bearers.length > 0 && countries.size === 1) {
          const country = bearers[0].country;
          known = table.entity(`role:${name.toLowerCase()}:${role.id}`, () => ({
            name: `${titleText} ${name}`, kind: 'person', actor: country ? country + role.sector : null, role: titleText, roleId: role.id,
          }));
        }
      }
      const idx = known >= 0 ? known : table.entity(`new:${name.toLowerCase().replace(/\s+/g, '-')}`, () => ({
        name, kind: 'person', actor: modifier ? modifier + role.sector : null, role: titleText, roleId: role.id, isNew: true,
      }));
      withModifier(table.mention(first.tokStart, run[1], 'title', idx, known >= 0 ? 'actors.title-name.known' : 'actors.title-name.new', undefined, run[0]));
      return run[1];
    }
    // A title alone: "the Japanese foreign minister" is whoever held the post that day.
    if (modifier) {
      const holder = kb.roleHolder(role.id, modifier, date);
      const written = modText ? `${modText} ${titleText}` : doc.text.slice(t.start[head.tokStart], t.end[end - 1]);
      const idx = holder ? table.person(holder) : table.entity(`role:${modifier}:${role.id}`, () => ({
        name: written, kind: 'person', actor: modifier + role.sector, role: titleText, roleId: role.id,
      }));
      withModifier(table.mention(first.tokStart, end, 'title', idx, holder ? 'actors.title.holder' : 'actors.title.role'));
      return end;
    }
    // "the minister": the last person holding this office, or any office with that title word.
    const word = titleText.toLowerCase();
    const prev = table.recent((e, idx) => e.kind === 'person' && (table.roleIds[idx] === role.id || (e.role ?? '').toLowerCase().includes(word)));
    const from = t.lemma[head.tokStart - 1] === 'the' ? head.tokStart - 1 : head.tokStart;
    if (prev >= 0) table.mention(from, end, 'nominal', prev, 'actors.title.anaphor');
    return end;
  }
  if (organ && modifier) {
    const words = doc.text.slice(t.start[head.tokStart], t.end[head.tokEnd - 1]);
    // "a Japanese Foreign Ministry official": someone of that organ.
    const staff = follows(atoms[m + 1], head.tokEnd) ? refOf(atoms[m + 1], 'title') : undefined;
    if (staff) {
      const end = atoms[m + 1].tokEnd;
      const name = doc.text.slice(t.start[first.tokStart], t.end[end - 1]);
      const role = kb.roles.get(staff.id)!;
      const idx = table.entity(`role:${name.toLowerCase()}`, () => ({
        name, kind: 'person', actor: modifier + organ.id, role: role.titles[0], roleId: role.id,
      }));
      withModifier(table.mention(first.tokStart, end, 'title', idx, 'actors.organ.staff'));
      return end;
    }
    const idx = table.entity(`organ:${modifier}:${words.toLowerCase()}`, () => ({
      name: `${kb.countries.get(modifier!)?.adjectives[0] ?? modText} ${words}`, kind: 'organization', actor: modifier + organ.id,
    }));
    withModifier(table.mention(first.tokStart, head.tokEnd, 'name', idx, 'actors.organ.country'));
    return head.tokEnd;
  }
  if (group && !modifier) {
    const end = groupOfCountry(doc, kb, table, atoms, head, group.id);
    if (end > 0) return end;
    const crowd = crowdMention(doc, table, head, group.id);
    if (crowd > 0) return crowd;
  }
  if (group && modifier) {
    const words = doc.text.slice(t.start[head.tokStart], t.end[head.tokEnd - 1]);
    const idx = table.entity(`group:${modifier}:${group.id}`, () => ({
      name: `${modText} ${words}`, kind: 'group', actor: modifier + group.id,
    }));
    withModifier(table.mention(first.tokStart, head.tokEnd, 'name', idx, 'actors.group.country'));
    return head.tokEnd;
  }
  return single(doc, kb, table, first, country);
}

function single(doc: Doc, kb: KnowledgeBase, table: EntityTable, atom: Atom, country: CountryFn): number {
  // "the Commerce Department" with no country is still a name when the data knows it as one.
  const ref = refOf(atom, 'title', 'organ', 'group') === atom.refs[0] ? refOf(atom, 'name') ?? atom.refs[0] : atom.refs[0];
  const end = atom.tokEnd;
  let idx = -1;
  let kind: 'name' | 'adjective' = 'name';
  switch (ref.kind) {
    case 'person':
      idx = table.person(kb.people.get(ref.id)!);
      break;
    case 'igo': {
      const g = kb.igos.get(ref.id)!;
      idx = table.entity(`igo:${g.id}`, () => ({ name: g.name, kind: 'organization', actor: g.code }));
      break;
    }
    case 'media': {
      const o = kb.media.get(ref.id)!;
      idx = table.entity(`media:${o.id}`, () => ({ name: o.name, kind: 'media', actor: o.code }));
      break;
    }
    case 'faction': {
      const g = kb.factions.get(ref.id)!;
      const date = doc.meta.date;
      const code = g.before && date && date < g.before.date ? g.before : { country: g.country, sector: g.sector };
      idx = table.entity(`faction:${g.id}`, () => ({ name: g.name, kind: 'group', actor: `${code.country ?? 'IMG'}${code.sector}` }));
      break;
    }
    case 'country':
    case 'capital':
    case 'place':
    case 'demonym':
      idx = country(ref.id);
      break;
    case 'adjective':
      idx = country(ref.id);
      kind = 'adjective';
      break;
    case 'name': {
      const name = doc.text.slice(doc.tokens!.start[atom.tokStart], doc.tokens!.end[atom.tokEnd - 1]);
      idx = table.entity(`known:${name}`, () => ({ name, kind: ref.id === 'organization' || ref.id === 'location' ? ref.id : 'other', actor: null }));
      break;
    }
    default:
      return end;
  }
  table.mention(atom.tokStart, end, kind, idx, `actors.${ref.kind}`);
  return end;
}

/**
 * Realistic synthetic articles for the API benchmark: actors drawn with a long tail from
 * the real actor data (countries, sectors, people, outlets), CAMEO codes in GDELT-like
 * proportions, dates growing over eleven years, quotes with reporting chains and stances.
 * Every span is computed while the text is built, so offsets are right by construction.
 */
import { createHash } from 'node:crypto';
import type { ArticleResult, SpanText } from '../doc/result.js';
import type { ActorRef } from '../doc/types.js';
import { DEFAULT_DATA_DIR, loadDataFile } from '../kb/load.js';
import { cameoSchema, countriesSchema, igosSchema, mediaSchema, peopleSchema } from '../kb/schema.js';

/** A seeded random number generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from items by cumulative weights. */
function weighted<T>(items: T[], weights: number[]): (r: number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

const zipf = (n: number, s = 1.1, offset = 3) => Array.from({ length: n }, (_, i) => 1 / (i + offset) ** s);

const TOP = ['USA', 'CHN', 'RUS', 'UKR', 'GBR', 'FRA', 'DEU', 'ISR', 'IRN', 'IND', 'JPN', 'KOR', 'PRK', 'TUR', 'SYR', 'PAK',
  'SAU', 'AFG', 'IRQ', 'EGY', 'BRA', 'CAN', 'AUS', 'ITA', 'ESP', 'POL', 'MEX', 'NGA', 'ZAF', 'VEN', 'TWN', 'VNM', 'PHL', 'IDN',
  'QAT', 'ARE', 'LBN', 'PSE', 'YEM', 'LBY', 'ETH', 'SDN', 'KEN', 'COL', 'ARG', 'CUB', 'BLR', 'GEO', 'ARM', 'AZE'];

const SECTORS: Array<[string, number, string, string]> = [
  ['', 35, 'country', ''], ['GOV', 40, 'person', 'government'], ['MIL', 8, 'group', 'military'], ['OPP', 4, 'group', 'opposition'],
  ['MED', 3, 'media', 'state media'], ['BUS', 3, 'group', 'companies'], ['REB', 2, 'group', 'rebels'], ['JUD', 2, 'organization', 'court'],
  ['LEG', 3, 'organization', 'parliament'],
];

const VERBS: Record<string, string[]> = {
  '01': ['made a statement about', 'commented on'], '02': ['appealed to', 'called on'], '03': ['pledged to cooperate with', 'offered talks to'],
  '04': ['met', 'held talks with', 'spoke by phone with', 'hosted'], '05': ['signed an agreement with', 'praised', 'endorsed'],
  '06': ['agreed to trade with', 'expanded military cooperation with'], '07': ['sent aid to', 'provided assistance to'],
  '08': ['eased restrictions on', 'released prisoners held by'], '09': ['investigated', 'launched an inquiry into'],
  '10': ['demanded concessions from', 'urged'], '11': ['criticized', 'condemned', 'accused'], '12': ['rejected a proposal from', 'refused demands by'],
  '13': ['threatened', 'warned'], '14': ['protested against', 'demonstrated against'], '15': ['mobilized troops near', 'raised alert levels against'],
  '16': ['cut ties with', 'expelled diplomats of'], '17': ['imposed sanctions on', 'detained citizens of'], '18': ['attacked', 'carried out strikes against'],
  '19': ['fought', 'shelled positions of'], '20': ['used mass violence against'],
};
const ROOT_WEIGHTS: Record<string, number> = {
  '01': 18, '02': 6, '03': 8, '04': 20, '05': 8, '06': 3, '07': 3, '08': 1.5, '09': 1, '10': 2.5, '11': 7, '12': 3, '13': 2.5,
  '14': 3, '15': 1.2, '16': 1.2, '17': 5, '18': 2.5, '19': 4, '20': 0.1,
};

const TOPICS = ['trade tariffs', 'the border dispute', 'nuclear talks', 'energy supplies', 'grain exports', 'refugees', 'climate finance',
  'maritime claims', 'the ceasefire', 'cyber attacks', 'election interference', 'human rights', 'sanctions relief', 'water rights',
  'arms sales', 'the peace process', 'a prisoner exchange', 'oil prices', 'gas pipelines', 'fishing rights', 'vaccine supplies',
  'debt relief', 'military exercises', 'airspace violations', 'a missile test', 'the embassy closure', 'visa rules', 'rare earth exports',
  'semiconductor controls', 'port access', 'troop withdrawals', 'humanitarian corridors', 'the hostage crisis', 'drone strikes',
  'a naval blockade', 'the disputed islands', 'the dam project', 'migration flows', 'the trade agreement', 'investment screening',
  'sovereign debt', 'wheat shipments', 'the nuclear deal', 'chemical weapons', 'peacekeeping forces', 'the refugee camps',
  'the election results', 'press freedom', 'the detained journalists', 'the security pact'];

const ISSUES = ['unilateral sanctions', 'the nuclear deal', 'a ceasefire', 'the peace plan', 'military aid', 'trade tariffs', 'NATO enlargement',
  'the Belt and Road Initiative', 'climate targets', 'arms control talks', 'the blockade', 'export controls', 'the annexation',
  'a two-state solution', 'debt restructuring', 'the referendum', 'peacekeeping mission', 'border wall', 'the oil embargo',
  'refugee quotas', 'the election', 'the security pact', 'nuclear disarmament', 'the trade deal', 'humanitarian access',
  'troop withdrawal', 'the pipeline', 'the no-fly zone', 'reparations', 'the arms embargo', 'energy price caps', 'visa liberalisation',
  'the dam project', 'sanctions relief', 'the maritime boundary', 'data localisation', 'the grain corridor', 'the fishing ban',
  'vaccine patents', 'the tariff truce'];

const GROUP_WORDS = [['Northern', 'Southern', 'Eastern', 'Western', 'United', 'Free', 'Popular', 'National', 'Revolutionary', 'Democratic'],
  ['Liberation', 'Resistance', 'Salvation', 'Unity', 'Justice', 'Renewal', 'Defence', 'Progress'], ['Front', 'Movement', 'Army', 'Council', 'Alliance', 'Brigades']];

interface Actor extends ActorRef {
  kind: string;
  role: string | null;
}

/** Builds synthetic `ArticleResult`s one at a time. */
export function createGenerator(seed = 1, dataDir = DEFAULT_DATA_DIR) {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const countries = loadDataFile(dataDir, 'actors/countries.json', countriesSchema).countries.filter((c) => !(c as { historical?: boolean }).historical);
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const order = [...TOP.filter((c) => byCode.has(c)), ...countries.map((c) => c.code).filter((c) => !TOP.includes(c))];
  const igos = [...new Map(loadDataFile(dataDir, 'actors/igos.json', igosSchema).igos.map((i) => [i.code, i])).values()].slice(0, 40);
  const people = loadDataFile(dataDir, 'actors/people.json', peopleSchema).people;
  const outlets = loadDataFile(dataDir, 'actors/media.json', mediaSchema).media;
  const codes = loadDataFile(dataDir, 'ontology/cameo.json', cameoSchema).codes.filter((c) => c.code.length >= 3);
  const peopleOf = new Map<string, typeof people>();
  for (const p of people) if (p.country) peopleOf.set(p.country, [...(peopleOf.get(p.country) ?? []), p]);

  // Actors are drawn from a fixed universe so the same actors recur, as in real news.
  const universe: Actor[] = [];
  const weights: number[] = [];
  order.forEach((code, rank) => {
    const c = byCode.get(code)!;
    const adj = ((c as { adjectives?: string[] }).adjectives ?? [])[0] ?? c.name;
    const base = 1 / (rank + 3) ** 1.15;
    for (const [sector, share, kind, noun] of SECTORS) {
      if (sector === '') {
        universe.push({ code, name: c.name, kind, role: null });
        weights.push(base * share);
        continue;
      }
      const persons = sector === 'GOV' ? (peopleOf.get(code) ?? []).slice(0, 6) : [];
      for (const p of persons) {
        universe.push({ code: code + sector, name: p.name, kind: 'person', role: pick(['President', 'Foreign Minister', 'Prime Minister', 'Minister']) });
        weights.push((base * share * 0.6) / persons.length);
      }
      universe.push({ code: code + sector, name: `${adj} ${noun}`, kind: persons.length ? 'organization' : kind, role: null });
      weights.push(base * share * (persons.length ? 0.4 : 1));
    }
  });
  igos.forEach((igo, i) => {
    universe.push({ code: igo.code, name: igo.name, kind: 'organization', role: null });
    weights.push(0.012 / (i + 1));
  });
  for (let i = 0; i < 300; i++) {
    universe.push({ code: null, name: `${GROUP_WORDS[0][i % 10]} ${GROUP_WORDS[1][Math.floor(i / 10) % 8]} ${GROUP_WORDS[2][Math.floor(i / 80) % 6]}`, kind: 'group', role: null });
    weights.push(0.0004);
  }
  const drawActor = weighted(universe, weights);
  const roots = Object.keys(ROOT_WEIGHTS);
  const drawRoot = weighted(roots, roots.map((r) => ROOT_WEIGHTS[r]));
  const codesOf = new Map(roots.map((r) => [r, codes.filter((c) => c.code.startsWith(r))]));
  const drawOutlet = weighted(outlets, zipf(outlets.length, 1.2, 2));
  const drawIssue = weighted(ISSUES, zipf(ISSUES.length, 0.9, 1));
  const drawTopic = weighted(TOPICS, zipf(TOPICS.length, 0.8, 1));
  const START = Date.UTC(2014, 0, 1);
  const SPAN = Date.UTC(2024, 11, 31) - START;

  return (n: number): { hash: string; result: ArticleResult } => {
    // More news in later years: sqrt skews the draw toward the end.
    const day = new Date(START + Math.sqrt(random()) * SPAN).toISOString().slice(0, 10);
    const publisher = drawOutlet(random());
    const cast: Actor[] = [];
    const castActor = (): Actor => {
      const actor = random() < 0.35 && cast.length ? pick(cast) : drawActor(random());
      if (!cast.includes(actor)) cast.push(actor);
      return actor;
    };
    let text = '';
    const spans = new Map<Actor, SpanText[]>();
    const put = (piece: string, actor?: Actor): SpanText => {
      const span = { start: text.length, end: text.length + piece.length, text: piece };
      text += piece;
      if (actor) spans.set(actor, [...(spans.get(actor) ?? []), span]);
      return span;
    };
    const result: ArticleResult = {
      id: `synthetic-${n}`,
      document: { title: null, date: day, publisher: { code: publisher.code, name: publisher.name }, source: null, text: '', offset: 0 },
      entities: [], events: [], quotes: [], stances: [],
      provenance: { events: 'synthetic', quotes: 'synthetic', stances: 'synthetic' },
    };
    const count = 1 + Math.floor(random() * 4) + Math.floor(random() * 5);
    put(`${day} (${publisher.name}) - `);
    for (let i = 0; i < count; i++) {
      const source = castActor();
      let target: Actor | null = random() < 0.9 ? castActor() : null;
      if (target === source) target = null;
      const root = drawRoot(random());
      const code = pick(codesOf.get(root)!);
      const verb = pick(VERBS[root]);
      const start = text.length;
      put(source.name, source);
      const trigger = (put(' '), put(verb));
      if (target) {
        put(' ');
        put(target.name, target);
      }
      put(` over ${drawTopic(random())}`);
      const evidence = { start, end: text.length, text: text.slice(start) };
      put('. ');
      const eventDate = random() < 0.3 ? new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10) : null;
      result.events.push({
        cameo: code.code, plover: (code as { plover?: string | null }).plover ?? null, quad: code.quad, goldstein: code.goldstein,
        source: { code: source.code, name: source.name }, target: target ? { code: target.code, name: target.name } : null,
        date: eventDate, text: evidence.text, start: evidence.start, end: evidence.end, evidence: [evidence], trigger, rule: `synthetic.${root}`,
        ...(random() < 0.02 ? { negated: true } : {}),
      });
      if (random() < 0.3) {
        const speaker = source;
        put('"');
        const content = put(`We will not accept any decision on ${drawTopic(random())} without ${pick(['dialogue', 'guarantees', 'our partners', 'a vote'])}`);
        put('," ');
        const who = put(speaker.name, speaker);
        const cue = (put(' '), put('said'));
        const via = random() < 0.4 ? drawOutlet(random()) : null;
        if (via) put(`, according to ${via.name}`);
        put('. ');
        result.quotes.push({
          kind: 'direct', text: content.text, speaker: { code: speaker.code, name: speaker.name },
          via: via ? [{ code: via.code, name: via.name }] : [], content, cue, source: who, rule: 'synthetic.quote',
        });
      }
      if (random() < 0.12) {
        const holder = source;
        const start2 = text.length;
        put(holder.name, holder);
        const polarity = random() < 0.5 ? 'support' : 'oppose';
        put(` ${polarity === 'support' ? 'supports' : 'opposes'} ${drawIssue(random())}`);
        const issue = text.slice(text.lastIndexOf(polarity === 'support' ? 'supports ' : 'opposes ') + (polarity === 'support' ? 9 : 8));
        result.stances.push({ holder: { code: holder.code, name: holder.name }, issue, polarity, text: text.slice(start2), start: start2, end: text.length, rule: `synthetic.${polarity}` });
        put('. ');
      }
    }
    put(`Officials said talks on ${drawTopic(random())} and ${drawTopic(random())} would continue next week.`);
    result.document.title = `${result.events[0].source.name} ${VERBS[result.events[0].cameo.slice(0, 2)][0]} ${result.events[0].target?.name ?? 'partners'}`;
    result.document.text = text;
    result.entities = cast.map((actor, i) => ({
      id: `synthetic:${i}`, name: actor.name, kind: actor.kind, actor: actor.code, role: actor.role, new: actor.code === null,
      mentions: (spans.get(actor) ?? []).map((s) => ({ ...s, kind: 'name', rule: 'synthetic.name' })),
    }));
    return { hash: createHash('sha256').update(`${n}\n${text}`).digest('hex'), result };
  };
}

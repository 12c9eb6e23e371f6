/**
 * Hand-built `ArticleResult`s for store tests. Spans are found in the text by phrase, so
 * every offset is right by construction.
 */
import type { ArticleResult, SpanText } from '../doc/result.js';
import type { ActorRef } from '../doc/types.js';

/** The span of the `nth` occurrence (0-based) of `phrase` in `text`. */
export function at(text: string, phrase: string, nth = 0): SpanText {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`fixture: "${phrase}" (#${nth}) not in text`);
  }
  return { start, end: start + phrase.length, text: phrase };
}

type Entity = ArticleResult['entities'][number];
type Event = ArticleResult['events'][number];

function entity(id: string, name: string, kind: string, actor: string | null, spans: SpanText[], extra: Partial<Entity> = {}): Entity {
  const mentions = spans.map((span) => ({ ...span, kind: 'name', rule: 'fixture.name' }));
  return { id, name, kind, actor, role: null, new: false, mentions, ...extra };
}

function event(text: string, fields: Omit<Event, 'text' | 'start' | 'end' | 'evidence' | 'trigger'>, evidence: string[], trigger: string): Event {
  const spans = evidence.map((p) => at(text, p));
  return { ...fields, text: spans[0].text, start: spans[0].start, end: spans[0].end, evidence: spans, trigger: at(text, trigger) };
}

function base(id: string, text: string, date: string | null, title: string | null, publisher: ActorRef | null = null): ArticleResult {
  return {
    id,
    document: { title, date, publisher, source: null, text, offset: 0 },
    entities: [], events: [], quotes: [], stances: [],
    provenance: { 'events.cameo': '1+cameo.v1', 'quotes.cues': '1+cues.v1' },
  };
}

const WANG: ActorRef = { code: 'CHNGOV', name: 'Wang Yi' };
const KONO: ActorRef = { code: 'JPNGOV', name: 'Taro Kono' };
const XINHUA: ActorRef = { code: 'CHNMED', name: 'Xinhua' };

const TEXT_A =
  'Chinese Foreign Minister Wang Yi spoke by phone with his Japanese counterpart Taro Kono, Xinhua reported. ' +
  'Wang said China firmly opposes the nuclear test. "Dialogue is the only way out," Wang said.';

/** China-Japan phone call, 2017-09-01: two events (one dated the day before), two quotes, one stance. */
export function articleA(): ArticleResult {
  const t = TEXT_A;
  const r = base('a-china-japan', t, '2017-09-01', 'Wang Yi and Taro Kono talk by phone', XINHUA);
  r.entities = [
    entity('kb:wang-yi', 'Wang Yi', 'person', 'CHNGOV', [at(t, 'Wang Yi'), at(t, 'Wang', 1), at(t, 'Wang', 2)], { role: 'Foreign Minister' }),
    entity('kb:taro-kono', 'Taro Kono', 'person', 'JPNGOV', [at(t, 'Taro Kono')]),
    entity('kb:xinhua', 'Xinhua', 'media', 'CHNMED', [at(t, 'Xinhua')]),
    entity('kb:china', 'China', 'country', 'CHN', [at(t, 'China')]),
  ];
  r.events = [
    event(t, { cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, source: WANG, target: KONO, date: '2017-08-31', rule: 'events.consult.phone' },
      ['Wang Yi spoke by phone with his Japanese counterpart Taro Kono'], 'spoke by phone'),
    event(t, { cameo: '111', plover: 'DISAPPROVE', quad: 3, goldstein: -2, source: { code: 'CHN', name: 'China' }, target: null, date: null, rule: 'events.oppose', reported_by: WANG },
      ['China firmly opposes the nuclear test', 'opposes'], 'opposes'),
  ];
  r.quotes = [
    { kind: 'indirect', text: 'China firmly opposes the nuclear test', speaker: WANG, via: [], content: at(t, 'China firmly opposes the nuclear test'), cue: at(t, 'said'), source: at(t, 'Wang', 1), rule: 'quotes.said.indirect' },
    { kind: 'direct', text: 'Dialogue is the only way out,', speaker: WANG, via: [XINHUA], content: at(t, 'Dialogue is the only way out,'), cue: at(t, 'said', 1), source: at(t, 'Wang', 2), rule: 'quotes.direct.after' },
  ];
  r.stances = [
    { holder: { code: 'CHN', name: 'China' }, issue: 'nuclear test', polarity: 'oppose', ...at(t, 'firmly opposes the nuclear test'), rule: 'stances.oppose' },
  ];
  return r;
}

const TEXT_B =
  'Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Rex Tillerson in Manila. ' +
  'Lavrov said Moscow supports talks with Pyongyang. Wang Yi later called Lavrov.';

/** Russia-US meeting, 2017-10-15, also mentioning Wang Yi; a negated event. */
export function articleB(): ArticleResult {
  const t = TEXT_B;
  const lavrov: ActorRef = { code: 'RUSGOV', name: 'Sergey Lavrov' };
  const r = base('b-russia-us', t, '2017-10-15', 'Lavrov meets Tillerson in Manila');
  r.entities = [
    entity('kb:sergey-lavrov', 'Sergey Lavrov', 'person', 'RUSGOV', [at(t, 'Sergey Lavrov'), at(t, 'Lavrov', 1), at(t, 'Lavrov', 2)]),
    entity('kb:rex-tillerson', 'Rex Tillerson', 'person', 'USAGOV', [at(t, 'Rex Tillerson')]),
    entity('kb:wang-yi', 'Wang Yi', 'person', 'CHNGOV', [at(t, 'Wang Yi')]),
  ];
  r.events = [
    event(t, { cameo: '044', plover: 'CONSULT', quad: 1, goldstein: 2.8, source: lavrov, target: { code: 'USAGOV', name: 'Rex Tillerson' }, date: null, rule: 'events.meet' },
      ['Sergey Lavrov met U.S. Secretary of State Rex Tillerson'], 'met'),
    event(t, { cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, source: WANG, target: lavrov, date: null, rule: 'events.call', negated: true },
      ['Wang Yi later called Lavrov'], 'called'),
  ];
  r.quotes = [
    { kind: 'indirect', text: 'Moscow supports talks with Pyongyang', speaker: lavrov, via: [], content: at(t, 'Moscow supports talks with Pyongyang'), cue: at(t, 'said'), source: at(t, 'Lavrov', 1), rule: 'quotes.said.indirect' },
  ];
  r.stances = [
    { holder: { code: 'RUS', name: 'Russia' }, issue: 'talks with North Korea', polarity: 'support', ...at(t, 'supports talks with Pyongyang'), rule: 'stances.support' },
  ];
  return r;
}

const TEXT_C = 'The Arakan Liberation Front accused Myanmar of shelling villages. "We will not stop," a spokesman said.';

/** An undated article with an actor known only from the text and an unattributed quote. */
export function articleC(): ArticleResult {
  const t = TEXT_C;
  const alf: ActorRef = { code: null, name: 'Arakan Liberation Front' };
  const r = base('c-new-actor', t, null, null);
  r.entities = [
    entity('new:arakan-liberation-front', 'Arakan Liberation Front', 'group', null, [at(t, 'Arakan Liberation Front')], { new: true }),
    entity('kb:myanmar', 'Myanmar', 'country', 'MMR', [at(t, 'Myanmar')]),
  ];
  r.events = [
    event(t, { cameo: '112', plover: 'ACCUSE', quad: 3, goldstein: -2, source: alf, target: { code: 'MMR', name: 'Myanmar' }, date: null, rule: 'events.accuse' },
      ['The Arakan Liberation Front accused Myanmar of shelling villages'], 'accused'),
  ];
  r.quotes = [
    { kind: 'direct', text: 'We will not stop,', speaker: null, via: [], content: at(t, 'We will not stop,'), cue: at(t, 'said'), source: null, rule: 'quotes.direct.after' },
  ];
  return r;
}

const TEXT_D =
  'Japan criticized North Korea over the launch. “We will respond,” a government spokesman said, “with our partners.” ' +
  'Tokyo also closed its fishing grounds near the coast.';

/** The optional contract fields: a user-coded event, a quote the attribution interrupts, a stance toward an actor. */
export function articleD(): ArticleResult {
  const t = TEXT_D;
  const japan: ActorRef = { code: 'JPN', name: 'Japan' };
  const r = base('d-optional-fields', t, '2017-11-20', 'Japan criticizes North Korea');
  r.entities = [
    entity('kb:japan', 'Japan', 'country', 'JPN', [at(t, 'Japan')]),
    entity('kb:north-korea', 'North Korea', 'country', 'PRK', [at(t, 'North Korea')]),
  ];
  r.events = [
    event(t, { cameo: '1961', plover: null, quad: 0, goldstein: 0, user_code: true, source: { code: 'JPN', name: 'Tokyo' }, target: null, date: null, rule: 'events.user.close' },
      ['Tokyo also closed its fishing grounds'], 'closed'),
  ];
  const parts = [at(t, '“We will respond,”'), at(t, '“with our partners.”')];
  r.quotes = [
    { kind: 'direct', text: 'We will respond with our partners.', speaker: { code: 'JPNGOV', name: 'government spokesman' }, via: [],
      content: at(t, '“We will respond,” a government spokesman said, “with our partners.”'), parts, cue: at(t, 'said'),
      source: at(t, 'a government spokesman'), rule: 'quotes.direct.split' },
  ];
  r.stances = [
    { holder: japan, issue: 'North Korea', target: { code: 'PRK', name: 'North Korea' }, polarity: 'oppose', ...at(t, 'criticized North Korea'), rule: 'stances.oppose.actor' },
  ];
  return r;
}

/** Stand-in content hashes; the store treats them as opaque. */
export const HASH = { a: 'a'.repeat(64), b: 'b'.repeat(64), c: 'c'.repeat(64), d: 'd'.repeat(64) };

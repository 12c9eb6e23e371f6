import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DATA_DIR, loadDataFile } from './load.js';
import { cameoSchema, countriesSchema, igosSchema, mediaSchema, peopleSchema, rolesSchema } from './schema.js';
import { boilerplateSchema, eventRulesSchema, quoteRulesSchema, sentimentLexiconSchema, stanceRulesSchema } from './rules-schema.js';
import { loadKnowledgeBase } from './index.js';

const dir = DEFAULT_DATA_DIR;
const countries = loadDataFile(dir, 'actors/countries.json', countriesSchema);
const igos = loadDataFile(dir, 'actors/igos.json', igosSchema);
const media = loadDataFile(dir, 'actors/media.json', mediaSchema);
const roles = loadDataFile(dir, 'actors/roles.json', rolesSchema);
const people = loadDataFile(dir, 'actors/people.json', peopleSchema);
const cameo = loadDataFile(dir, 'ontology/cameo.json', cameoSchema);

const countryCodes = new Set(countries.countries.map((c) => c.code));
const igoCodes = new Set(igos.igos.map((g) => g.code));
const sectorCodes = new Set(roles.sectors.map((s) => s.code));

test('every rule file validates against its schema', () => {
  loadDataFile(dir, 'rules/boilerplate.json', boilerplateSchema);
  loadDataFile(dir, 'rules/events.json', eventRulesSchema);
  loadDataFile(dir, 'rules/quotes.json', quoteRulesSchema);
  loadDataFile(dir, 'rules/stances.json', stanceRulesSchema);
  loadDataFile(dir, 'lexicons/sentiment.json', sentimentLexiconSchema);
});

test('ids and codes are unique and well formed', () => {
  assert.equal(countryCodes.size, countries.countries.length, 'duplicate country code');
  for (const [what, ids] of [['igo', igos.igos.map((g) => g.id)], ['media', media.media.map((m) => m.id)], ['person', people.people.map((p) => p.id)], ['role', roles.roles.map((r) => r.id)]] as const) {
    assert.equal(new Set(ids).size, ids.length, `duplicate ${what} id`);
  }
  for (const m of media.media) assert.ok(countryCodes.has(m.country) && m.code === `${m.country}MED`, `media ${m.id}: ${m.code}`);
  for (const r of roles.roles) assert.ok(sectorCodes.has(r.sector), `role ${r.id}: sector ${r.sector}`);
  for (const g of igos.igos) assert.ok(!g.parent || igos.igos.some((p) => p.id === g.parent), `igo ${g.id}: parent ${g.parent}`);
});

test('every dated role names a known role, place and a valid range', () => {
  const roleIds = new Set(roles.roles.map((r) => r.id));
  for (const p of people.people) {
    assert.ok(p.country === null || countryCodes.has(p.country), `${p.id}: country ${p.country}`);
    for (const r of p.roles) {
      assert.ok(roleIds.has(r.role), `${p.id}: role ${r.role}`);
      assert.ok((r.country && countryCodes.has(r.country)) || (r.org && igoCodes.has(r.org)), `${p.id}: ${r.role} needs a known country or org`);
      assert.ok(!r.from || !r.to || r.from <= r.to, `${p.id}: ${r.role} ends before it starts`);
    }
  }
});

test('the CAMEO codebook is complete and every event rule codes a known CAMEO code', () => {
  const codes = new Set(cameo.codes.map((c) => c.code));
  for (let root = 1; root <= 20; root++) assert.ok(codes.has(String(root).padStart(2, '0')), `root ${root}`);
  assert.ok(codes.size >= 280);
  for (const c of cameo.codes) assert.ok(!c.parent || codes.has(c.parent), `${c.code}: parent ${c.parent}`);
  const rules = loadDataFile(dir, 'rules/events.json', eventRulesSchema);
  for (const r of rules.rules) assert.ok(codes.has(r.cameo), `${r.id}: ${r.cameo}`);
  const roots = new Set(rules.rules.map((r) => r.cameo.slice(0, 2)));
  for (const root of ['02', '03', '04', '05', '06', '07', '08', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19']) assert.ok(roots.has(root), `no rule codes root ${root}`);
});

test('no name points to two actors of the same kind unless marked as needing context', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const add = (name: string, owner: string, contextual: boolean) => {
    const prev = seen.get(name);
    if (prev && prev !== owner && !contextual) clashes.push(`${name}: ${prev} / ${owner}`);
    seen.set(name, owner);
  };
  for (const c of countries.countries) for (const n of [c.name, ...c.aliases]) add(n, `country:${c.code}`, c.contextual.includes(n));
  for (const g of igos.igos) for (const n of [g.name, ...g.aliases]) add(n, `igo:${g.code}`, false);
  for (const m of media.media) for (const n of [m.name, ...m.aliases]) add(n, `media:${m.id}`, (m.contextual ?? []).includes(n));
  assert.deepEqual(clashes, []);
});

test('the knowledge base resolves dated roles', () => {
  const kb = loadKnowledgeBase(dir);
  const lavrov = [...kb.people.values()].find((p) => p.name === 'Sergey Lavrov')!;
  assert.equal(kb.personActor(lavrov, '2017-09-01').code, 'RUSGOV');
  assert.equal(kb.roleHolder('foreign-minister', 'JPN', '2017-09-01')?.name, 'Taro Kono');
  assert.equal(kb.roleHolder('foreign-minister', 'JPN', '2021-01-01')?.name === 'Taro Kono', false);
  assert.deepEqual(kb.findPublisher('EIRNS'), { code: 'USAMED', name: 'EIR News Service' });
});

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR, loadDataFile } from '../kb/load.js';
import { cameoSchema } from '../kb/schema.js';
import { testReadout } from '../testing/readout.js';
import { actor, entity, event, needs, result, SHARED_DATA } from './eval.fixtures.js';
import { canonicalType, eventActorsRight, loadPlover, parsePlover, ploverAliases, runPlover, sameCountry, scorePlover, type PloverRecord } from './plover.js';

const ALIASES = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE' };
const record = (id: string, type: string, sources: string[], targets: string[]): PloverRecord => ({
  id, date: '2000-01-01', text: `sentence ${id}`, type,
  sources: sources.map((code) => ({ code, text: code })), targets: targets.map((code) => ({ code, text: code })),
});
const countries = (...codes: string[]) => codes.map((c) => entity(c, c, ''));

describe('PLOVER types and actors', () => {
  it('reads aliases from the ontology, leaving out aliases that are categories themselves', () => {
    const aliases = ploverAliases([
      { name: 'REQUEST', aliases: ['DEMAND'] }, { name: 'ACCUSE', aliases: ['DISAPPROVE'] },
      { name: 'SANCTION', aliases: ['COERCE'] }, { name: 'COERCE', aliases: [] },
    ]);
    assert.deepEqual(aliases, ALIASES);
    assert.equal(canonicalType('demand', aliases), 'REQUEST');
    assert.equal(canonicalType(null, aliases), '');
  });

  it('the project ontology makes DEMAND ≡ REQUEST and DISAPPROVE ≡ ACCUSE', () => {
    const aliases = ploverAliases(loadDataFile(DEFAULT_DATA_DIR, 'ontology/cameo.json', cameoSchema).plover);
    assert.equal(canonicalType('DEMAND', aliases), 'REQUEST');
    assert.equal(canonicalType('DISAPPROVE', aliases), 'ACCUSE');
  });

  it('compares countries by the first three letters, IGO codes whole, a bare gold IGO with any IGO', () => {
    assert.ok(sameCountry('RUS', 'RUSGOV'));
    assert.ok(!sameCountry('RUS', 'UKRGOV'));
    assert.ok(sameCountry('IGO', 'IGOUNO'));
    assert.ok(sameCountry('IGOUNO', 'IGOUNO'));
    assert.ok(!sameCountry('IGOUNO', 'IGOEEC'));
    assert.ok(!sameCountry('USA', null));
    assert.ok(sameCountry('JAP', 'JPNGOV'), 'older non-ISO gold codes mean their ISO country');
    assert.ok(!sameCountry('JAP', 'JAM'));
  });

  it('parses records, treating a missing or non-list source or target as none', () => {
    const records = parsePlover(JSON.stringify([
      { id: 'a', date: '2000-01-01', event: 'agree', text: 'x', source: [{ actorText: 'Hungarian', code: 'HUN' }], target: '' },
      { id: 'b', event: 'ASSAULT', text: 'y', target: [{ actorText: 'Iraqi civilians', code: 'IRQ' }] },
      { id: 'c', event: 'AGREE', text: 'z', source: [], target: 'diplomatic' },
    ]));
    assert.deepEqual(records.map((r) => [r.type, r.sources.map((a) => a.code), r.targets.map((a) => a.code)]), [
      ['AGREE', ['HUN'], []], ['ASSAULT', [], ['IRQ']], ['AGREE', [], []],
    ]);
    assert.equal(records[1].date, null);
  });
});

describe('scorePlover', () => {
  const records = [
    record('r1', 'DEMAND', ['USA'], ['IRQ']),
    record('r2', 'DISAPPROVE', ['RUS'], ['UKR']),
    record('r3', 'AGREE', ['HUN', 'ROU'], []),
  ];
  const results = [
    result('', { events: [event('REQUEST', actor('USAGOV'), actor('IRQ'))], entities: countries('USAGOV', 'IRQ') }),
    result('', { events: [event('ACCUSE', actor('RUS'), null), event('AGREE', actor('RUS'), actor('UKR'))], entities: countries('RUS') }),
    result('', { entities: countries('HUN') }),
  ];
  const report = scorePlover(records, results, ALIASES);

  it('counts the gold type among the events, and type with both actors right', () => {
    assert.equal(report.sentences, 3);
    assert.equal(report.typeFound, 2);
    assert.equal(report.withActors, 1);
    assert.equal(report.events, 3);
    assert.equal(report.eventsPerSentence, 1);
  });

  it('tabulates gold, found, produced and how many produced events were of the gold type', () => {
    const row = (type: string) => report.types.find((t) => t.type === type);
    assert.deepEqual(row('REQUEST'), { type: 'REQUEST', gold: 1, found: 1, withActors: 1, produced: 1, correct: 1 });
    assert.deepEqual(row('ACCUSE'), { type: 'ACCUSE', gold: 1, found: 1, withActors: 0, produced: 1, correct: 1 });
    assert.deepEqual(row('AGREE'), { type: 'AGREE', gold: 1, found: 0, withActors: 0, produced: 1, correct: 0 });
  });

  it('lists the weakest types with failing sentences, type misses first; a type without failures is not weak', () => {
    assert.deepEqual(report.weakest.map((w) => w.type), ['AGREE', 'ACCUSE']);
    assert.deepEqual(report.weakest[0].examples, [{ id: 'r3', text: 'sentence r3', gold: 'AGREE HUN+ROU -> -', produced: [] }]);
    assert.deepEqual(report.weakest[1].examples[0].produced, ['ACCUSE RUS -> -', 'AGREE RUS -> UKR']);
  });

  it('counts gold actors whose country is among the entities, per actor', () => {
    assert.deepEqual(report.actors, { total: 6, resolved: 4, share: 4 / 6, sources: { total: 4, resolved: 3 }, targets: { total: 2, resolved: 1 } });
  });

  it('takes a null target as right only when gold has none', () => {
    const noTarget = [record('x', 'AGREE', ['USA'], [])];
    assert.equal(scorePlover(noTarget, [result('', { events: [event('AGREE', actor('USA'), null)] })], {}).withActors, 1);
    assert.equal(scorePlover(noTarget, [result('', { events: [event('AGREE', actor('USA'), actor('JOR'))] })], {}).withActors, 0);
  });

  it('takes an event between two of several gold sources with no gold target as right, either way', () => {
    const joint = record('j', 'AGREE', ['USA', 'JOR'], []);
    const score = (source: string, target: string | null) =>
      scorePlover([joint], [result('', { events: [event('AGREE', actor(source), target ? actor(target) : null)] })], {}).withActors;
    assert.equal(score('USAGOV', 'JOR'), 1);
    assert.equal(score('JOR', 'USAGOV'), 1);
    assert.equal(score('USA', null), 1);
    assert.equal(score('USA', 'ISR'), 0, 'the target must be one of the parties');
    assert.equal(score('USAGOV', 'USAMIL'), 0, 'a party acting on itself is no joint act');
    assert.ok(eventActorsRight({ sources: [{ code: 'USA', text: '' }], targets: [] }, 'USA', null));
    // Two parties of one country: the government and the rebels agreeing act on each other.
    assert.ok(eventActorsRight({ sources: [{ code: 'SDN', text: '' }, { code: 'SDN', text: '' }], targets: [] }, 'SDNGOV', 'SDNREB'));
    assert.ok(!eventActorsRight({ sources: [{ code: 'USA', text: '' }, { code: 'JOR', text: '' }], targets: [{ code: 'ISR', text: '' }] }, 'USA', 'JOR'),
      'with a gold target the event must name it');
  });
});

const DEV = join(SHARED_DATA, 'plover-gsr', 'dev.json');
describe('PLOVER GSR dev set (shared data)', () => {
  it('scores a spread of 20 records into a well-formed report', { skip: needs(DEV) }, () => {
    const all = loadPlover(DEV);
    assert.ok(all.length > 100);
    const sample = Array.from({ length: 20 }, (_, i) => all[Math.floor((i * all.length) / 20)]);
    const aliases = ploverAliases(loadDataFile(DEFAULT_DATA_DIR, 'ontology/cameo.json', cameoSchema).plover);
    const report = runPlover(testReadout(), sample, aliases);
    assert.equal(report.sentences, 20);
    assert.equal(report.types.reduce((s, t) => s + t.gold, 0), 20);
    for (const share of [report.typeShare, report.withActorsShare, report.actors.share]) assert.ok(share >= 0 && share <= 1);
    assert.ok(report.withActors <= report.typeFound);
    assert.ok(report.weakest.length > 0 && report.weakest.length <= 3);
  });
});

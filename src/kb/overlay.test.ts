import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadout } from '../readout.js';
import { DEFAULT_DATA_DIR, loadDataFile } from './load.js';
import { loadOverlayDirs } from './overlay.js';
import { cameoSchema } from './schema.js';
import { importDictionary } from './tabari/index.js';

// Invented dictionaries, imported the way `readout kb import` does, then loaded with kbDirs.
const ACTORS = `ZANDORIA_ [ZND]
+ZANDORIAN
QUILLAN [QLN]
PORTUGAL [PTX]   # overrides our own code for the name
BORO_MAZZ
+MAZZ
\t[QLNGOV 20100101-20141231]
\t[ZNDREB >20150101]
\t[QLN]
FLINT_BRIGADE [ZNDREBFLB]
TAVIN_ORR [QLN]
TWIN_CITIES [ZND/QLN]
`;
const AGENTS = 'CONSTABLE [~COP]\nRELIEF_SOCIETY [NGO~]\n';
const VERBS = `--- SNUB [121] ---
SNUB {SNUBBED}
- * (IN PUBLIC) [122]
- NOT * [120]
- COLDLY * [1219]
--- GREET [031:032] ---
GREET {GREETED}
--- RECEIVE [---] ---
RECEIVE
- + * PARCELS FROM $ [043]
`;
const DISCARDS = 'PUPPET SHOW\n+REGATTA_\n';

const dir = mkdtempSync(join(tmpdir(), 'readout-overlay-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const kb = join(dir, 'kb');
mkdirSync(kb);
const knownCodes = new Set(loadDataFile(DEFAULT_DATA_DIR, 'ontology/cameo.json', cameoSchema).codes.map((c) => c.code));
for (const [name, text] of [['test.actors.txt', ACTORS], ['test.agents.txt', AGENTS], ['test.verbs.txt', VERBS], ['test.discards.txt', DISCARDS]]) {
  const result = importDictionary(name, text, { knownCodes });
  writeFileSync(join(kb, result.fileName), JSON.stringify(result.data));
}

describe('overlays loaded with kbDirs', () => {
  const readout = createReadout({ kbDirs: [kb] });
  const events = (text: string, date = '2016-05-01') =>
    readout.code({ text, date }).events.map((e) => `${e.cameo} ${e.source.code}->${e.target?.code ?? '-'} ${e.rule}`);

  it('codes an imported fictional actor in an event, with an imported verb rule', () => {
    assert.deepEqual(events('Zandoria snubbed Quillan on Monday.'), ['121 ZND->QLN test-verbs.snub.1']);
    assert.deepEqual(events('Zandoria snubbed in public the envoys of Quillan.'), ['122 ZND->QLNGOV test-verbs.snub.2']);
    assert.deepEqual(events('The Flint Brigade snubbed Quillan.'), ['121 ZNDREBFLB->QLN test-verbs.snub.1']);
  });

  it('codes negated patterns, reciprocal codes, a target before the verb and user codes', () => {
    assert.deepEqual(events('Zandoria did not snub Quillan.'), ['120 ZND->QLN test-verbs.snub.3']);
    assert.deepEqual(events('Zandoria greeted Quillan.'), ['031 ZND->QLN test-verbs.greet.1', '032 QLN->ZND test-verbs.greet.1.reciprocal']);
    assert.deepEqual(events('Quillan received two parcels from Zandoria.'), ['043 ZND->QLN test-verbs.receive.1']);
    const [user] = readout.code({ text: 'Zandoria coldly snubbed Quillan.', date: '2016-05-01' }).events;
    // 1219 extends our 121: its quad class and Goldstein score, but no PLOVER type.
    assert.deepEqual([user.cameo, user.user_code, user.plover, user.quad], ['1219', true, null, 3]);
  });

  it('codes each member of a collective actor', () => {
    assert.deepEqual(events('Portugal snubbed the Twin Cities.'), ['121 PTX->ZND test-verbs.snub.1', '121 PTX->QLN test-verbs.snub.1']);
  });

  it('gives a person coded by country the office of the title before the name', () => {
    assert.deepEqual(events('Quillan Prime Minister Tavin Orr snubbed Zandoria.'), ['121 QLNGOV->ZND test-verbs.snub.1']);
  });

  it('codes an actor with dated codes by the article date, falling back to the default', () => {
    assert.deepEqual(events('Boro Mazz snubbed Zandoria.', '2012-03-01'), ['121 QLNGOV->ZND test-verbs.snub.1']);
    assert.deepEqual(events('Boro Mazz snubbed Quillan.', '2016-03-01'), ['121 ZNDREB->QLN test-verbs.snub.1']);
    assert.deepEqual(events('Mazz snubbed Zandoria.', '2005-03-01'), ['121 QLN->ZND test-verbs.snub.1']);
  });

  it('adds agent codes to an imported actor and puts imported names ahead of ours', () => {
    assert.deepEqual(events('Zandorian constables snubbed Quillan.'), ['121 ZNDCOP->QLN test-verbs.snub.1']);
    assert.deepEqual(events('Portugal snubbed Quillan.'), ['121 PTX->QLN test-verbs.snub.1']);
  });

  it('keeps our own rules and data, and drops events in discarded sentences and stories', () => {
    assert.ok(readout.code({ text: 'Russia condemned Ukraine.', date: '2016-05-01' }).events.length > 0);
    assert.deepEqual(events('At the puppet show, Zandoria snubbed Quillan.'), []);
    assert.deepEqual(events('Zandoria snubbed Quillan. The regatta was cancelled.'), []);
    assert.match(readout.pipeline.stages.find((s) => s.name === 'events')!.version, /test-verbs\.v1/);
  });

  it('codes with the imported rules alone when asked', () => {
    const only = createReadout({ kbDirs: [kb], kbRulesOnly: true });
    assert.deepEqual(only.code({ text: 'Russia condemned Ukraine.', date: '2016-05-01' }).events, []);
  });
});

describe('loadOverlayDirs', () => {
  it('sorts the files of a folder by use', () => {
    const loaded = loadOverlayDirs([kb]);
    assert.deepEqual([loaded.kb.map((f) => f.kind).sort(), loaded.eventRules.length, loaded.discards.length], [['actors-overlay', 'agents-overlay'], 1, 2]);
  });

  it('names the folder or file that is wrong', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    assert.throws(() => loadOverlayDirs([empty]), /empty: no \.json overlay files/);
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'x.json'), JSON.stringify({ version: 'x.v1', kind: 'actors-overlay', actors: [{ name: 'A', code: 'a b', kind: 'country' }] }));
    assert.throws(() => loadOverlayDirs([bad]), /x\.json: actors\.0\.code/);
  });
});

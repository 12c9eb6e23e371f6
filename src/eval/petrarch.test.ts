import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, loadDataFile } from '../kb/load.js';
import { cameoSchema } from '../kb/schema.js';
import { importDictionary } from '../kb/tabari/index.js';
import { createReadout } from '../readout.js';
import { codingsOf, loadPetrarchSuite, parsePetrarchXml, scorePetrarch } from './petrarch.js';

const XML = `<Validation>
<Environment>
  <Verbfile>my.verbs.txt</Verbfile>
  <Actorfile>my.actors.txt</Actorfile>
</Environment>
<Sentences>
<!-- <Sentence id="HIDDEN-01"></Sentence> -->
<Sentence date="20010203" id="PLAIN-01" category="PLAIN">
<EventCoding sourcecode="ZND" targetcode="QLN" eventcode="121"></EventCoding>
<EventCoding sourcecode='QLN' targetcode="ZND" eventcode="121"></EventCoding>
<Text>
Zandoria and   Quillan
traded insults &amp; threats.
</Text>
<Parse>(ROOT (S (NP (NNP Zandoria))))</Parse>
</Sentence>
<Sentence date="20010204" id="QUIET-01">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20010205" id="BROKEN-01" category="ERROR">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Garbled.</Text>
</Sentence>
</Sentences>
</Validation>`;

test('validation XML: environment, records, codings, noevents and errors', () => {
  const suite = parsePetrarchXml(XML, '/data');
  assert.deepEqual(suite.dictionaries, { verbs: '/data/my.verbs.txt', actors: '/data/my.actors.txt', agents: undefined, discards: undefined });
  assert.deepEqual(suite.records.map((r) => [r.id, r.date, r.category, r.noEvents, r.error]), [
    ['PLAIN-01', '2001-02-03', 'PLAIN', false, null],
    ['QUIET-01', '2001-02-04', 'QUIET', true, null],
    ['BROKEN-01', '2001-02-05', 'ERROR', false, 'bad_input_parse'],
  ]);
  assert.equal(suite.records[0].text, 'Zandoria and Quillan traded insults & threats.');
  assert.deepEqual(suite.records[0].expected, [{ source: 'ZND', target: 'QLN', event: '121' }, { source: 'QLN', target: 'ZND', event: '121' }]);
});

test('scoring: exact codings, right code only, clean noevents, errors left out, weakest categories', () => {
  const { records } = parsePetrarchXml(XML);
  const report = scorePetrarch(records, [
    [{ source: 'ZND', target: 'QLN', event: '121' }, { source: 'QLN', target: 'ZND', event: '121' }, { source: 'ZND', target: 'QLN', event: '121' }],
    [{ source: 'ZND', target: '---', event: '010' }],
    [],
  ], new Set(['010']));
  assert.deepEqual([report.expected, report.exact, report.eventOnly, report.skipped, report.outsideOntology], [2, 2, 2, 1, 2]);
  assert.deepEqual(report.noEvents, { total: 1, clean: 0, share: 0 });
  assert.deepEqual(report.weakest.map((w) => [w.category, w.examples[0].produced]), [['QUIET', ['010 ZND -> ---']]]);
  const partial = scorePetrarch(records, [[{ source: 'ZND', target: 'XXX', event: '121' }], [], []]);
  assert.deepEqual([partial.exact, partial.eventOnly, partial.noEvents.clean], [0, 1, 1]);
});

const SHARED_XML = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'petrarch2-validation', 'PETR.UnitTest.records.xml');
const noShared = existsSync(SHARED_XML) ? false : `needs ${SHARED_XML} (the PETRARCH validation files), which this clone lacks`;
const dir = mkdtempSync(join(tmpdir(), 'readout-petrarch-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the real validation file: its dictionaries import and code its first record', { skip: noShared }, () => {
  const suite = loadPetrarchSuite(SHARED_XML);
  assert.ok(suite.records.length > 250, `${suite.records.length} records`);
  const knownCodes = new Set(loadDataFile(DEFAULT_DATA_DIR, 'ontology/cameo.json', cameoSchema).codes.map((c) => c.code));
  for (const path of Object.values(suite.dictionaries)) {
    const result = importDictionary(basename(path!), readFileSync(path!, 'utf8'), { knownCodes });
    writeFileSync(join(dir, result.fileName), JSON.stringify(result.data));
  }
  const readout = createReadout({ kbDirs: [dir], kbRulesOnly: true });
  const first = suite.records.find((r) => r.id === 'DEMO-00')!;
  assert.deepEqual(codingsOf(readout.code({ text: first.text, date: first.date ?? undefined })), first.expected);
});

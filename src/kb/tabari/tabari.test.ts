import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseVariants, detectKind, importDictionary, parseActors, parseAgents, parseDiscards, parseVerbs } from './index.js';
import { dictionaryLines, parseCodeGroup, parseTabariDate } from './lines.js';

// Small dictionaries written for these tests, about invented places and people.
const ACTORS = `<!-- invented actors for tests
     spanning two lines -->
ZANDORIA_ [ZND]   # a country
+ZANDORIAN
+THE_ZANDORIAN_REPUBLIC
QUILLAN  [qln] ; legacy comment
BORO_MAZZ
+MAZZ
\t[QLNGOV 20100101 - 20141231]
\t[ZNDREB >150101]
\t[QLN]
FLINT_BRIGADE [ZNDREBFLB]
OLD_VESPA
\t[VSP <991231]
HARBOUR_TWINS [ZND/QLN]
NOBODY_HERE
ODDITY [QLN 2004017-20061201]
`;

const AGENTS = `!FOLK! = FARMER, FARMERS, HERDER
CONSTABLE [~COP]
HIGH_COUNCIL {} [~GOV]
FERRYMAN {FERRYMEN} [~BUS]  # irregular plural
TOWN!FOLK! [~CVL]
RELIEF_SOCIETY [NGO~]
SENTRY [~MIL]
LOOSE_WORD
`;

const VERBS = `&GIFTS
+BLANKETS
+LAMP_OIL
+GRAIN

--- SCOLD  [121] ---
SCOLD {SCOLDED}
+TELL_OFF {+TOLD_OFF}
BERATE [122]
- * HARSHLY [122]
- * OVER &GIFTS [1233]
- NOT * [---]
`;

test('dictionary lines drop XML and # comments but keep [###] codes', () => {
  const lines = dictionaryLines('A [AAA] # note\n<!-- one\ntwo --> B [###]\n\nC ; old\n<! -- slip --> D');
  assert.deepEqual(lines.map((l) => [l.text, l.line]), [['A [AAA]', 1], ['B [###]', 3], ['C', 5], ['D', 6]]);
});

test('TABARI dates: six digits pivot at 30, eight digits as written, impossible dates fail', () => {
  assert.equal(parseTabariDate('150101'), '2015-01-01');
  assert.equal(parseTabariDate('991231'), '1999-12-31');
  assert.equal(parseTabariDate('20100229'), null);
  assert.equal(parseTabariDate('2004017'), null);
  assert.deepEqual(parseCodeGroup('HOB < 950601'), { code: 'HOB', from: null, to: '1995-06-01' });
  assert.deepEqual(parseCodeGroup('<911226'), { code: null, from: null, to: '1991-12-26' });
  assert.deepEqual(parseCodeGroup('---'), { code: null, from: null, to: null });
  assert.match(String(parseCodeGroup('+++')), /not an actor code/);
});

test('actors: synonyms, default and dated codes, lower-case codes, issues', () => {
  const { actors, issues } = parseActors(ACTORS);
  assert.deepEqual(actors.map((a) => a.names[0]), ['ZANDORIA', 'QUILLAN', 'BORO MAZZ', 'FLINT BRIGADE', 'OLD VESPA', 'HARBOUR TWINS', 'NOBODY HERE', 'ODDITY']);
  assert.deepEqual(actors[0].names, ['ZANDORIA', 'ZANDORIAN', 'THE ZANDORIAN REPUBLIC']);
  assert.deepEqual(actors[1].codes, [{ code: 'QLN', from: null, to: null }]);
  assert.deepEqual(actors[2].codes, [
    { code: 'QLNGOV', from: '2010-01-01', to: '2014-12-31' },
    { code: 'ZNDREB', from: '2015-01-01', to: null },
    { code: 'QLN', from: null, to: null },
  ]);
  // A collective actor keeps all its codes: its events code each member.
  assert.deepEqual(actors[5].codes, [{ code: 'ZND/QLN', from: null, to: null }]);
  assert.deepEqual(actors[6].codes, []);
  assert.deepEqual(issues.map((i) => i.line), [17]);
});

test('agents: plurals, {} for none, substitution markers, prefix codes', () => {
  const { agents, issues } = parseAgents(AGENTS);
  assert.deepEqual(agents.map((a) => [a.forms, a.code, a.position]), [
    [['CONSTABLE', 'CONSTABLES'], 'COP', 'suffix'],
    [['HIGH COUNCIL'], 'GOV', 'suffix'],
    [['FERRYMAN', 'FERRYMEN'], 'BUS', 'suffix'],
    [['TOWNFARMER', 'TOWNFARMERS', 'TOWNHERDER'], 'CVL', 'suffix'],
    [['RELIEF SOCIETY', 'RELIEF SOCIETIES'], 'NGO', 'prefix'],
    [['SENTRY', 'SENTRIES'], 'MIL', 'suffix'],
  ]);
  assert.equal(issues.length, 1);
});

test('discards: + for stories, a trailing _ for whole words', () => {
  assert.deepEqual(parseDiscards('+REGATTA_\nCHESS MATCH # a comment').discards.map((d) => [d.text, d.scope, d.exact]), [
    ['REGATTA', 'story', true],
    ['CHESS MATCH', 'sentence', false],
  ]);
});

test('verbs: synsets, blocks, multi-word verbs, forms and patterns', () => {
  const { synsets, blocks } = parseVerbs(VERBS);
  assert.deepEqual(synsets.get('&GIFTS')?.members, ['BLANKETS', 'LAMP_OIL', 'GRAIN']);
  assert.equal(blocks.length, 1);
  const [block] = blocks;
  assert.equal(block.name, 'SCOLD');
  assert.equal(block.code, '121');
  assert.deepEqual(block.verbs.map((v) => [v.words, v.verbAt, v.forms, v.code]), [
    [['scold'], 0, [['scolded']], null],
    [['tell', 'off'], 0, [['told', 'off']], null],
    [['berate'], 0, [], '122'],
  ]);
  assert.deepEqual(block.patterns.map((p) => [p.text, p.code]), [['* HARSHLY', '122'], ['* OVER &GIFTS', '1233'], ['NOT *', '---']]);
});

test('names are written out in the cases text uses', () => {
  assert.deepEqual(caseVariants('NORTH KOREA'), ['North Korea', 'NORTH KOREA']);
  assert.deepEqual(caseVariants('AL-QAEDA'), ['Al-Qaeda', 'Al-qaeda', 'AL-QAEDA']);
  assert.ok(caseVariants('THE AU').includes('the AU'));
  assert.ok(caseVariants('BANK OF ZANDORIA').includes('Bank of Zandoria'));
});

test('the kind of a dictionary comes from its name, then its content', () => {
  assert.equal(detectKind('x.actors.txt', ''), 'actors');
  assert.equal(detectKind('Phoenix.agents.txt', ''), 'agents');
  assert.equal(detectKind('CAMEO.2.0.txt', ''), 'verbs');
  assert.equal(detectKind('mine.txt', VERBS), 'verbs');
  assert.equal(detectKind('mine.txt', AGENTS), 'agents');
  assert.equal(detectKind('mine.txt', ACTORS), 'actors');
  assert.equal(detectKind('mine.txt', 'REGATTA\nCHESS'), 'discards');
});

test('importing actors gives one overlay entry per code period, with a guessed kind', () => {
  const { data, stats, fileName } = importDictionary('Test.Invented.actors.txt', ACTORS);
  assert.equal(fileName, 'test-invented-actors.json');
  assert.equal(data.kind, 'actors-overlay');
  if (data.kind !== 'actors-overlay') return;
  assert.equal(data.version, 'test-invented-actors.v1');
  const mazz = data.actors.filter((a) => a.name === 'Boro Mazz');
  assert.deepEqual(mazz.map((a) => [a.code, a.from, a.to, a.kind]), [
    ['QLNGOV', '2010-01-01', '2014-12-31', 'person'],
    ['ZNDREB', '2015-01-01', undefined, 'person'],
    ['QLN', undefined, undefined, 'person'],
  ]);
  assert.ok(mazz[0].aliases?.includes('Mazz'));
  const zandoria = data.actors.find((a) => a.name === 'Zandoria')!;
  assert.equal(zandoria.kind, 'country');
  assert.ok(zandoria.aliases?.includes('the Zandorian Republic'));
  assert.equal(data.actors.find((a) => a.name === 'Flint Brigade')?.kind, 'organization');
  assert.deepEqual(data.actors.find((a) => a.name === 'Nobody Here')?.code, null);
  assert.deepEqual({ actors: stats.kind === 'actors' && stats.actors, dated: stats.kind === 'actors' && stats.dated }, { actors: 8, dated: 2 });
});

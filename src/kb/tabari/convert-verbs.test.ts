import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertVerbs } from './convert-verbs.js';
import { parseVerbs } from './verbs.js';

const KNOWN = new Set(['020', '030', '0311', '040', '057', '120', '121', '122', '1233', '173']);

/** Converts one block of patterns written for the test; returns the rules' match strings and the stats. */
function convert(block: string, synsets = '') {
  const { rules, stats } = convertVerbs(parseVerbs(`${synsets}\n--- SCOLD [121] ---\nSCOLD {SCOLDED}\n${block}`), {
    idPrefix: 'test-verbs', source: 'test.verbs.txt', knownCodes: KNOWN,
  });
  return { rules, stats, matches: rules.map((r) => `${r.cameo} ${r.match}${r.mutual ? ' (mutual)' : ''}`) };
}

test('a verb alone and a pattern: the verb, then the words with gaps of up to eight words', () => {
  const { matches, rules } = convert('- * HARSHLY [122]\n- * OVER RATIONS [120]');
  assert.deepEqual(matches, ['121 scold|scolded', '122 scold|scolded *8 harshly', '120 scold|scolded *8 over *8 rations']);
  assert.equal(rules[1].origin, 'test.verbs.txt:4 SCOLD: - * HARSHLY [122]');
  assert.ok(rules.every((r) => r.source === 'subject' && r.target === 'after' && r.future === true));
  assert.deepEqual(rules.map((r) => r.id), ['test-verbs.scold.1', 'test-verbs.scold.2', 'test-verbs.scold.3']);
});

test('_ joins words; ^ and a final + are gaps; % before the verb makes subjects mutual', () => {
  assert.deepEqual(convert('- *_OFF_GUARD [120]').matches.slice(1), ['120 scold|scolded off guard']);
  assert.deepEqual(convert('- * AT ^ + [122]').matches.slice(1), ['122 scold|scolded *8 at']);
  assert.deepEqual(convert('- % * LOUDLY [122]').matches.slice(1), ['122 scold|scolded *8 loudly (mutual)']);
  assert.deepEqual(convert('- HAVE * [122]').matches.slice(1), ['122 have * @scold|scolded']);
  assert.deepEqual(convert('- (OVER {LAMP OIL}) * [122]').stats.startBeforeVerb, 1);
});

test('synsets: single words become alternatives, phrases of a length share a variant', () => {
  const synsets = '&GIFTS\n+BLANKETS\n+LAMP_OIL\n+SALT PORK\n+GRAIN\n\n&MORE\n+&GIFTS\n+CANDLES';
  assert.deepEqual(convert('- * OVER &GIFTS [1233]', synsets).matches.slice(1), [
    '1233 scold|scolded *8 over *8 blankets|grain',
    '1233 scold|scolded *8 over *8 lamp|salt oil|pork',
  ]);
  assert.equal(convert('- * &MORE [1233]', synsets).matches.length, 3);
  assert.deepEqual(convert('- * &NOWHERE [120]').stats.skipped, { 'unknown synset': 1 });
});

test('what our rules cannot say is skipped and counted by reason', () => {
  const { stats, rules } = convert([
    '- + * BY [121]', // target before the verb without a source after it
    '- * FROM $ [121]', // source after the verb without a target before it
    '- * + OVER RATIONS [120]', // target inside the pattern
    '- SAID $ * [120]', // source inside the pattern
    '- * RUDELY [---]', // null code: PETRARCH's way to block a verb
    '- * KINDLY [:122]', // only a reciprocal code
    '- * SHARPLY [abc]', // not a code
  ].join('\n'));
  assert.equal(stats.patterns, 7);
  assert.equal(stats.converted, 0);
  assert.deepEqual(stats.skipped, {
    'target before the verb without a source after it': 1, 'source after the verb without a target before it': 1, 'target inside the pattern': 1,
    'source inside the pattern': 1, 'null code': 1, 'reciprocal code only': 1, 'not a CAMEO code': 1,
  });
  assert.equal(rules.length, 1);
  assert.deepEqual(stats.examples['null code'], ['SCOLD: - * RUDELY [---]']);
});

test('negations stay in the pattern and words before the verb make it the marked head', () => {
  const { matches } = convert('- NOT * [122]\n- &NEG * OVER RATIONS [120]', '&NEG\n+DID N\'T\n+WILL NOT');
  assert.deepEqual(matches.slice(1), ['122 not * @scold|scolded', '120 did|will n\'t|not * @scold|scolded *8 over *8 rations']);
});

test('a compound after the verb is the targets', () => {
  assert.deepEqual(convert('- * WITH % [040]').matches.slice(1), ['040 scold|scolded *8 with']);
});

test('a target before the verb and a source after it swap the roles', () => {
  const { rules } = convert('- + * FROM $ [121]\n- + WAS * HARSHLY BY $ [122]');
  assert.deepEqual(rules.slice(1).map((r) => [r.match, r.source, r.target]), [
    ['scold|scolded *8 from', 'after', 'subject'],
    ['was * @scold|scolded *8 harshly *8 by', 'after', 'subject'],
  ]);
});

test('codes outside our ontology become the user code list', () => {
  const { rules, stats } = convert('- * BADLY [999]\n- * WELL [057]');
  assert.deepEqual(rules.map((r) => r.cameo), ['121', '999', '057']);
  assert.deepEqual(stats.userCodes, [{ code: '999', label: 'SCOLD (test.verbs.txt)' }]);
});

test('a reciprocal code codes the reverse event', () => {
  const { rules, stats } = convert('- * OPENLY [040:0311]');
  assert.deepEqual([rules[1].cameo, rules[1].reciprocal], ['040', '0311']);
  assert.equal(stats.reciprocal, 1);
});

test('phrasal verbs get their own rules; a verb with a null code is not coded alone', () => {
  const text = '--- REBUKE [---] ---\nREBUKE\n+TELL_OFF {+TOLD_OFF}\nCHIDE [122]\n- * SHARPLY [120]';
  const { rules, stats } = convertVerbs(parseVerbs(text), { idPrefix: 'v', source: 'v.txt', knownCodes: KNOWN });
  assert.deepEqual(rules.map((r) => `${r.cameo} ${r.match}`), ['122 chide', '120 rebuke|chide *8 sharply', '120 tell|told off *8 sharply']);
  assert.deepEqual(stats.verbsSkipped, { 'null code': 2 });
});

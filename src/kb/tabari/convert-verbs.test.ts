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

test('a verb alone and a pattern: the verb, then the words with gaps', () => {
  const { matches, rules } = convert('- * HARSHLY [122]\n- * OVER RATIONS [120]');
  assert.deepEqual(matches, ['121 scold|scolded', '122 scold|scolded * harshly', '120 scold|scolded * over * rations']);
  assert.equal(rules[1].origin, 'test.verbs.txt:4 SCOLD: - * HARSHLY [122]');
  assert.ok(rules.every((r) => r.source === 'subject' && r.target === 'after' && r.future === true));
  assert.deepEqual(rules.map((r) => r.id), ['test-verbs.scold.1', 'test-verbs.scold.2', 'test-verbs.scold.3']);
});

test('_ joins words; ^ and a final + are gaps; % before the verb makes subjects mutual', () => {
  assert.deepEqual(convert('- *_OFF_GUARD [120]').matches.slice(1), ['120 scold|scolded off guard']);
  assert.deepEqual(convert('- * AT ^ + [122]').matches.slice(1), ['122 scold|scolded * at']);
  assert.deepEqual(convert('- % * LOUDLY [122]').matches.slice(1), ['122 scold|scolded * loudly (mutual)']);
  assert.deepEqual(convert('- HAVE * [122]').matches.slice(1), ['122 have * scold|scolded']);
  assert.deepEqual(convert('- (OVER {LAMP OIL}) * [122]').stats.startBeforeVerb, 1);
});

test('synsets: single words become alternatives, phrases of a length share a variant', () => {
  const synsets = '&GIFTS\n+BLANKETS\n+LAMP_OIL\n+SALT PORK\n+GRAIN\n\n&MORE\n+&GIFTS\n+CANDLES';
  assert.deepEqual(convert('- * OVER &GIFTS [1233]', synsets).matches.slice(1), [
    '1233 scold|scolded * over * blankets|grain',
    '1233 scold|scolded * over * lamp|salt oil|pork',
  ]);
  assert.equal(convert('- * &MORE [1233]', synsets).matches.length, 3);
  assert.deepEqual(convert('- * &NOWHERE [120]').stats.skipped, { 'unknown synset': 1 });
});

test('what our rules cannot say is skipped and counted by reason', () => {
  const { stats, rules } = convert([
    '- NOT * [122]', // our events stage never codes a negated verb
    '- + * BY $ [121]', // target before the verb
    '- * FROM $ [121]', // source after the verb
    '- * + OVER RATIONS [120]', // target inside the pattern
    '- SAID $ * [120]', // source inside the pattern
    '- * WITH % [040]', // compound after the verb
    '- * RUDELY [---]', // null code: PETRARCH's way to block a verb
    '- * KINDLY [:122]', // only a reciprocal code
    '- * SHARPLY [12X]', // not a CAMEO code
    '- * BADLY [999]', // a code our ontology lacks
  ].join('\n'));
  assert.equal(stats.patterns, 10);
  assert.equal(stats.converted, 0);
  assert.deepEqual(stats.skipped, {
    negation: 1, 'target before the verb': 1, 'source after the verb': 1, 'target inside the pattern': 1, 'source inside the pattern': 1,
    'compound actor after the verb': 1, 'null code': 1, 'reciprocal code only': 1, 'not a CAMEO code': 1, 'code outside our CAMEO ontology': 1,
  });
  assert.equal(rules.length, 1);
  assert.deepEqual(stats.examples.negation, ['SCOLD: - NOT * [122]']);
});

test('a reciprocal code keeps the first code and is counted', () => {
  const { matches, stats } = convert('- * OPENLY [040:040]');
  assert.deepEqual(matches.slice(1), ['040 scold|scolded * openly']);
  assert.equal(stats.reciprocalDropped, 1);
});

test('phrasal verbs get their own rules; a verb with a null code is not coded alone', () => {
  const text = '--- REBUKE [---] ---\nREBUKE\n+TELL_OFF {+TOLD_OFF}\nCHIDE [122]\n- * SHARPLY [120]';
  const { rules, stats } = convertVerbs(parseVerbs(text), { idPrefix: 'v', source: 'v.txt', knownCodes: KNOWN });
  assert.deepEqual(rules.map((r) => `${r.cameo} ${r.match}`), ['122 chide', '120 rebuke|chide * sharply', '120 tell|told off * sharply']);
  assert.deepEqual(stats.verbsSkipped, { 'null code': 2 });
});

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Doc, Entity, EntityKind, Mention, MentionKind } from '../doc/types.js';
import { testReadout } from '../testing/readout.js';
import {
  buildBatches, conllPartsOf, conllSpanOf, conllTypeOf, countEntities, entitiesFromTags, loadConll, parseConll, predictedEntities, runConll, scoreConll,
} from './conll.js';
import { needs, SHARED_DATA } from './eval.fixtures.js';

const FILE = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
`;

describe('reading CoNLL', () => {
  it('parses sentences, taking the NER tag from the last column and skipping -DOCSTART-', () => {
    const sentences = parseConll(FILE);
    assert.deepEqual(sentences, [
      { tokens: ['EU', 'rejects', 'German', 'call'], tags: ['B-ORG', 'O', 'B-MISC', 'O'] },
      { tokens: ['Peter', 'Blackburn'], tags: ['B-PER', 'I-PER'] },
    ]);
  });

  it('reads entities from IOB2 and IOB1 tags', () => {
    assert.deepEqual(entitiesFromTags(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']), [
      { start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'LOC' },
    ]);
    assert.deepEqual(entitiesFromTags(['I-ORG', 'I-ORG', 'I-LOC', 'O'], 10), [{ start: 10, end: 12, type: 'ORG' }, { start: 12, end: 13, type: 'LOC' }]);
  });

  it('joins tokens with spaces and sentences with blank lines, recording token offsets', () => {
    const [batch] = buildBatches(parseConll(FILE), 50);
    assert.equal(batch.text, 'EU rejects German call\n\nPeter Blackburn');
    assert.deepEqual(batch.tokenStart, [0, 3, 11, 18, 24, 30]);
    assert.deepEqual(batch.tokenEnd, [2, 10, 17, 22, 29, 39]);
    assert.deepEqual(batch.gold, [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'MISC' }, { start: 4, end: 6, type: 'PER' }]);
    assert.equal(buildBatches(parseConll(FILE), 1).length, 2);
  });
});

describe('conllTypeOf (the mention adapter)', () => {
  const of = (kind: MentionKind, rule: string, entityKind?: EntityKind) => conllTypeOf({ kind, rule }, entityKind ? { kind: entityKind } : undefined);
  it('maps names by entity kind, adjectives and demonyms to MISC, and ignores pronouns, nominals and bare titles', () => {
    assert.equal(of('name', 'actors.person', 'person'), 'PER');
    assert.equal(of('name', 'actors.country', 'country'), 'LOC');
    assert.equal(of('name', 'actors.capital', 'country'), 'LOC');
    assert.equal(of('name', 'actors.igo', 'organization'), 'ORG');
    assert.equal(of('name', 'actors.media', 'media'), 'ORG');
    assert.equal(of('name', 'actors.group.country', 'group'), 'ORG');
    assert.equal(of('adjective', 'actors.adjective', 'country'), 'MISC');
    assert.equal(of('name', 'actors.demonym', 'country'), 'MISC');
    assert.equal(of('title', 'actors.title-name.kb', 'person'), 'PER');
    assert.equal(of('title', 'actors.title.holder', 'person'), null);
    assert.equal(of('pronoun', 'actors.pronoun.recent', 'person'), null);
    assert.equal(of('nominal', 'actors.nominal.media', 'media'), null);
    assert.equal(of('name', 'actors.unknown'), null);
  });

  it('scores the name part when a mention records where it starts', () => {
    assert.deepEqual(conllSpanOf({ start: 0, end: 30 }), { start: 0, end: 30 });
    assert.deepEqual(conllSpanOf({ start: 0, end: 30, nameStart: 25 }), { start: 25, end: 30 });
  });
});

describe('conllPartsOf (names inside a mention)', () => {
  const parts = (text: string, m: Partial<Mention> & Pick<Mention, 'kind' | 'rule'>, kind: EntityKind) =>
    conllPartsOf({ start: 0, end: text.length, ...m }, { kind }, text).map((p) => `${text.slice(p.start, p.end)}/${p.type}`);

  it('splits a composite into its country word and its capitalised name', () => {
    assert.deepEqual(parts('German Foreign Ministry', { kind: 'name', rule: 'actors.organ.country', modifier: { start: 0, end: 6, kind: 'adjective' } }, 'organization'),
      ['German/MISC', 'Foreign Ministry/ORG']);
    assert.deepEqual(parts('Iraqi troops', { kind: 'name', rule: 'actors.group.country', modifier: { start: 0, end: 5, kind: 'adjective' } }, 'group'), ['Iraqi/MISC']);
    assert.deepEqual(parts('U.S. envoy', { kind: 'title', rule: 'actors.title.role', modifier: { start: 0, end: 4, kind: 'name' } }, 'person'), ['U.S./LOC']);
  });

  it('ends a name at its last capitalised word and makes places inside hyphenated words MISC', () => {
    assert.deepEqual(parts('Tass news agency', { kind: 'name', rule: 'actors.media' }, 'media'), ['Tass/ORG']);
    assert.deepEqual(parts('Oslo-based', { kind: 'name', rule: 'actors.capital', end: 4 }, 'country'), ['Oslo-based/MISC']);
  });
});

/** A Doc over `text` with mentions given as [start, end, kind, rule, entity kind]. */
function docWith(text: string, rawOffset: number, mentions: Array<[number, number, MentionKind, string, EntityKind]>): Pick<Doc, 'text' | 'rawOffset' | 'mentions' | 'entities'> {
  const entities: Entity[] = mentions.map(([, , , , kind], i) => ({ id: `e${i}`, name: `e${i}`, kind, actor: null, role: null, gender: null, isNew: false, mentions: [i] }));
  const ms: Mention[] = mentions.map(([start, end, kind, rule], i) => ({ start, end, tokStart: 0, tokEnd: 0, kind, entity: i, rule }));
  return { text, rawOffset, mentions: ms, entities };
}

describe('predictedEntities and scoring', () => {
  const [batch] = buildBatches(parseConll(FILE), 50);

  it('maps mentions onto token spans; mentions inside a token are counted as unaligned', () => {
    const doc = docWith(batch.text, 0, [
      [0, 2, 'name', 'actors.igo', 'organization'],
      [11, 17, 'adjective', 'actors.adjective', 'country'],
      [11, 17, 'adjective', 'actors.adjective', 'country'],
      [24, 39, 'name', 'actors.person', 'person'],
      [11, 15, 'name', 'actors.country', 'country'],
      [3, 10, 'pronoun', 'actors.pronoun.recent', 'person'],
    ]);
    const { entities, unaligned } = predictedEntities(batch, doc);
    assert.deepEqual(entities, batch.gold);
    assert.equal(unaligned, 1);
  });

  it('shifts mentions by the cleaner offset', () => {
    const text = batch.text.slice(24);
    const { entities } = predictedEntities(batch, docWith(text, 24, [[0, 15, 'name', 'actors.person', 'person']]));
    assert.deepEqual(entities, [{ start: 4, end: 6, type: 'PER' }]);
  });

  it('counts a prediction correct only with the same type and token span', () => {
    const counts = countEntities(batch.gold, [{ start: 0, end: 1, type: 'LOC' }, { start: 4, end: 5, type: 'PER' }, { start: 2, end: 3, type: 'MISC' }]);
    assert.deepEqual([counts.LOC.tp, counts.LOC.fp, counts.ORG.fn, counts.PER.fp, counts.PER.fn, counts.MISC.tp], [0, 1, 1, 1, 1, 1]);
    const report = scoreConll([batch], [{ entities: batch.gold.slice(0, 2), unaligned: 2, goldNotInText: 1 }], 2);
    assert.equal(report.overall.tp, 2);
    assert.equal(report.overall.fn, 1);
    assert.equal(report.overall.precision, 1);
    assert.equal(report.overallInKeptText.recall, 1);
    assert.equal(report.unaligned, 2);
    assert.equal(report.tokens, 6);
  });
});

const TESTA = join(SHARED_DATA, 'conll2003', 'eng.testa');
describe('CoNLL-2003 eng.testa (shared data)', () => {
  it('scores the first 100 sentences into a well-formed report', { skip: needs(TESTA) }, () => {
    const sentences = loadConll(TESTA).slice(0, 100);
    const gold = sentences.reduce((n, s) => n + entitiesFromTags(s.tags).length, 0);
    const report = runConll(testReadout(), sentences, 50);
    assert.equal(report.documents, 2);
    assert.equal(report.overall.tp + report.overall.fn, gold);
    for (const p of [report.overall, ...Object.values(report.types)]) assert.ok(p.f1 >= 0 && p.f1 <= 1);
  });
});

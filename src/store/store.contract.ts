/**
 * The shared contract every `Store` implementation must pass. An implementation's test
 * calls `storeContract(name, factory)` with a factory returning a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store, QueryFilter } from './store.js';
import { articleA, articleB, articleC, articleD, HASH } from './store.fixtures.js';
import { exploreContract } from './explore.contract.js';

const WANG = { code: 'CHNGOV', name: 'Wang Yi' };
const XINHUA = { code: 'CHNMED', name: 'Xinhua' };

async function seed(store: Store): Promise<Record<'a' | 'b' | 'c', number>> {
  const a = await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
  const b = await store.saveArticle({ hash: HASH.b, source: 'b.txt', result: articleB() });
  const c = await store.saveArticle({ hash: HASH.c, source: 'c.txt', result: articleC() });
  return { a: a.articleId, b: b.articleId, c: c.articleId };
}

/** Runs the whole contract against stores made by `createStore`. */
export function storeContract(name: string, createStore: () => Promise<Store>): void {
  const withStore = (fn: (store: Store) => Promise<void>) => async () => {
    const store = await createStore();
    try {
      await fn(store);
    } finally {
      await store.close().catch(() => undefined);
    }
  };
  const seeded = (fn: (store: Store, ids: Record<'a' | 'b' | 'c', number>) => Promise<void>) =>
    withStore(async (store) => fn(store, await seed(store)));

  exploreContract(name, createStore);
  describe(`Store contract: ${name}`, () => {
    it('migrates idempotently and starts empty', withStore(async (store) => {
      const version = await store.migrate();
      assert.ok(version >= 1);
      assert.equal(await store.migrate(), version);
      assert.deepEqual(await store.counts(), {
        articles: 0, entities: 0, mentions: 0, events: 0, quotes: 0, stances: 0,
        inputs: { coded: 0, skipped: 0, failed: 0 },
      });
    }));

    it('saves an article with all its layers and records the input as coded', seeded(async (store, ids) => {
      assert.notEqual(ids.a, ids.b);
      assert.deepEqual(await store.counts(), {
        articles: 3, entities: 9, mentions: 13, events: 5, quotes: 4, stances: 2,
        inputs: { coded: 3, skipped: 0, failed: 0 },
      });
      assert.equal(await store.findArticle(HASH.b), ids.b);
      assert.equal(await store.findArticle('f'.repeat(64)), null);
      const inputs = await store.inputs();
      assert.deepEqual(inputs.map((i) => [i.source, i.status, i.reason, i.articleId]), [
        ['a.txt', 'coded', null, ids.a], ['b.txt', 'coded', null, ids.b], ['c.txt', 'coded', null, ids.c],
      ]);
      assert.ok(!Number.isNaN(Date.parse(inputs[0].recordedAt)));
    }));

    it('skips a known content hash without changing anything', seeded(async (store, ids) => {
      const before = await store.counts();
      const again = await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
      assert.deepEqual(again, { articleId: ids.a, status: 'skipped', reason: 'already stored' });
      const copy = await store.saveArticle({ hash: HASH.a, source: 'copy.txt', result: articleA() });
      assert.equal(copy.status, 'skipped');
      const after = await store.counts();
      assert.deepEqual({ ...after, inputs: before.inputs }, before);
      const inputs = await store.inputs();
      const row = (source: string) => inputs.find((i) => i.source === source);
      assert.deepEqual([row('a.txt')?.status, row('a.txt')?.articleId], ['coded', ids.a], 'a coded input stays coded when re-read unchanged');
      assert.deepEqual([row('copy.txt')?.status, row('copy.txt')?.reason, row('copy.txt')?.articleId], ['skipped', 'already stored', ids.a]);
    }));

    it('stores an article whole or not at all', withStore(async (store) => {
      const broken = articleA();
      (broken.events[1] as { cameo: unknown }).cameo = null;
      await assert.rejects(store.saveArticle({ hash: HASH.a, source: 'a.txt', result: broken }));
      assert.equal((await store.counts()).articles, 0);
      assert.equal((await store.counts()).entities, 0);
      assert.equal(await store.findArticle(HASH.a), null);
      assert.deepEqual(await store.inputs(), []);
      assert.equal((await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() })).status, 'coded');
      assert.equal((await store.counts()).events, 2);
    }));

    it('records failed inputs, and a later outcome replaces an earlier one', seeded(async (store, ids) => {
      await store.recordInput('empty.txt', 'failed', 'E_EMPTY: empty file');
      assert.deepEqual((await store.inputs({ status: 'failed' })).map((i) => [i.source, i.reason, i.articleId]), [
        ['empty.txt', 'E_EMPTY: empty file', null],
      ]);
      assert.deepEqual((await store.counts()).inputs, { coded: 3, skipped: 0, failed: 1 });
      await store.recordInput('empty.txt', 'coded', null, ids.c);
      await store.recordInput('a.txt', 'failed', 'E_NOT_FOUND: no such file');
      assert.deepEqual((await store.counts()).inputs, { coded: 3, skipped: 0, failed: 1 });
      assert.equal((await store.inputs({ status: 'failed' }))[0].source, 'a.txt');
    }));

    it('returns events with every field, ordered by date', seeded(async (store, ids) => {
      const events = await store.events();
      assert.deepEqual(events.map((e) => e.rule), ['events.consult.phone', 'events.oppose', 'events.meet', 'events.call', 'events.accuse']);
      const fixture = articleA().events[0];
      const { id, ...consult } = events[0];
      assert.equal(typeof id, 'number');
      assert.deepEqual(consult, {
        articleId: ids.a, articleRef: 'a-china-japan', articleTitle: 'Wang Yi and Taro Kono talk by phone',
        cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, source: WANG, target: { code: 'JPNGOV', name: 'Taro Kono' },
        date: '2017-08-31', text: fixture.text, start: fixture.start, end: fixture.end,
        evidence: fixture.evidence, trigger: fixture.trigger, rule: 'events.consult.phone', reportedBy: null, negated: false, userCode: false,
      });
      assert.equal(events[1].date, '2017-09-01', 'an undated event takes its article date');
      assert.deepEqual(events[1].evidence, articleA().events[1].evidence);
      assert.deepEqual(events[1].reportedBy, WANG);
      assert.equal(events[1].target, null);
      assert.equal(events[3].negated, true);
      assert.equal(events[4].date, null);
      assert.deepEqual(events[4].source, { code: null, name: 'Arakan Liberation Front' });
    }));

    const eventCases: Array<[string, QueryFilter, string[]]> = [
      ['exact actor code', { actor: 'CHNGOV' }, ['events.consult.phone', 'events.call']],
      ['actor code prefix', { actor: 'CHN' }, ['events.consult.phone', 'events.oppose', 'events.call']],
      ['lower-case actor prefix', { actor: 'chn' }, ['events.consult.phone', 'events.oppose', 'events.call']],
      ['actor as target', { actor: 'JPN' }, ['events.consult.phone']],
      ['actor as source or target', { actor: 'RUSGOV' }, ['events.meet', 'events.call']],
      ['actor by exact name', { actor: 'arakan liberation front' }, ['events.accuse']],
      ['no partial names', { actor: 'Arakan' }, []],
      ['CAMEO root', { type: '04' }, ['events.consult.phone', 'events.meet', 'events.call']],
      ['CAMEO full code', { type: '044' }, ['events.meet']],
      ['CAMEO one digit', { type: '1' }, ['events.oppose', 'events.accuse']],
      ['PLOVER name', { type: 'consult' }, ['events.consult.phone', 'events.meet', 'events.call']],
      ['from a month', { from: '2017-09' }, ['events.oppose', 'events.meet', 'events.call']],
      ['to a day, using the event date', { to: '2017-08-31' }, ['events.consult.phone']],
      ['to a month includes the whole month', { to: '2017-09' }, ['events.consult.phone', 'events.oppose']],
      ['one day', { from: '2017-09-01', to: '2017-09-01' }, ['events.oppose']],
      ['a year', { from: '2017', to: '2017' }, ['events.consult.phone', 'events.oppose', 'events.meet', 'events.call']],
      ['text substring, any case', { text: 'PHONE' }, ['events.consult.phone']],
      ['text wildcards are literal', { text: '100%' }, []],
      ['filters combine', { actor: 'CHN', type: '04' }, ['events.consult.phone', 'events.call']],
      ['limit', { limit: 2 }, ['events.consult.phone', 'events.oppose']],
      ['limit and offset', { limit: 2, offset: 2 }, ['events.meet', 'events.call']],
      ['offset past the end', { offset: 10 }, []],
    ];
    for (const [label, filter, rules] of eventCases) {
      it(`filters events: ${label}`, seeded(async (store) => {
        assert.deepEqual((await store.events(filter)).map((e) => e.rule), rules);
      }));
    }

    it('returns and filters quotes', seeded(async (store, ids) => {
      const quotes = await store.quotes();
      assert.deepEqual(quotes.map((q) => q.text), [
        'China firmly opposes the nuclear test', 'Dialogue is the only way out,', 'Moscow supports talks with Pyongyang', 'We will not stop,',
      ]);
      const fixture = articleA().quotes[1];
      const { id, ...direct } = quotes[1];
      assert.equal(typeof id, 'number');
      assert.deepEqual(direct, {
        articleId: ids.a, articleRef: 'a-china-japan', articleTitle: 'Wang Yi and Taro Kono talk by phone',
        kind: 'direct', text: fixture.text, speaker: WANG, via: [XINHUA], content: fixture.content, parts: null,
        cue: fixture.cue, source: fixture.source, rule: 'quotes.direct.after', date: '2017-09-01',
      });
      assert.equal(quotes[3].speaker, null);
      assert.equal(quotes[3].source, null);
      const texts = async (filter: QueryFilter) => (await store.quotes(filter)).map((q) => q.text);
      assert.deepEqual(await texts({ actor: 'CHNGOV' }), ['China firmly opposes the nuclear test', 'Dialogue is the only way out,']);
      assert.deepEqual(await texts({ actor: 'RUS' }), ['Moscow supports talks with Pyongyang']);
      assert.deepEqual(await texts({ type: 'direct' }), ['Dialogue is the only way out,', 'We will not stop,']);
      assert.deepEqual(await texts({ text: 'not stop' }), ['We will not stop,']);
      assert.deepEqual(await texts({ from: '2017-10' }), ['Moscow supports talks with Pyongyang']);
      assert.deepEqual(await texts({ limit: 1, offset: 3 }), ['We will not stop,']);
    }));

    it('returns and filters stances', seeded(async (store) => {
      const stances = await store.stances();
      assert.deepEqual(stances.map((s) => [s.holder.code, s.polarity, s.issue, s.text, s.date]), [
        ['CHN', 'oppose', 'nuclear test', 'firmly opposes the nuclear test', '2017-09-01'],
        ['RUS', 'support', 'talks with North Korea', 'supports talks with Pyongyang', '2017-10-15'],
      ]);
      const fixture = articleA().stances[0];
      assert.deepEqual([stances[0].start, stances[0].end, stances[0].rule], [fixture.start, fixture.end, fixture.rule]);
      const issues = async (filter: QueryFilter) => (await store.stances(filter)).map((s) => s.issue);
      assert.deepEqual(await issues({ actor: 'RUS' }), ['talks with North Korea']);
      assert.deepEqual(await issues({ type: 'support' }), ['talks with North Korea']);
      assert.deepEqual(await issues({ type: 'Nuclear Test' }), ['nuclear test']);
      assert.deepEqual(await issues({ text: 'pyongyang' }), ['talks with North Korea']);
      assert.deepEqual(await issues({ to: '2017-09' }), ['nuclear test']);
      assert.equal(stances[0].target, null);
    }));

    it('keeps user-coded events, interrupted quotes and stances toward an actor', withStore(async (store) => {
      const fixture = articleD();
      const { articleId } = await store.saveArticle({ hash: HASH.d, source: 'd.txt', result: fixture });
      await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
      assert.deepEqual((await store.article(articleId))?.result, fixture);
      const userCoded = (await store.events()).filter((e) => e.userCode);
      assert.deepEqual(userCoded.map((e) => [e.cameo, e.plover]), [['1961', null]]);
      assert.deepEqual((await store.searchEvents({ actor: 'JPN' })).rows.map((e) => [e.cameo, e.userCode]).sort(), [['040', false], ['1961', true]]);
      const [quote] = await store.quotes({ actor: 'JPNGOV' });
      assert.deepEqual([quote.text, quote.content, quote.parts], [fixture.quotes[0].text, fixture.quotes[0].content, fixture.quotes[0].parts]);
      const found = await store.searchQuotes({ text: 'respond partners' });
      assert.deepEqual(found.rows.map((q) => [q.content.text, q.parts]), [[fixture.quotes[0].content.text, fixture.quotes[0].parts]]);
      const toward = async (filter: QueryFilter) => (await store.stances(filter)).map((s) => [s.holder.code, s.polarity, s.target?.code]);
      assert.deepEqual(await toward({ actor: 'PRK' }), [['JPN', 'oppose', 'PRK']], 'an actor filter matches the target');
      assert.deepEqual(await toward({ actor: 'north korea' }), [['JPN', 'oppose', 'PRK']]);
      assert.deepEqual(await toward({ actor: 'JPN' }), [['JPN', 'oppose', 'PRK']]);
    }));

    it('aggregates actors across articles', seeded(async (store) => {
      const actors = await store.actors();
      assert.deepEqual(actors.map((a) => a.name), [
        'Wang Yi', 'Sergey Lavrov', 'Arakan Liberation Front', 'China', 'Myanmar', 'Rex Tillerson', 'Taro Kono', 'Xinhua',
      ]);
      assert.deepEqual(actors[0], {
        code: 'CHNGOV', name: 'Wang Yi', kind: 'person', role: 'Foreign Minister', isNew: false, articles: 2, mentions: 4, events: 2,
      });
      assert.deepEqual(actors.map((a) => a.events), [2, 2, 1, 1, 1, 1, 1, 0]);
      const names = async (filter: QueryFilter) => (await store.actors(filter)).map((a) => a.name);
      assert.deepEqual(await names({ isNew: true }), ['Arakan Liberation Front']);
      assert.equal((await names({ isNew: false })).includes('Arakan Liberation Front'), false);
      assert.deepEqual(await names({ actor: 'CHN' }), ['Wang Yi', 'China', 'Xinhua']);
      assert.deepEqual(await names({ type: 'person' }), ['Wang Yi', 'Sergey Lavrov', 'Rex Tillerson', 'Taro Kono']);
      assert.deepEqual(await names({ text: 'lib' }), ['Arakan Liberation Front']);
      assert.deepEqual(await names({ limit: 2, offset: 1 }), ['Sergey Lavrov', 'Arakan Liberation Front']);
      const october = await store.actors({ from: '2017-10' });
      assert.deepEqual(october.map((a) => [a.name, a.articles, a.mentions, a.events]), [
        ['Sergey Lavrov', 1, 3, 2], ['Rex Tillerson', 1, 1, 1], ['Wang Yi', 1, 1, 1],
      ]);
    }));

    it('returns and filters articles', seeded(async (store, ids) => {
      const articles = await store.articles();
      assert.deepEqual(articles.map((a) => a.id), [ids.a, ids.b, ids.c]);
      const a = articles[0];
      const fixture = articleA();
      assert.deepEqual(
        [a.ref, a.hash, a.source, a.title, a.date, a.publisher, a.chars, a.offset, a.events, a.quotes, a.stances],
        ['a-china-japan', HASH.a, 'a.txt', fixture.document.title, '2017-09-01', XINHUA, fixture.document.text.length, 0, 2, 2, 1],
      );
      assert.deepEqual(a.provenance, fixture.provenance);
      assert.ok(fixture.document.text.startsWith(a.snippet.replace(/…$/, '')));
      assert.ok(!Number.isNaN(Date.parse(a.codedAt)));
      assert.deepEqual([articles[2].date, articles[2].title, articles[2].publisher, articles[2].stances], [null, null, null, 0]);
      const refs = async (filter: QueryFilter) => (await store.articles(filter)).map((r) => r.ref);
      assert.deepEqual(await refs({ actor: 'CHNGOV' }), ['a-china-japan', 'b-russia-us']);
      assert.deepEqual(await refs({ actor: 'MMR' }), ['c-new-actor']);
      assert.deepEqual(await refs({ actor: 'Arakan Liberation Front' }), ['c-new-actor']);
      assert.deepEqual(await refs({ type: '112' }), ['c-new-actor']);
      assert.deepEqual(await refs({ type: 'CONSULT' }), ['a-china-japan', 'b-russia-us']);
      assert.deepEqual(await refs({ from: '2017-10-01' }), ['b-russia-us']);
      assert.deepEqual(await refs({ text: 'manila' }), ['b-russia-us']);
      assert.deepEqual(await refs({ text: 'Tillerson, Manila' }), ['b-russia-us']);
      assert.deepEqual(await refs({ text: 'Manila Myanmar' }), []);
      assert.deepEqual(await refs({ text: 'talk phone' }), ['a-china-japan'], 'titles are searched too');
      assert.deepEqual(await refs({ text: '"Manila OR' }), [], 'query syntax in user text is taken literally');
      assert.deepEqual(await refs({ text: '***' }), []);
      assert.deepEqual(await refs({ limit: 1, offset: 1 }), ['b-russia-us']);
    }));

    it('rejects malformed filters with E_FILTER', seeded(async (store) => {
      await assert.rejects(store.events({ from: 'yesterday' }), { code: 'E_FILTER' });
      await assert.rejects(store.articles({ limit: -1 }), { code: 'E_FILTER' });
    }));

    it('rejects calls after close with E_CLOSED', withStore(async (store) => {
      await store.close();
      await assert.rejects(store.events(), { code: 'E_CLOSED' });
    }));
  });
}

/**
 * The shared contract for the explore methods of a `Store` (searches with totals,
 * aggregates, one article with its layers). `storeContract` runs it for every store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventSearch, Store } from './store.js';
import { articleA, articleB, articleC, HASH } from './store.fixtures.js';

type Ids = Record<'a' | 'b' | 'c', number>;

async function seed(store: Store): Promise<Ids> {
  const a = await store.saveArticle({ hash: HASH.a, source: 'a.txt', result: articleA() });
  const b = await store.saveArticle({ hash: HASH.b, source: 'b.txt', result: articleB() });
  const c = await store.saveArticle({ hash: HASH.c, source: 'c.txt', result: articleC() });
  return { a: a.articleId, b: b.articleId, c: c.articleId };
}

const ALF = 'Arakan Liberation Front';

/** Runs the explore contract against stores made by `createStore`. */
export function exploreContract(name: string, createStore: () => Promise<Store>): void {
  const seeded = (fn: (store: Store, ids: Ids) => Promise<void>) => async () => {
    const store = await createStore();
    try {
      await fn(store, await seed(store));
    } finally {
      await store.close().catch(() => undefined);
    }
  };

  describe(`Store explore contract: ${name}`, () => {
    it('searches events with filters, sorting, paging and a total', seeded(async (store, ids) => {
      const rules = async (search: EventSearch) => (await store.searchEvents(search)).rows.map((e) => e.rule);
      const all = await store.searchEvents();
      assert.deepEqual(all.rows.map((e) => e.rule), ['events.call', 'events.meet', 'events.oppose', 'events.consult.phone', 'events.accuse'], 'newest first, undated last');
      assert.deepEqual([all.total, all.exact], [5, true]);
      const listed = await store.events();
      for (const row of all.rows) assert.deepEqual(row, listed.find((e) => e.id === row.id), 'the same rows as events()');
      const cases: Array<[EventSearch, string[]]> = [
        [{ actor: 'CHN' }, ['events.call', 'events.oppose', 'events.consult.phone']],
        [{ actor: 'rusgov', partner: 'USA' }, ['events.meet']],
        [{ actor: 'CHNGOV', partner: 'RUSGOV' }, ['events.call']],
        [{ actor: 'CHN', exact: true }, ['events.oppose']],
        [{ actor: 'RUS', partner: 'USA', exact: true }, []],
        [{ actorName: ALF }, ['events.accuse']],
        [{ country: 'JPN' }, ['events.consult.phone']],
        [{ cameo: '04' }, ['events.call', 'events.meet', 'events.consult.phone']],
        [{ cameo: '044' }, ['events.meet']],
        [{ plover: 'consult' }, ['events.call', 'events.meet', 'events.consult.phone']],
        [{ quad: [3, 4] }, ['events.oppose', 'events.accuse']],
        [{ from: '2017-09' }, ['events.call', 'events.meet', 'events.oppose']],
        [{ to: '2017-08' }, ['events.consult.phone']],
        [{ text: 'nuclear test' }, ['events.oppose']],
        [{ text: 'MYANMAR villages' }, ['events.accuse']],
        [{ text: '***' }, []],
        [{ negated: false, actor: 'CHNGOV' }, ['events.consult.phone']],
        [{ articleId: ids.b }, ['events.call', 'events.meet']],
        [{ sort: 'date' }, ['events.accuse', 'events.consult.phone', 'events.oppose', 'events.meet', 'events.call']],
        [{ sort: 'goldstein' }, ['events.accuse', 'events.oppose', 'events.consult.phone', 'events.call', 'events.meet']],
        [{ sort: '-goldstein', limit: 1 }, ['events.meet']],
        [{ actor: 'CHN', sort: 'goldstein' }, ['events.oppose', 'events.consult.phone', 'events.call']],
        [{ actor: 'RUS', partner: 'CH' }, ['events.call']],
        [{ country: 'RUS', sort: '-goldstein' }, ['events.meet', 'events.call']],
        [{ quad: [1], sort: '-goldstein' }, ['events.meet', 'events.call', 'events.consult.phone']],
        [{ cameo: '04', sort: 'goldstein' }, ['events.consult.phone', 'events.call', 'events.meet']],
        [{ plover: 'CONSULT', sort: '-goldstein', to: '2017-09' }, ['events.consult.phone']],
        [{ actor: 'CHN', text: 'phone' }, ['events.consult.phone']],
        [{ actorName: ALF, sort: 'goldstein', quad: [3] }, ['events.accuse']],
      ];
      for (const [search, expected] of cases) assert.deepEqual(await rules(search), expected, JSON.stringify(search));
      const page = await store.searchEvents({ limit: 2, offset: 1 });
      assert.deepEqual([page.rows.map((e) => e.rule), page.total], [['events.meet', 'events.oppose'], 5]);
      assert.equal((await store.searchEvents({ actor: 'CHN', limit: 1 })).total, 3);
      await assert.rejects(store.searchEvents({ from: 'soon' }), { code: 'E_FILTER' });
    }));

    it('exports every matching event in id order', seeded(async (store) => {
      const ids: number[] = [];
      for await (const event of store.eachEvent({ actor: 'CHN' })) ids.push(event.id);
      assert.equal(ids.length, 3);
      assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
      let n = 0;
      for await (const _ of store.eachEvent()) n++;
      assert.equal(n, 5);
    }));

    it('searches quotes by speaker, outlet, kind and words, with the publisher', seeded(async (store) => {
      const texts = async (search: Parameters<Store['searchQuotes']>[0]) => (await store.searchQuotes(search)).rows.map((q) => q.text);
      assert.deepEqual(await texts({}), ['Moscow supports talks with Pyongyang', 'Dialogue is the only way out,', 'China firmly opposes the nuclear test', 'We will not stop,']);
      assert.deepEqual(await texts({ speaker: 'CHN' }), ['Dialogue is the only way out,', 'China firmly opposes the nuclear test']);
      assert.deepEqual(await texts({ speaker: 'CHN', exact: true }), []);
      assert.deepEqual(await texts({ outlet: 'Xinhua' }), ['Dialogue is the only way out,', 'China firmly opposes the nuclear test'], 'relayed by, or published by');
      assert.deepEqual(await texts({ outlet: 'CHNMED', kind: 'direct' }), ['Dialogue is the only way out,']);
      assert.deepEqual(await texts({ text: 'dialogue' }), ['Dialogue is the only way out,']);
      assert.deepEqual(await texts({ from: '2017-10' }), ['Moscow supports talks with Pyongyang']);
      assert.deepEqual(await texts({ speaker: 'RUSGOV', exact: true, text: 'moscow' }), ['Moscow supports talks with Pyongyang']);
      assert.deepEqual(await texts({ speakerName: 'Nobody' }), []);
      assert.deepEqual(await texts({ attributed: false }), ['We will not stop,']);
      assert.deepEqual(await texts({ attributed: true, kind: 'direct' }), ['Dialogue is the only way out,']);
      const [dialogue] = (await store.searchQuotes({ text: 'dialogue' })).rows;
      assert.deepEqual([dialogue.speaker, dialogue.via, dialogue.publisher], [
        { code: 'CHNGOV', name: 'Wang Yi' }, [{ code: 'CHNMED', name: 'Xinhua' }], { code: 'CHNMED', name: 'Xinhua' },
      ]);
      assert.equal((await store.searchQuotes({ limit: 1 })).total, 4);
    }));

    it('searches articles newest first or by full text, with highlights', seeded(async (store) => {
      const refs = async (search: Parameters<Store['searchArticles']>[0]) => (await store.searchArticles(search)).rows.map((a) => a.ref);
      assert.deepEqual(await refs({}), ['b-russia-us', 'a-china-japan', 'c-new-actor']);
      assert.deepEqual(await refs({ sort: 'date' }), ['c-new-actor', 'a-china-japan', 'b-russia-us']);
      assert.deepEqual(await refs({ from: '2017-10' }), ['b-russia-us']);
      assert.deepEqual(await refs({ text: 'talk phone', sort: 'rank' }), ['a-china-japan']);
      assert.deepEqual(await refs({ text: '"OR' }), []);
      const hit = await store.searchArticles({ text: 'manila' });
      assert.deepEqual([hit.total, hit.rows[0].events], [1, 2]);
      assert.match(hit.rows[0].highlight ?? '', /\u0002Manila\u0003/);
      assert.equal((await store.searchArticles({})).rows[0].highlight, null);
    }));

    it('reads an article back with all its layers as the output contract', seeded(async (store, ids) => {
      const stored = await store.article(ids.a);
      assert.ok(stored);
      assert.deepEqual(stored.result, articleA());
      assert.deepEqual(stored.article, (await store.articles()).find((a) => a.id === ids.a));
      assert.deepEqual((await store.article(ids.b))?.result, articleB());
      assert.deepEqual((await store.article(ids.c))?.result, articleC());
      assert.equal(await store.article(ids.c + 1000), null);
    }));

    it('counts events per month and quad class, leaving out negated and undated ones', seeded(async (store) => {
      assert.deepEqual(await store.timeline(), [
        { month: '2017-08', quad: 1, events: 1, goldstein: 1 },
        { month: '2017-09', quad: 3, events: 1, goldstein: -2 },
        { month: '2017-10', quad: 1, events: 1, goldstein: 2.8 },
      ]);
      assert.deepEqual((await store.timeline({ from: '2017-09-15', to: '2017-09' })).map((p) => p.month), ['2017-09']);
    }));

    it('ranks and searches actors', seeded(async (store) => {
      assert.deepEqual((await store.topActors({ limit: 3 })).map((a) => [a.key, a.code, a.events]), [
        [ALF, null, 1], ['CHN', 'CHN', 1], ['CHNGOV', 'CHNGOV', 1],
      ]);
      assert.deepEqual((await store.topActors({ from: '2017-10' })).map((a) => [a.key, a.goldstein]), [['RUSGOV', 2.8], ['USAGOV', 2.8]]);
      assert.deepEqual(await store.searchActors({ text: 'wang' }), [
        { key: 'CHNGOV', code: 'CHNGOV', name: 'Wang Yi', kind: 'person', articles: 2, events: 1, isNew: false },
      ]);
      assert.deepEqual((await store.searchActors({ text: 'chn' })).map((a) => a.key), ['CHNGOV', 'CHN', 'CHNMED']);
      assert.deepEqual((await store.searchActors({ kind: 'group' })).map((a) => [a.key, a.code, a.isNew]), [[ALF, null, true]]);
    }));

    it('profiles an actor: names and roles, event types, partners, months, quotes and stances', seeded(async (store) => {
      const wang = await store.actorProfile('CHNGOV');
      assert.ok(wang);
      assert.deepEqual(wang.names.map((n) => [n.name, n.role, n.first, n.last]), [
        ['Wang Yi', null, '2017-10-15', '2017-10-15'], ['Wang Yi', 'Foreign Minister', '2017-09-01', '2017-09-01'],
      ]);
      assert.deepEqual([wang.events, wang.asSource, wang.asTarget, wang.goldstein, wang.quotes, wang.stances], [1, 1, 0, 1, 2, 0]);
      assert.deepEqual(wang.byType, [{ root: '04', side: 'source', events: 1, goldstein: 1 }]);
      assert.deepEqual(wang.partners.map((p) => [p.key, p.events, p.outgoing, p.incoming]), [['JPNGOV', 1, 1, 0]]);
      assert.deepEqual(wang.months, [{ month: '2017-08', events: 1, goldstein: 1 }]);
      const alf = await store.actorProfile(ALF);
      assert.deepEqual([alf?.code, alf?.names[0].isNew, alf?.partners.map((p) => p.key)], [null, true, ['MMR']]);
      assert.equal((await store.actorProfile('CHN'))?.stances, 1);
      assert.equal(await store.actorProfile('ZZZ'), null);
    }));

    it('gives dyads per month and the network of interacting pairs', seeded(async (store) => {
      assert.deepEqual(await store.dyad('JPNGOV', 'CHNGOV'), [{ month: '2017-08', events: 1, goldstein: 1, forward: 0, backward: 1 }]);
      assert.deepEqual(await store.dyad('CHNGOV', 'RUSGOV'), [], 'a negated call is no interaction');
      const net = await store.network();
      assert.deepEqual(net.edges, [
        { source: ALF, target: 'MMR', events: 1, goldstein: -2 },
        { source: 'CHNGOV', target: 'JPNGOV', events: 1, goldstein: 1 },
        { source: 'RUSGOV', target: 'USAGOV', events: 1, goldstein: 2.8 },
      ]);
      assert.equal(net.nodes.length, 6);
      assert.deepEqual(net.nodes.find((n) => n.key === 'MMR'), { key: 'MMR', code: 'MMR', name: 'Myanmar', events: 1, goldstein: -2 });
      assert.deepEqual((await store.network({ from: '2017-10' })).edges.map((e) => e.source), ['RUSGOV']);
      assert.deepEqual((await store.network({ from: '2017', to: '2017' })).edges.map((e) => e.source), ['CHNGOV', 'RUSGOV']);
      assert.deepEqual((await store.network({ from: '2016-12', to: '2017-09-30' })).edges.map((e) => e.source), ['CHNGOV']);
      assert.deepEqual((await store.network({ from: '2018' })).edges, []);
      assert.deepEqual((await store.network({ actor: 'MMR' })).edges.map((e) => e.source), [ALF]);
      assert.deepEqual((await store.network({ minEvents: 2 })).edges, []);
    }));

    it('builds the stance matrix of actors by issues', seeded(async (store) => {
      assert.deepEqual(await store.stanceMatrix(), {
        actors: [{ key: 'CHN', code: 'CHN', name: 'China', stances: 1 }, { key: 'RUS', code: 'RUS', name: 'Russia', stances: 1 }],
        issues: [{ issue: 'nuclear test', stances: 1 }, { issue: 'talks with North Korea', stances: 1 }],
        cells: [
          { actor: 'CHN', issue: 'nuclear test', support: 0, oppose: 1 },
          { actor: 'RUS', issue: 'talks with North Korea', support: 1, oppose: 0 },
        ],
      });
      assert.deepEqual((await store.stanceMatrix({ issue: 'talks' })).actors.map((a) => a.key), ['RUS']);
      assert.deepEqual((await store.stanceMatrix({ actor: 'CHN', issues: 5 })).cells.map((c) => [c.actor, c.issue]), [['CHN', 'nuclear test']]);
    }));
  });
}

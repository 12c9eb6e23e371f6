import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { articleA, articleB, articleC, articleD, HASH } from '../store/store.fixtures.js';
import { createApp } from './index.js';
import { ROUTES } from './routes.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-api-'));
let store: Store;
let ids: Record<'a' | 'b' | 'c', number>;
let app: ReturnType<typeof createApp>;

before(async () => {
  store = await openSqliteStore(join(dir, 'api.db'));
  const save = async (hash: string, result: ReturnType<typeof articleA>) => (await store.saveArticle({ hash, source: 'x.txt', result })).articleId;
  ids = { a: await save(HASH.a, articleA()), b: await save(HASH.b, articleB()), c: await save(HASH.c, articleC()) };
  app = createApp({ store, assetsDir: null, version: '9.9.9' });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await app.request(path, init);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('API: reading', () => {
  it('gives counts and server facts', async () => {
    const { status, body } = await json('/api/stats');
    assert.equal(status, 200);
    assert.deepEqual([body.counts.articles, body.counts.events, body.version, body.writeNeedsToken], [3, 5, '9.9.9', false]);
  });

  it('lists, searches and opens articles with all their layers', async () => {
    assert.deepEqual((await json('/api/articles')).body.rows.map((a: { ref: string }) => a.ref), ['b-russia-us', 'a-china-japan', 'c-new-actor']);
    const search = await json('/api/search?q=manila');
    assert.deepEqual([search.body.total, search.body.rows[0].ref], [1, 'b-russia-us']);
    assert.match(search.body.rows[0].highlight, /\u0002Manila\u0003/);
    const one = await json(`/api/articles/${ids.a}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body.result, articleA());
    assert.equal(one.body.article.id, ids.a);
    const missing = await json('/api/articles/999999');
    assert.deepEqual([missing.status, missing.body.error.code], [404, 'E_NOT_FOUND']);
  });

  it('filters, sorts and pages events', async () => {
    const rules = async (query: string) => (await json(`/api/events?${query}`)).body.rows.map((e: { rule: string }) => e.rule);
    assert.deepEqual(await rules('actor=chn&quad=1,2'), ['events.call', 'events.consult.phone']);
    assert.deepEqual(await rules('actor=CHNGOV&partner=RUSGOV&exact=true'), ['events.call']);
    assert.deepEqual(await rules('country=mmr'), ['events.accuse']);
    assert.deepEqual(await rules('cameo=04&sort=-goldstein&limit=1'), ['events.meet']);
    assert.deepEqual(await rules('plover=consult&negated=false&from=2017-10'), ['events.meet']);
    assert.deepEqual(await rules('text=nuclear+test'), ['events.oppose']);
    assert.deepEqual(await rules(`name=${encodeURIComponent('Arakan Liberation Front')}`), ['events.accuse']);
    assert.deepEqual(await rules(`article=${ids.b}`), ['events.call', 'events.meet']);
    const page = (await json('/api/events?limit=2&offset=2')).body;
    assert.deepEqual([page.rows.length, page.total, page.exact], [2, 5, true]);
  });

  it('answers the aggregates with readable actor labels', async () => {
    const top = (await json('/api/actors/top?limit=3')).body;
    assert.deepEqual(top.map((a: { key: string; label: string }) => [a.key, a.label]), [
      ['Arakan Liberation Front', 'Arakan Liberation Front'], ['CHN', 'China'], ['CHNGOV', 'China: Government'],
    ]);
    assert.deepEqual((await json('/api/timeline?from=2017-09')).body.map((p: { month: string }) => p.month), ['2017-09', '2017-10']);
    const profile = (await json('/api/actors/CHNGOV')).body;
    assert.deepEqual([profile.label, profile.partners[0].key, profile.partners[0].label], ['China: Government', 'JPNGOV', 'Japan: Government']);
    assert.equal((await json(`/api/actors/${encodeURIComponent('Arakan Liberation Front')}`)).body.code, null);
    assert.equal((await json('/api/actors/NOPE')).status, 404);
    assert.deepEqual((await json('/api/actors?text=wang')).body.map((a: { key: string }) => a.key), ['CHNGOV']);
    assert.deepEqual((await json('/api/dyads?a=JPNGOV&b=CHNGOV')).body.months, [{ month: '2017-08', events: 1, goldstein: 1, forward: 0, backward: 1 }]);
    const net = (await json('/api/network?limit=2')).body;
    assert.deepEqual([net.edges.length, net.nodes.length, net.nodes.find((n: { key: string }) => n.key === 'MMR').label], [2, 4, 'Myanmar']);
    const matrix = (await json('/api/stances/matrix')).body;
    assert.deepEqual(matrix.actors.map((a: { label: string }) => a.label), ['China', 'Russia']);
    assert.deepEqual((await json('/api/stances?actor=CHN&issue=nuclear+test')).body.rows.map((s: { polarity: string }) => s.polarity), ['oppose']);
    assert.deepEqual((await json('/api/quotes?outlet=Xinhua&kind=direct')).body.rows.map((q: { text: string }) => q.text), ['Dialogue is the only way out,']);
    assert.deepEqual((await json('/api/quotes?attributed=false')).body.rows.map((q: { text: string }) => q.text), ['We will not stop,']);
    const onto = (await json('/api/ontology')).body;
    assert.equal(onto.roots.find((r: { code: string }) => r.code === '04').label, 'Consult');
    assert.ok(onto.plover.some((p: { name: string }) => p.name === 'CONSULT'));
  });
});

describe('API: validation', () => {
  it('answers a bad parameter with a 400 that names it', async () => {
    const cases: Array<[string, string]> = [
      ['/api/events?quad=5', 'quad'], ['/api/events?limit=0', 'limit'], ['/api/events?limit=ten', 'limit'], ['/api/events?from=yesterday', 'from'],
      ['/api/events?actor=C%20N', 'actor'], ['/api/events?sort=up', 'sort'], ['/api/events?country=CHINA', 'country'], ['/api/events?cameo=0x', 'cameo'],
      ['/api/events?negated=maybe', 'negated'], ['/api/events?offset=-1', 'offset'], ['/api/events?bogus=1', 'bogus'], ['/api/events?actor=CHN&actor=RUS', 'actor'],
      ['/api/articles?sort=best', 'sort'], ['/api/search', 'q'], ['/api/articles/abc', 'id'], ['/api/dyads?a=CHN', 'b'], ['/api/network?limit=100000', 'limit'],
      ['/api/quotes?kind=loud', 'kind'], ['/api/stances/matrix?actors=0', 'actors'], ['/api/actors?kind=planet', 'kind'], ['/api/timeline?to=2017-9', 'to'],
      ['/api/stats?x=1', 'x'], [`/api/events?text=${'x'.repeat(201)}`, 'text'],
    ];
    for (const [path, field] of cases) {
      const { status, body } = await json(path);
      assert.equal(status, 400, path);
      assert.equal(body.error.field, field, path);
      assert.equal(body.error.code, 'E_PARAM', path);
      assert.ok(body.error.message.startsWith(`${field}: `), `${path}: ${body.error.message}`);
    }
  });

  it('answers unknown API paths with JSON 404s', async () => {
    const { status, body } = await json('/api/nothing');
    assert.deepEqual([status, body.error.code], [404, 'E_NOT_FOUND']);
  });

  it('describes every route and parameter in the OpenAPI document', async () => {
    const { status, body } = await json('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const route of ROUTES) {
      const op = body.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
      assert.ok(op, `${route.method} ${route.path}`);
      assert.deepEqual(op.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name).sort(), Object.keys(route.query.shape).sort());
    }
    const quad = body.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'quad');
    assert.deepEqual([quad.required, quad.schema.type, typeof quad.description], [false, 'string', 'string']);
    assert.equal(body.paths['/api/articles/{id}'].get.parameters[0].required, true);
    assert.ok(body.paths['/api/code'].post.requestBody.content['application/json'].schema.properties.text);
  });
});

describe('API: exports', () => {
  it('streams CSV with GDELT-like columns, JSON lines and PLOVER JSON', async () => {
    const csv = await app.request('/api/events.csv?actor=CHN');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="events.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code,Actor1Name,Actor1CountryCode,Actor2Code/);
    assert.match(lines[1], /^\d+,20170831,201708,2017,CHNGOV,Wang Yi,CHN,JPNGOV,Taro Kono,JPN,040,040,04,1,1,CONSULT,0,/);
    const jsonl = (await (await app.request('/api/events.jsonl?limit=2')).text()).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(jsonl.length, 2);
    assert.deepEqual(jsonl[0], (await store.searchEvents({ sort: 'date' })).rows.find((e) => e.id === jsonl[0].id));
    const plover = JSON.parse(await (await app.request('/api/events.plover.json')).text());
    assert.equal(plover.length, 5);
    assert.deepEqual(Object.keys(plover[0]).slice(0, 5), ['event_id', 'event_date', 'event_type', 'event_mode', 'event_text']);
    assert.deepEqual([plover[0].actor.country, plover[0].event_type], ['CHN', 'CONSULT']);
    assert.equal((await app.request('/api/events.csv?quad=9')).status, 400);
  });
});

describe('API: optional contract fields', () => {
  it('returns stance targets and quote parts, and marks user-coded events in exports', async () => {
    const own = await openSqliteStore(join(dir, 'optional.db'));
    const fixture = articleD();
    await own.saveArticle({ hash: HASH.d, source: 'd.txt', result: fixture });
    const ownApp = createApp({ store: own, assetsDir: null, version: '9.9.9' });
    const get = async (path: string) => (await (await ownApp.request(path)).json()) as any;
    assert.deepEqual((await get('/api/stances?actor=PRK')).rows.map((s: any) => [s.holder.code, s.target]), [['JPN', fixture.stances[0].target]]);
    assert.deepEqual((await get('/api/quotes?text=partners')).rows.map((q: any) => q.parts), [fixture.quotes[0].parts]);
    assert.deepEqual((await get('/api/events')).rows.map((e: any) => [e.cameo, e.plover, e.userCode]), [['1961', null, true]]);
    const csv = (await (await ownApp.request('/api/events.csv')).text()).trim().split('\n');
    assert.match(csv[0], /,RuleId,IsUserCode$/);
    assert.match(csv[1], /,events\.user\.close,1$/);
    assert.deepEqual(JSON.parse(await (await ownApp.request('/api/events.plover.json')).text()), [], 'a user code is no PLOVER category');
    await own.close();
  });
});

describe('API: coding and writing', () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, target = app) =>
    target.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('codes text into the readout code contract and stores it on request', async () => {
    const text = 'MOSCOW, March 3 (Reuters) - Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on Tuesday.';
    const coded = await post('/api/code', { text, id: 'mine' });
    assert.equal(coded.status, 200);
    const result = await coded.json();
    assert.equal(result.id, 'mine');
    assert.equal(result.document.text, text.slice(result.document.offset));
    assert.ok(result.events.some((e: { source: { code: string } }) => e.source.code === 'RUSGOV'));
    assert.equal((await store.counts()).articles, 3, 'coding stores nothing');
    const html = await (await post('/api/code', { text: '<html><body><p>Japan criticized North Korea.</p></body></html>', format: 'html' })).json();
    assert.doesNotMatch(html.document.text, /<p>/);
    const saved = await (await post('/api/articles', { text })).json();
    assert.equal(saved.status, 'coded');
    assert.equal((await json(`/api/articles/${saved.articleId}`)).body.result.document.text, result.document.text);
    assert.equal((await (await post('/api/articles', { text })).json()).status, 'skipped');
  });

  it('checks bodies: JSON only, known fields, a size limit', async () => {
    const bad = async (response: Response, status: number, field?: string) => {
      const body = await response.json();
      assert.equal(response.status, status, JSON.stringify(body));
      if (field) assert.equal(body.error.field, field);
    };
    await bad(await post('/api/code', '{"text":'), 400, 'body');
    await bad(await post('/api/code', { text: '' }), 400, 'text');
    await bad(await post('/api/code', {}), 400, 'text');
    await bad(await post('/api/code', { text: 'x', color: 'red' }), 400, 'color');
    await bad(await post('/api/code', { text: 'x', date: 'today' }), 400, 'date');
    await bad(await post('/api/code', { text: '   ' }), 400, 'text');
    await bad(await app.request('/api/code', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Japan met China.' }), 415);
    const small = createApp({ store, assetsDir: null, bodyLimit: 1000 });
    await bad(await post('/api/code', { text: 'x'.repeat(2000) }, {}, small), 413, 'body');
  });

  it('needs the token for POST when one is set, never for GET', async () => {
    const locked = createApp({ store, assetsDir: null, token: 's3cret' });
    assert.equal((await post('/api/code', { text: 'Japan met China.' }, {}, locked)).status, 401);
    assert.equal((await post('/api/code', { text: 'Japan met China.' }, { authorization: 'Bearer wrong' }, locked)).status, 401);
    assert.equal((await post('/api/code', { text: 'Japan met China.' }, { authorization: 'Bearer s3cret' }, locked)).status, 200);
    assert.equal((await locked.request('/api/stats')).status, 200);
    assert.equal((await (await locked.request('/api/stats')).json()).writeNeedsToken, true);
  });

  it('refuses other Host names when bound to localhost, and sends security headers', async () => {
    const local = createApp({ store, assetsDir: null, allowedHosts: ['localhost', '127.0.0.1'] });
    assert.equal((await local.request('/api/stats', { headers: { host: '127.0.0.1:8080' } })).status, 200);
    assert.equal((await local.request('/api/stats', { headers: { host: 'localhost' } })).status, 200);
    const rebound = await local.request('/api/stats', { headers: { host: 'evil.example:8080' } });
    assert.deepEqual([rebound.status, (await rebound.json()).error.code], [403, 'E_HOST']);
    const response = await app.request('/api/stats');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'; script-src 'self'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });
});

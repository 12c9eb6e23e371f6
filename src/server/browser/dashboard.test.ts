/**
 * The dashboard in a real Chromium (Debian's, driven by playwright-core): the sample
 * articles are coded and stored, the server runs in this process, and every view is opened,
 * filtered and clicked. Screenshots go to artifacts/dashboard/. Skipped, with a message,
 * where /usr/bin/chromium (or READOUT_CHROMIUM) is missing; CI installs it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { contentHash } from '../../ingest/hash.js';
import { createReadout } from '../../readout.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { Store } from '../../store/store.js';
import { createApp, DEFAULT_ASSETS_DIR, LOOPBACK_HOSTS, startServer, type RunningServer } from '../index.js';

const CHROMIUM = process.env.READOUT_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = join(ROOT, 'artifacts', 'dashboard');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** An article that would run code if any of its text were treated as markup. */
const HOSTILE_TITLE = '<b onmouseover="window.__pwned=1">Hostile</b> title';
const HOSTILE = `Russia condemned the sanctions imposed by the European Union on Thursday. <script>window.__pwned = 'script'</script>
The Kremlin said it would respond. <img src=x onerror="window.__pwned = 'img'"> Moscow accused Brussels of hypocrisy.`;

const skip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM}: browser tests skipped (CI installs it with apt-get install chromium)`;

describe('dashboard in Chromium', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-browser-'));
  let store: Store;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let hostileId = 0;
  let sanctionsId = 0;
  const errors: string[] = [];
  const outside: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(DEFAULT_ASSETS_DIR, 'index.html')), 'the dashboard is not built: run npm run build');
    store = await openSqliteStore(join(dir, 'browser.db'));
    const readout = createReadout();
    const samples = join(ROOT, 'samples');
    for (const name of readdirSync(samples).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(samples, name), 'utf8');
      const saved = await store.saveArticle({ hash: contentHash(text), source: name, result: readout.code({ text, source: name }) });
      if (name === 'sanctions.txt') sanctionsId = saved.articleId;
    }
    const hostile = readout.code({ text: HOSTILE, title: HOSTILE_TITLE, date: '2021-03-01' });
    hostileId = (await store.saveArticle({ hash: contentHash(HOSTILE), source: 'hostile.txt', result: hostile })).articleId;
    server = await startServer(createApp({ store, allowedHosts: LOOPBACK_HOSTS, readout: async () => readout }), { host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1400, height: 1000 } });
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url) || route.request().url().startsWith('data:')) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a route and waits until its view has drawn. */
  const open = async (route: string) => {
    await page.goto(`${server.url}#${route}`);
    await page.waitForSelector('#main[data-ready]');
  };
  /** Waits for the view drawn after a change of address. */
  const settled = async (hashPart: string) => {
    await page.waitForFunction((part) => location.hash.includes(part), hashPart);
    await page.waitForSelector('#main[data-ready]');
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const texts = (selector: string) => page.locator(selector).allInnerTexts();

  it('1. overview: counts, latest articles, most active actors, cooperation and conflict over time', async () => {
    await open('/');
    const cards = await texts('.card');
    assert.ok(cards.some((c) => /^7\s+Articles$/.test(c)), cards.join(' | '));
    assert.equal(await page.locator('#latest-articles li').count(), 7);
    assert.ok((await page.locator('#top-actors tbody tr').count()) >= 5);
    assert.ok((await page.locator('svg.timeline rect[data-quad="3"]').count()) > 0, 'conflict bars');
    assert.ok((await page.locator('svg.timeline rect[data-quad="1"]').count()) > 0, 'cooperation bars');
    await shot('1-overview');
  });

  it('2. events: filters by actor and quad class, and offers exports of the selection', async () => {
    await open('/events');
    const all = await page.locator('table.events tbody tr').count();
    assert.ok(all > 10);
    await page.fill('input[name=actor]', 'rus');
    await page.selectOption('select[name=quad]', '3,4');
    await page.click('form.filters button[type=submit]');
    await settled('actor=rus');
    const rows = await texts('table.events tbody tr');
    assert.ok(rows.length > 0 && rows.length < all, `${rows.length} of ${all}`);
    for (const row of rows) assert.match(row, /RUS/, row);
    for (const badge of await texts('table.events tbody .quad')) assert.match(badge, /Q[34]/);
    assert.match(await page.locator('a[href*="events.csv"]').getAttribute('href') ?? '', /actor=rus&quad=3%2C4/);
    await shot('2-events');
    await page.fill('input[name=from]', 'last week');
    await page.click('form.filters button[type=submit]');
    await settled('from=last');
    assert.match(await page.locator('.error').innerText(), /^from: must be a date/);
  });

  it('3. network: clicking an actor and a line shows their events', async () => {
    await open('/network');
    assert.ok((await page.locator('svg.network .node').count()) >= 10);
    await page.click('svg.network .node[data-key="IND"] circle');
    await page.waitForSelector('#network-detail .event-list');
    assert.equal(await page.locator('#network-detail h2').innerText(), 'India');
    const events = await texts('#network-detail .event-list li');
    assert.ok(events.length > 0);
    for (const event of events) assert.match(event, /India/);
    await shot('3-network');
    await page.locator('svg.network .edge[data-source="IND"][data-target="PAK"] .edge-hit').dispatchEvent('click');
    await page.waitForSelector('#network-detail .dyad svg');
    assert.match(await page.locator('#network-detail h2').innerText(), /India ↔ Pakistan/);
  });

  it('4. actor page: roles, events, quotes, stances and partners', async () => {
    await open('/actor/IND');
    assert.equal(await page.locator('h1').innerText(), 'India');
    assert.ok((await texts('#actor-partners tbody tr')).some((r) => r.includes('Pakistan')));
    assert.ok((await page.locator('table.events tbody tr').count()) > 0);
    assert.ok((await page.locator('.hbar').count()) > 0, 'event types');
    await shot('4-actor');
    await page.click('#actor-partners a:has-text("Pakistan")');
    await settled('/actor/PAK');
    assert.equal(await page.locator('h1').innerText(), 'Pakistan');
  });

  it('5. quotes: each with its reporting chain, filtered by outlet', async () => {
    await open('/quotes');
    assert.ok((await page.locator('#quote-list li').count()) > 5);
    assert.ok(!(await texts('#quote-list .chain')).some((c) => c.includes('unattributed')), 'quotes without a speaker are hidden by default');
    await page.selectOption('select[name=speakers]', 'unknown');
    await page.click('form.filters button[type=submit]');
    await settled('speakers=unknown');
    const unknown = await texts('#quote-list .chain');
    assert.ok(unknown.length > 0 && unknown.every((c) => c.includes('unattributed')), unknown.join(' | '));
    await open('/quotes');
    await page.fill('input[name=outlet]', 'TASS');
    await page.click('form.filters button[type=submit]');
    await settled('outlet=TASS');
    const chains = await texts('#quote-list .chain');
    assert.ok(chains.length > 0);
    for (const chain of chains) assert.match(chain, /TASS/);
    assert.ok((await page.locator('#quote-list .chain .step').count()) >= chains.length * 2, 'speaker → outlet');
    await shot('5-quotes');
  });

  it('6. stance matrix: actors by issues; a cell shows its evidence', async () => {
    await open('/stances');
    const cells = page.locator('#stance-matrix td.cell button');
    assert.ok((await cells.count()) > 3);
    const issue = await cells.first().getAttribute('data-issue');
    await cells.first().click();
    await page.waitForSelector('#stance-detail tbody tr');
    assert.match(await page.locator('.stance-detail h2').innerText(), new RegExp(`on “${issue?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
    await shot('6-stances');
  });

  it('7. article view: highlights with code, actors and rule on hover and click', async () => {
    await open(`/article/${sanctionsId}`);
    assert.match(await page.locator('h1').innerText(), /EU sanctions/);
    const trigger = page.locator('#article-text .hl-trigger').first();
    await trigger.hover();
    await page.waitForSelector('#tooltip:not([hidden]) .item.event');
    assert.match(await page.locator('#tooltip').innerText(), /rule \S+/);
    await trigger.click();
    const detail = await page.locator('#highlight-detail').innerText();
    assert.match(detail, /\b\d{3,4}\b/, 'a CAMEO code');
    assert.match(detail, /→/, 'source → target');
    assert.match(detail, /rule \S+/);
    await page.locator('#article-events button').first().click();
    assert.ok((await page.locator('#article-text .hl.pinned').count()) === 1);
    await shot('7-article');
  });

  it('8. code an article: paste text, see the result, store it', async () => {
    await open('/code');
    await page.setInputFiles('#code-file', { name: 'note.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><p>Turkey condemned Syria.</p></body></html>') });
    await page.waitForFunction(() => (document.querySelector('#code-text') as HTMLTextAreaElement).value.includes('Turkey condemned'));
    assert.equal(await page.locator('#code-format').inputValue(), 'html');
    await page.selectOption('#code-format', 'text');
    await page.fill('#code-text', 'Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Beijing on Monday. Kono said Japan opposes the missile tests.');
    await page.fill('#code-date', '2018-01-29');
    await page.click('#code-run');
    await page.waitForSelector('#code-output .article-text');
    assert.match(await page.locator('#code-output .cards').innerText(), /[1-9]\d*\s+Events/);
    assert.ok((await page.locator('#code-output .hl-event').count()) > 0);
    await shot('8-code');
    await page.click('#code-store');
    await page.waitForSelector('#code-saved a');
    await page.click('#code-saved a');
    await page.waitForSelector('#main[data-ready] #article-text');
    assert.match(await page.locator('#article-text').innerText(), /Taro Kono met/);
  });

  it('shows article text as text: <script> and <img onerror> in an article run nothing', async () => {
    await open(`/article/${hostileId}`);
    const text = await page.locator('#article-text').innerText();
    assert.ok(text.includes("<script>window.__pwned = 'script'</script>"), text);
    assert.ok(text.includes('<img src=x onerror='), text);
    assert.equal(await page.locator('h1').innerText(), HOSTILE_TITLE);
    assert.equal(await page.locator('#main script, #main img, #main b').count(), 0);
    await page.locator('#article-text').hover();
    await open('/articles');
    assert.ok((await texts('#article-list li a')).includes(HOSTILE_TITLE));
    assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null), null);
    assert.deepEqual(dialogs, []);
    await shot('9-hostile-article');
  });

  it('loaded nothing from outside and threw no errors', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });
});

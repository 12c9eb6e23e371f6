/**
 * The dashboard: a hash router over the views. Each view reads its state from the address
 * (#/events?actor=CHN), so every screen can be linked and reloaded.
 */
import './style.css';
import { fill, h } from './dom.js';
import { showError } from './ui.js';
import { renderActor } from './views/actor.js';
import { renderArticle, renderArticles } from './views/article.js';
import { renderCode } from './views/code.js';
import { renderEvents } from './views/events.js';
import { renderNetwork } from './views/network.js';
import { renderOverview } from './views/overview.js';
import { renderQuotes } from './views/quotes.js';
import { renderStances } from './views/stances.js';

/** What a view gets: where to draw, the path's parts and the query. */
export interface View {
  root: HTMLElement;
  parts: string[];
  params: URLSearchParams;
  /** Changes the query of the current route (a new history entry). */
  navigate(params: URLSearchParams): void;
  /** True once the user has moved on, so late answers are dropped. */
  stale(): boolean;
}

type Render = (view: View) => Promise<void>;

const ROUTES: Array<[string, Render, string | null]> = [
  ['', renderOverview, 'Overview'],
  ['events', renderEvents, 'Events'],
  ['network', renderNetwork, 'Network'],
  ['quotes', renderQuotes, 'Quotes'],
  ['stances', renderStances, 'Stances'],
  ['articles', renderArticles, 'Articles'],
  ['code', renderCode, 'Code an article'],
  ['actor', renderActor, null],
  ['article', renderArticle, null],
];

let generation = 0;

async function route(): Promise<void> {
  const current = ++generation;
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const name = parts[0] ?? '';
  const found = ROUTES.find(([n]) => n === name);
  const nav = document.getElementById('nav')!;
  const section = found?.[0] === 'actor' ? null : found?.[0] === 'article' ? 'articles' : name;
  fill(nav, ROUTES.filter(([, , label]) => label).map(([n, , label]) =>
    h('a', { href: `#/${n}`, class: n === section ? 'active' : null, 'aria-current': n === section ? 'page' : null }, label)));
  const root = document.getElementById('main')!;
  root.removeAttribute('data-ready');
  root.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  window.scrollTo(0, 0);
  const view: View = {
    root,
    parts: parts.slice(1),
    params: new URLSearchParams(query),
    navigate: (params) => {
      const q = params.toString();
      location.hash = `#/${path}${q ? `?${q}` : ''}`;
    },
    stale: () => current !== generation,
  };
  if (!found) {
    fill(root, h('p', { class: 'error' }, 'No such page. '), h('a', { href: '#/' }, 'Back to the overview'));
    return;
  }
  try {
    await found[1](view);
    if (!view.stale()) root.setAttribute('data-ready', String(current));
  } catch (error) {
    if (!view.stale()) {
      showError(root, error);
      root.setAttribute('data-ready', String(current));
    }
  }
}

window.addEventListener('hashchange', () => void route());
void route();

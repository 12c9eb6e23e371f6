/**
 * 1. Overview: counts, latest articles, most active actors, and cooperation and conflict
 * over time by quad class.
 */
import { get } from '../api.js';
import { quadTimeline } from '../charts.js';
import { fill, h, link } from '../dom.js';
import { actorRoute, clip, num } from '../format.js';
import type { View } from '../main.js';
import type { Actor, ArticleHit, Page, Stats, TimelinePoint } from '../types.js';
import { cards, goldstein, heading, panel, table } from '../ui.js';

export async function renderOverview({ root, stale }: View): Promise<void> {
  const [stats, latest, actors, timeline] = await Promise.all([
    get<Stats>('/api/stats'),
    get<Page<ArticleHit>>('/api/articles', { limit: 8 }),
    get<Actor[]>('/api/actors/top', { limit: 10 }),
    get<TimelinePoint[]>('/api/timeline'),
  ]);
  if (stale()) return;
  const c = stats.counts;
  fill(root,
    heading('Overview', `What the stored news says about who did what to whom. Readout ${stats.version}.`),
    cards([['Articles', c.articles], ['Events', c.events], ['Quotes', c.quotes], ['Stances', c.stances], ['Entity mentions', c.mentions]]),
    panel('Cooperation and conflict over time', quadTimeline(timeline)),
    h('div', { class: 'columns' },
      panel('Latest articles', latest.rows.length === 0
        ? h('p', { class: 'muted empty' }, 'No articles yet: run ', h('code', null, 'readout demo'), ' or use “Code an article”.')
        : h('ul', { class: 'articles', id: 'latest-articles' }, latest.rows.map((a) => h('li', null,
          link(`/article/${a.id}`, a.title ?? clip(a.snippet, 90)),
          h('div', { class: 'meta' }, [a.date ?? 'undated', a.publisher?.name, `${num(a.events)} events`, `${num(a.quotes)} quotes`].filter(Boolean).join(' · ')))))),
      panel('Most active actors', actors.length === 0 ? h('p', { class: 'muted empty' }, 'No events yet.') : table(
        ['Actor', 'Code', 'Events', 'Mean Goldstein'],
        actors.map((a) => [link(actorRoute(a.key), a.label), a.code ? h('code', null, a.code) : h('span', { class: 'new' }, 'new'), num(a.events), goldstein(a.goldstein)]),
        { id: 'top-actors' }))),
  );
}

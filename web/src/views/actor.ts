/**
 * 4. Actor page: names and roles, activity, event types, partners, stances, quotes and
 * recent events of one actor key.
 */
import { get, type Params } from '../api.js';
import { hbars, monthBars } from '../charts.js';
import { fill, h, link } from '../dom.js';
import { actorRoute, goldsteinColor, num, QUAD_COLORS } from '../format.js';
import type { View } from '../main.js';
import { ontology } from '../state.js';
import type { EventRow, Matrix, Page, Profile, QuoteHit } from '../types.js';
import { cards, eventTable, goldstein, heading, panel, table } from '../ui.js';
import { quoteItem } from './quotes.js';

export async function renderActor({ root, parts, stale }: View): Promise<void> {
  const key = parts[0] ?? '';
  const profile = await get<Profile>(`/api/actors/${encodeURIComponent(key)}`);
  const coded = profile.code !== null;
  const byActor: Params = coded ? { actor: key, exact: true } : { name: key };
  const [onto, events, quotes, stances] = await Promise.all([
    ontology(),
    get<Page<EventRow>>('/api/events', { ...byActor, limit: 20 }),
    get<Page<QuoteHit>>('/api/quotes', { ...(coded ? { speaker: key, exact: true } : { speakerName: key }), limit: 10 }),
    get<Matrix>('/api/stances/matrix', { actor: key, actors: 1, issues: 40 }),
  ]);
  if (stale()) return;
  const roots = new Map(onto.roots.map((r) => [r.code, r]));
  const types = new Map<string, { source: number; target: number; goldstein: number; events: number }>();
  for (const t of profile.byType) {
    const entry = types.get(t.root) ?? { source: 0, target: 0, goldstein: 0, events: 0 };
    entry[t.side] += t.events;
    entry.goldstein += t.goldstein * t.events;
    entry.events += t.events;
    types.set(t.root, entry);
  }
  fill(root,
    heading(profile.label, h('span', null, profile.code ? h('code', null, profile.code) : h('span', { class: 'new' }, 'not in the knowledge base'),
      profile.label !== profile.name ? ` · last seen as ${profile.name}` : '')),
    cards([['Events', profile.events], ['As source', profile.asSource], ['As target', profile.asTarget],
      ['Mean Goldstein', (profile.goldstein > 0 ? '+' : '') + profile.goldstein.toFixed(2)], ['Quotes', profile.quotes], ['Stances', profile.stances]]),
    h('div', { class: 'columns' },
      panel('Names and roles', table(['Name', 'Kind', 'Role', 'First seen', 'Last seen', 'Articles'],
        profile.names.map((n) => [n.name, n.kind, n.role ?? '—', n.first ?? '—', n.last ?? '—', num(n.articles)]), { id: 'actor-names' })),
      panel('Event types', types.size === 0 ? h('p', { class: 'muted empty' }, 'No events.') : hbars([...types].map(([code, t]) => ({
        label: `${code} ${roots.get(code)?.label ?? ''}`,
        value: t.events,
        color: QUAD_COLORS[roots.get(code)?.quad ?? 1],
        title: `${t.source} as source, ${t.target} as target`,
      }))))),
    panel('Activity per month', monthBars(profile.months, `Events of ${profile.label} per month`)),
    h('div', { class: 'columns' },
      panel('Partners', profile.partners.length === 0 ? h('p', { class: 'muted empty' }, 'No interactions.') : table(
        ['Partner', 'Events', 'Out', 'In', 'Mean Goldstein', ''],
        profile.partners.map((p) => [
          link(actorRoute(p.key), p.code ? h('code', null, p.code) : null, ' ', p.label), num(p.events), num(p.outgoing), num(p.incoming), goldstein(p.goldstein),
          coded && p.code ? link(`/events?actor=${encodeURIComponent(key)}&partner=${encodeURIComponent(p.key)}&exact=true`, 'events →') : '',
        ]), { id: 'actor-partners' })),
      panel('Stances', stances.cells.length === 0 ? h('p', { class: 'muted empty' }, 'No stances.') : h('ul', { class: 'stance-list' },
        stances.cells.map((c) => h('li', null,
          c.support ? h('span', { class: 'support', style: { color: goldsteinColor(5) } }, `supports ×${c.support} `) : null,
          c.oppose ? h('span', { class: 'oppose', style: { color: goldsteinColor(-5) } }, `opposes ×${c.oppose} `) : null,
          link(`/stances?actor=${encodeURIComponent(key)}&issue=${encodeURIComponent(c.issue)}`, c.issue)))))),
    panel(`Quotes (${num(quotes.total)})`, quotes.rows.length ? h('ul', { class: 'quotes' }, quotes.rows.map(quoteItem)) : h('p', { class: 'muted empty' }, 'No quotes.')),
    panel(`Recent events (${num(events.total)}${events.exact ? '' : '+'})`, eventTable(events.rows),
      link(`/events?${new URLSearchParams(Object.entries(byActor).map(([k, v]) => [k, String(v)]))}`, 'All events of this actor →')),
  );
}

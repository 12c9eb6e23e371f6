/**
 * 3. Actor network: actors as nodes, interactions as edges sized by count and coloured by
 * mean Goldstein score. Clicking a node or an edge shows its events.
 */
import { get, type Params } from '../api.js';
import { monthBars } from '../charts.js';
import { fill, h, link } from '../dom.js';
import { actorRoute, num } from '../format.js';
import { networkGraph, selectNode, type Edge } from '../graph.js';
import type { View } from '../main.js';
import type { Actor, DyadMonth, EventRow, NetworkAnswer, Page } from '../types.js';
import { eventList, filterForm, goldstein, heading, panel, showError } from '../ui.js';

/** Event query parameters for one actor key. */
const actorParams = (node: Actor | undefined, key: string): Params => (node?.code ? { actor: key, exact: true } : { name: key });

export async function renderNetwork({ root, params, navigate, stale }: View): Promise<void> {
  const query = { from: params.get('from'), to: params.get('to'), limit: params.get('limit') ?? '80', minEvents: params.get('minEvents') };
  const net = await get<NetworkAnswer>('/api/network', query);
  if (stale()) return;
  const nodes = new Map(net.nodes.map((n) => [n.key, n]));
  const side = h('aside', { class: 'side', id: 'network-detail' },
    h('p', { class: 'muted' }, 'Click an actor or a line to see its events. Line width is the number of events; colour is the mean Goldstein score, from red (conflict) to green (cooperation).'));
  const name = (key: string) => nodes.get(key)?.label ?? key;

  const showEvents = async (title: Node, search: Params, extra?: Promise<Node>) => {
    fill(side, title, h('p', { class: 'loading' }, 'Loading…'));
    try {
      const [events, more] = await Promise.all([get<Page<EventRow>>('/api/events', { ...search, negated: false, limit: 25 }), extra]);
      fill(side, title, more ?? null, h('p', { class: 'muted' }, `${num(events.total)}${events.exact ? '' : '+'} events, newest first`), eventList(events.rows));
    } catch (error) {
      showError(side, error);
    }
  };
  const onNode = (key: string) => {
    selectNode(svg, key);
    const node = nodes.get(key);
    void showEvents(h('div', null, h('h2', null, name(key)),
      h('p', null, node?.code ? h('code', null, node.code) : null, ' ', `${num(node?.events ?? 0)} events in this graph, mean `, goldstein(node?.goldstein ?? 0), ' · ',
        link(actorRoute(key), 'actor page →'))), actorParams(node, key));
  };
  const onEdge = (edge: Edge) => {
    selectNode(svg, null);
    const [a, b] = [nodes.get(edge.source), nodes.get(edge.target)];
    const search: Params = a?.code && b?.code ? { actor: edge.source, partner: edge.target, exact: true }
      : a?.code ? { actor: edge.source, exact: true, name: edge.target } : { ...actorParams(a, edge.source), ...(b?.code ? { actor: edge.target, exact: true } : {}) };
    const dyad = get<{ months: DyadMonth[] }>('/api/dyads', { a: edge.source, b: edge.target, from: query.from, to: query.to })
      .then((d) => h('div', { class: 'dyad' }, monthBars(d.months, `Interactions between ${name(edge.source)} and ${name(edge.target)} per month`)) as Node);
    void showEvents(h('div', null, h('h2', null, `${name(edge.source)} ↔ ${name(edge.target)}`),
      h('p', null, `${num(edge.events)} events, mean Goldstein `, goldstein(edge.goldstein))), search, dyad);
  };
  const svg = networkGraph(net, { onNode, onEdge });
  fill(root,
    heading('Actor network', 'The most interacting pairs of actors. Negated events (“did not meet”) are left out.'),
    filterForm([
      { name: 'from', label: 'From', placeholder: '2017', width: '6.5em' },
      { name: 'to', label: 'To', placeholder: '2020-12', width: '6.5em' },
      { name: 'limit', label: 'Pairs', options: [['80', '80'], ['30', '30'], ['150', '150'], ['300', '300']] },
      { name: 'minEvents', label: 'At least', placeholder: 'events', width: '5em' },
    ], params, navigate),
    net.edges.length === 0
      ? panel(null, h('p', { class: 'muted empty' }, 'No interactions between two actors in this range.'))
      : h('div', { class: 'network-layout' }, panel(null, svg), side),
  );
}

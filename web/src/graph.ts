/**
 * The actor network as SVG: a force-directed layout (Fruchterman–Reingold, seeded from a
 * circle so the same data always gives the same picture), nodes sized by events, edges
 * sized by count and coloured by mean Goldstein score.
 */
import { s } from './dom.js';
import { clip, goldsteinColor, num, score } from './format.js';
import type { NetworkAnswer } from './types.js';

export type Edge = NetworkAnswer['edges'][number];

interface Point {
  x: number;
  y: number;
  dx: number;
  dy: number;
}

const W = 960;
const H = 640;

/** Positions for each node key in a W×H box. */
export function layout(net: NetworkAnswer, iterations = 300): Map<string, { x: number; y: number }> {
  const n = net.nodes.length;
  const pos = new Map<string, Point>();
  net.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const r = 0.35 + 0.1 * (i % 3);
    pos.set(node.key, { x: W / 2 + Math.cos(angle) * W * r * 0.5, y: H / 2 + Math.sin(angle) * H * r * 0.5, dx: 0, dy: 0 });
  });
  const points = [...pos.values()];
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.55;
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  let temperature = W / 8;
  for (let step = 0; step < iterations; step++) {
    for (const p of points) {
      // Gravity keeps separate groups of actors from drifting apart.
      p.dx = (W / 2 - p.x) * 0.12;
      p.dy = (H / 2 - p.y) * 0.12;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = points[i];
        const b = points[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = 0.1 * (i - j);
          dy = 0.1;
          d2 = dx * dx + dy * dy;
        }
        if (d2 > 9 * k * k) continue;
        const force = (k * k) / d2;
        a.dx += dx * force;
        a.dy += dy * force;
        b.dx -= dx * force;
        b.dy -= dy * force;
      }
    }
    for (const e of net.edges) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      if (!a || !b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.1;
      const force = (d / k) * (0.5 + Math.log1p(e.events) / Math.log1p(maxEdge));
      a.dx -= dx * force * 0.5;
      a.dy -= dy * force * 0.5;
      b.dx += dx * force * 0.5;
      b.dy += dy * force * 0.5;
    }
    for (const p of points) {
      const d = Math.sqrt(p.dx * p.dx + p.dy * p.dy) || 1;
      const move = Math.min(d, temperature);
      p.x += (p.dx / d) * move;
      p.y += (p.dy / d) * move;
    }
    temperature = Math.max(1, temperature * 0.985);
  }
  // Fit into the box with a margin for labels.
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (W - 230) / Math.max(1, maxX - minX);
  const sy = (H - 80) / Math.max(1, maxY - minY);
  const out = new Map<string, { x: number; y: number }>();
  for (const [key, p] of pos) out.set(key, { x: 40 + (p.x - minX) * sx, y: 40 + (p.y - minY) * sy });
  return out;
}

export interface GraphHandlers {
  onNode(key: string): void;
  onEdge(edge: Edge): void;
}

/** The network as an SVG element; clicking a node or an edge calls the handlers. */
export function networkGraph(net: NetworkAnswer, handlers: GraphHandlers): SVGSVGElement {
  const at = layout(net);
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const labelled = new Set(net.nodes.slice(0, 45).map((n) => n.key));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': 'Actor network' });
  const edges = s('g', { class: 'edges' });
  const nodes = s('g', { class: 'nodes' });
  for (const e of net.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const width = 1 + 9 * Math.sqrt(e.events / maxEdge);
    const title = s('title', null, `${e.source} – ${e.target}: ${num(e.events)} events, mean Goldstein ${score(e.goldstein)}`);
    const group = s('g', { class: 'edge', 'data-source': e.source, 'data-target': e.target, onclick: () => handlers.onEdge(e) },
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: goldsteinColor(e.goldstein), 'stroke-width': width, 'stroke-linecap': 'round', class: 'edge-line' }),
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge-hit', 'stroke-width': Math.max(12, width + 6) }),
      title);
    edges.append(group);
  }
  for (const node of net.nodes) {
    const p = at.get(node.key)!;
    const r = 5 + 17 * Math.sqrt(node.events / maxNode);
    nodes.append(s('g', {
      class: 'node', 'data-key': node.key, tabindex: 0, role: 'button', 'aria-label': `${node.label}: ${node.events} events`,
      transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      onclick: () => handlers.onNode(node.key),
      onkeydown: (ev: KeyboardEvent) => {
        if (ev.key === 'Enter' || ev.key === ' ') handlers.onNode(node.key);
      },
    },
    s('circle', { r, fill: goldsteinColor(node.goldstein) }),
    labelled.has(node.key) ? s('text', { x: r + 4, y: 4, class: 'node-label' }, clip(node.code ? `${node.code} ${node.label}` : node.label, 28)) : null,
    s('title', null, `${node.label} (${node.code ?? 'no code'}): ${num(node.events)} events, mean Goldstein ${score(node.goldstein)}`)));
  }
  svg.append(edges, nodes);
  return svg;
}

/** Marks one node (and its edges) as selected and dims the rest. */
export function selectNode(svg: SVGSVGElement, key: string | null): void {
  svg.classList.toggle('has-selection', key !== null);
  for (const el of svg.querySelectorAll<SVGGElement>('.node')) el.classList.toggle('selected', el.dataset.key === key);
  for (const el of svg.querySelectorAll<SVGGElement>('.edge')) {
    el.classList.toggle('selected', key !== null && (el.dataset.source === key || el.dataset.target === key));
  }
}

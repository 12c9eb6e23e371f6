/**
 * Small SVG and HTML charts: cooperation and conflict over time by quad class, monthly
 * bars coloured by Goldstein score, and horizontal bars.
 */
import { h, s } from './dom.js';
import { goldsteinColor, monthLabel, num, QUAD_COLORS, QUAD_NAMES, score } from './format.js';
import type { TimelinePoint } from './types.js';

/** Every month from the first to the last, so gaps show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    if (out.length > 1200) break;
  }
  return out;
}

const W = 960;

function axisLabels(months: string[], x: (i: number) => number, y: number): SVGElement[] {
  const step = Math.max(1, Math.ceil(months.length / 10));
  return months.flatMap((month, i) => (i % step === 0
    ? [s('text', { x: x(i), y, class: 'axis', 'text-anchor': 'middle' }, monthLabel(month))]
    : []));
}

/** Cooperation above the line and conflict below, stacked by quad class, one bar per month. */
export function quadTimeline(points: TimelinePoint[]): Element {
  if (points.length === 0) return h('p', { class: 'muted empty' }, 'No dated events yet.');
  const months = monthsBetween(points[0].month, points[points.length - 1].month);
  const byMonth = new Map<string, Record<number, TimelinePoint>>();
  for (const p of points) byMonth.set(p.month, { ...byMonth.get(p.month), [p.quad]: p });
  const sum = (month: string, quads: number[]) => quads.reduce((n, q) => n + (byMonth.get(month)?.[q]?.events ?? 0), 0);
  const maxUp = Math.max(1, ...months.map((m) => sum(m, [1, 2])));
  const maxDown = Math.max(1, ...months.map((m) => sum(m, [3, 4])));
  const H = 260;
  const top = 16;
  const zero = top + ((H - top - 40) * maxUp) / (maxUp + maxDown);
  const scale = (H - top - 40) / (maxUp + maxDown);
  const band = (W - 60) / months.length;
  const x = (i: number) => 50 + band * i + band / 2;
  const bars: SVGElement[] = [];
  months.forEach((month, i) => {
    let up = zero;
    let down = zero;
    for (const quad of [1, 2, 3, 4]) {
      const p = byMonth.get(month)?.[quad];
      if (!p) continue;
      const height = p.events * scale;
      const yPos = quad <= 2 ? (up -= height) : ((down += height) - height);
      bars.push(s('rect', {
        x: 50 + band * i + band * 0.1, y: yPos, width: Math.max(1, band * 0.8), height: Math.max(0.5, height),
        fill: QUAD_COLORS[quad], 'data-month': month, 'data-quad': quad,
      }, s('title', null, `${monthLabel(month)} · ${QUAD_NAMES[quad]}: ${num(p.events)} events, mean Goldstein ${score(p.goldstein)}`)));
    }
  });
  return h('figure', { class: 'chart' },
    s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Cooperation and conflict per month by quad class', class: 'timeline' },
      s('line', { x1: 50, x2: W - 10, y1: zero, y2: zero, class: 'zero' }),
      ...bars,
      ...axisLabels(months, x, H - 8)),
    legend(`▲ cooperation (up to ${num(maxUp)} a month) · ▼ conflict (up to ${num(maxDown)})`));
}

/** The quad class colours. */
export const legend = (note?: string): HTMLElement =>
  h('figcaption', { class: 'legend' }, [1, 2, 3, 4].map((q) =>
    h('span', null, h('i', { style: { background: QUAD_COLORS[q] } }), QUAD_NAMES[q])), note ? h('span', null, note) : null);

/** Events per month as bars coloured by mean Goldstein score. */
export function monthBars(months: Array<{ month: string; events: number; goldstein: number }>, label: string): Element {
  if (months.length === 0) return h('p', { class: 'muted empty' }, 'No dated interactions.');
  const all = monthsBetween(months[0].month, months[months.length - 1].month);
  const by = new Map(months.map((m) => [m.month, m]));
  const max = Math.max(1, ...months.map((m) => m.events));
  const H = 140;
  const band = (W - 60) / all.length;
  return s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'months' },
    ...all.flatMap((month, i) => {
      const m = by.get(month);
      if (!m) return [];
      const height = (m.events / max) * (H - 40);
      return [s('rect', { x: 50 + band * i + band * 0.1, y: H - 24 - height, width: Math.max(1, band * 0.8), height, fill: goldsteinColor(m.goldstein) },
        s('title', null, `${monthLabel(month)}: ${num(m.events)} events, mean Goldstein ${score(m.goldstein)}`))];
    }),
    s('line', { x1: 50, x2: W - 10, y1: H - 24, y2: H - 24, class: 'zero' }),
    s('text', { x: 4, y: 14, class: 'axis' }, `max ${num(max)}`),
    ...axisLabels(all, (i) => 50 + band * i + band / 2, H - 6));
}

/** Horizontal bars: label, bar, value. */
export function hbars(items: Array<{ label: string; value: number; color: string; title?: string }>): HTMLElement {
  const max = Math.max(1, ...items.map((i) => i.value));
  return h('div', { class: 'hbars' }, items.map((item) =>
    h('div', { class: 'hbar', title: item.title ?? '' },
      h('span', { class: 'hbar-label' }, item.label),
      h('span', { class: 'hbar-track' }, h('span', { class: 'hbar-fill', style: { width: `${(item.value / max) * 100}%`, background: item.color } })),
      h('span', { class: 'hbar-value' }, num(item.value)))));
}

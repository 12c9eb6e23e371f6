/**
 * The article text with its layers highlighted: entity mentions, event evidence (with the
 * trigger), quotes and stances. The text is split at every span boundary and each piece is
 * a text node, so the article is always shown as text, never run as markup. Hovering a
 * highlight shows what it is; clicking it pins the details.
 */
import { fill, h, type Child } from './dom.js';
import type { ArticleResult } from './types.js';
import { actorChip, goldstein, quadBadge } from './ui.js';

type Layer = 'mention' | 'event' | 'trigger' | 'quote' | 'stance';

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  index: number;
}

/** Every span of every layer, clamped to the text. */
export function marksOf(result: ArticleResult): Mark[] {
  const n = result.document.text.length;
  const marks: Mark[] = [];
  const add = (start: number, end: number, layer: Layer, index: number) => {
    const s = Math.max(0, Math.min(n, start));
    const e = Math.max(0, Math.min(n, end));
    if (e > s) marks.push({ start: s, end: e, layer, index });
  };
  result.entities.forEach((entity, i) => entity.mentions.forEach((m) => add(m.start, m.end, 'mention', i)));
  result.events.forEach((event, i) => {
    event.evidence.forEach((span) => add(span.start, span.end, 'event', i));
    add(event.trigger.start, event.trigger.end, 'trigger', i);
  });
  result.quotes.forEach((quote, i) => add(quote.content.start, quote.content.end, 'quote', i));
  result.stances.forEach((stance, i) => add(stance.start, stance.end, 'stance', i));
  return marks;
}

/** Pieces of text between consecutive boundaries, with the marks covering each. */
export function segments(text: string, marks: Mark[]): Array<{ start: number; end: number; marks: Mark[] }> {
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; marks: Mark[] }> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    out.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/** Descriptions of what covers a piece of text. */
export function describe(result: ArticleResult, marks: Mark[]): HTMLElement[] {
  const seen = new Set<string>();
  const out: HTMLElement[] = [];
  for (const m of marks) {
    const layer = m.layer === 'trigger' ? 'event' : m.layer;
    if (seen.has(`${layer}${m.index}`)) continue;
    seen.add(`${layer}${m.index}`);
    if (layer === 'event') {
      const e = result.events[m.index];
      out.push(h('div', { class: 'item event' },
        h('div', null, quadBadge(e.quad), ' ', h('strong', { class: 'code' }, e.cameo), ' ', e.plover ?? '', ' · Goldstein ', goldstein(e.goldstein), e.negated ? h('span', { class: 'negated' }, ' negated') : null),
        h('div', { class: 'actors' }, actorChip(e.source), ' → ', actorChip(e.target)),
        h('div', { class: 'rule' }, 'rule ', h('code', null, e.rule), e.date ? ` · ${e.date}` : '', e.reported_by ? ` · reported by ${e.reported_by.name}` : '')));
    } else if (layer === 'quote') {
      const q = result.quotes[m.index];
      out.push(h('div', { class: 'item quote' },
        h('div', null, h('strong', null, `${q.kind} quote`), ' by ', actorChip(q.speaker)),
        q.via.length ? h('div', null, 'via ', q.via.map((v) => v.name).join(' → ')) : null,
        h('div', { class: 'rule' }, 'rule ', h('code', null, q.rule))));
    } else if (layer === 'stance') {
      const s = result.stances[m.index];
      out.push(h('div', { class: 'item stance' },
        h('div', null, actorChip(s.holder), ' ', h('strong', { class: s.polarity }, `${s.polarity}s`), ' ', s.issue),
        h('div', { class: 'rule' }, 'rule ', h('code', null, s.rule))));
    } else {
      const en = result.entities[m.index];
      out.push(h('div', { class: 'item mention' },
        h('div', null, h('strong', null, en.name), ` · ${en.kind}`, en.role ? ` · ${en.role}` : '', en.new ? ' · new' : ''),
        h('div', null, en.actor ? h('code', null, en.actor) : h('span', { class: 'muted' }, 'no code'))));
    }
  }
  return out;
}

/** The highlighted text and a box for the pinned details. */
export function highlightedText(result: ArticleResult, detail: HTMLElement, tooltip: HTMLElement | null): HTMLElement {
  const text = result.document.text;
  const marks = marksOf(result);
  const body = h('div', { class: 'article-text show-mention show-event show-quote show-stance', id: 'article-text' });
  const pieces = segments(text, marks);
  const parts: Child[] = pieces.map((piece, i) => {
    const slice = text.slice(piece.start, piece.end);
    if (piece.marks.length === 0) return slice;
    const layers = new Set(piece.marks.map((m) => m.layer));
    const el = h('span', { class: ['hl', ...[...layers].map((l) => `hl-${l}`)].join(' '), 'data-piece': i }, slice);
    return el;
  });
  body.append(...parts.map((p) => (typeof p === 'string' ? document.createTextNode(p) : (p as Node))));
  const piece = (target: EventTarget | null) => {
    const el = (target as Element | null)?.closest?.('.hl') as HTMLElement | null;
    return el ? { el, marks: pieces[Number(el.dataset.piece)].marks } : null;
  };
  body.addEventListener('click', (ev) => {
    const hit = piece(ev.target);
    if (!hit) return;
    body.querySelector('.hl.pinned')?.classList.remove('pinned');
    hit.el.classList.add('pinned');
    fill(detail, h('h3', null, `“${text.slice(pieces[Number(hit.el.dataset.piece)].start, pieces[Number(hit.el.dataset.piece)].end)}”`), describe(result, hit.marks));
  });
  if (tooltip) {
    body.addEventListener('mouseover', (ev) => {
      const hit = piece(ev.target);
      if (!hit) return;
      fill(tooltip, describe(result, hit.marks));
      const box = hit.el.getBoundingClientRect();
      tooltip.hidden = false;
      tooltip.style.left = `${Math.min(window.innerWidth - 380, Math.max(8, box.left + window.scrollX))}px`;
      tooltip.style.top = `${box.bottom + window.scrollY + 6}px`;
    });
    body.addEventListener('mouseout', (ev) => {
      if (!piece((ev as MouseEvent).relatedTarget)) tooltip.hidden = true;
    });
  }
  return body;
}

/** Checkboxes that show or hide each layer's highlighting. */
export function layerToggles(body: HTMLElement): HTMLElement {
  const layers: Array<[string, string]> = [['mention', 'Entities'], ['event', 'Events'], ['quote', 'Quotes'], ['stance', 'Stances']];
  return h('div', { class: 'layers' }, 'Highlight: ', layers.map(([layer, label]) => h('label', { class: `toggle toggle-${layer}` },
    h('input', { type: 'checkbox', checked: true, onchange: (e: Event) => body.classList.toggle(`show-${layer}`, (e.target as HTMLInputElement).checked) }),
    h('i'), label)));
}

/**
 * Small building blocks the views share: headings, loading and error states, tables,
 * actor chips, event lists, pagers and filter forms kept in the address.
 */
import { ApiError } from './api.js';
import { h, link, type Child } from './dom.js';
import { actorRoute, goldsteinColor, keyOf, num, QUAD_COLORS, QUAD_NAMES, score } from './format.js';
import type { ActorRef, EventRow, Page } from './types.js';

/** The page heading with an optional line under it. */
export const heading = (title: string, sub?: Child): HTMLElement =>
  h('div', { class: 'heading' }, h('h1', null, title), sub ? h('p', { class: 'sub' }, sub) : null);

/** A titled panel. */
export const panel = (title: string | null, ...children: Child[]): HTMLElement =>
  h('section', { class: 'panel' }, title ? h('h2', null, title) : null, ...children);

/** Shows an error in `el` (the field name included when the API gave one). */
export function showError(el: Element, error: unknown): void {
  const message = error instanceof ApiError ? error.message : `Could not load: ${(error as Error).message}`;
  el.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
}

/** A link to an actor's page, coloured dot for coded actors. */
export function actorChip(actor: ActorRef | null, label?: string): Child {
  if (!actor) return h('span', { class: 'muted' }, '—');
  return link(actorRoute(keyOf(actor)), h('span', { class: 'chip' },
    actor.code ? h('code', null, actor.code) : h('span', { class: 'new' }, 'new'), ' ', label ?? actor.name));
}

/** A Goldstein score, coloured. */
export const goldstein = (g: number): HTMLElement =>
  h('span', { class: 'score', style: { color: goldsteinColor(g) } }, score(g));

/** A quad class badge. */
export const quadBadge = (quad: number): HTMLElement =>
  h('span', { class: 'quad', title: QUAD_NAMES[quad], style: { background: QUAD_COLORS[quad] } }, `Q${quad}`);

/** A table from headers and rows of cells. */
export function table(headers: string[], rows: Child[][], attrs: Record<string, unknown> = {}): HTMLElement {
  return h('table', attrs,
    h('thead', null, h('tr', null, headers.map((t) => h('th', null, t)))),
    h('tbody', null, rows.map((cells) => h('tr', null, cells.map((c) => h('td', null, c))))));
}

/** Events as a table: date, code, actors, evidence, article. */
export function eventTable(events: EventRow[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted empty' }, 'No events match.');
  return table(['Date', 'Code', 'Source', 'Target', 'Goldstein', 'Evidence'], events.map((e) => [
    h('span', { class: 'nowrap' }, e.date ?? '—'),
    h('span', { class: 'nowrap' }, quadBadge(e.quad), ' ', h('code', { title: `rule ${e.rule}` }, e.cameo), ' ', e.plover ?? ''),
    actorChip(e.source),
    actorChip(e.target),
    goldstein(e.goldstein),
    h('span', null, e.negated ? h('span', { class: 'negated' }, 'not ') : null, e.text, ' ',
      h('a', { href: `#/article/${e.articleId}`, class: 'more' }, '→ article')),
  ]), { class: 'events' });
}

/** Events as a compact list, for narrow panels. */
export function eventList(events: EventRow[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted empty' }, 'No events match.');
  return h('ul', { class: 'event-list' }, events.map((e) => h('li', null,
    h('div', { class: 'meta' }, e.date ?? 'undated', ' ', quadBadge(e.quad), ' ', h('code', { title: `rule ${e.rule}` }, e.cameo), ' ', e.plover ?? '', ' ', goldstein(e.goldstein)),
    h('div', null, actorChip(e.source), ' → ', actorChip(e.target)),
    h('div', { class: 'evidence' }, e.negated ? h('span', { class: 'negated' }, 'not ') : null, e.text, ' ',
      h('a', { href: `#/article/${e.articleId}`, class: 'more' }, '→ article')))));
}

/** Moves the current view to another page of results: the offset lives in the address. */
export function goToOffset(params: URLSearchParams, navigate: (next: URLSearchParams) => void): (offset: number) => void {
  return (offset) => {
    const next = new URLSearchParams(params);
    if (offset) next.set('offset', String(offset));
    else next.delete('offset');
    navigate(next);
  };
}

/** "1–50 of 12,345" with previous and next buttons that call `go` with the new offset. */
export function pager(page: Page<unknown>, offset: number, limit: number, go: (offset: number) => void): HTMLElement {
  const last = offset + page.rows.length;
  const total = page.exact ? num(page.total) : `more than ${num(page.total)}`;
  return h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, '← Previous'),
    h('span', { class: 'count' }, page.rows.length ? `${num(offset + 1)}–${num(last)} of ${total}` : `0 of ${total}`),
    h('button', { type: 'button', disabled: page.exact && last >= page.total, onclick: () => go(offset + limit) }, 'Next →'));
}

export interface FieldSpec {
  name: string;
  label: string;
  placeholder?: string;
  options?: Array<[string, string]>;
  width?: string;
}

/** A filter form whose values live in the address, so every view is a link. */
export function filterForm(fields: FieldSpec[], values: URLSearchParams, submit: (values: URLSearchParams) => void): HTMLFormElement {
  const form = h('form', { class: 'filters', autocomplete: 'off' },
    fields.map((f) => h('label', null, h('span', null, f.label),
      f.options
        ? h('select', { name: f.name }, f.options.map(([value, text]) => h('option', { value, selected: values.get(f.name) === value }, text)))
        : h('input', { name: f.name, value: values.get(f.name) ?? '', placeholder: f.placeholder ?? '', style: f.width ? { width: f.width } : undefined }))),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'reset', class: 'secondary', onclick: (e: Event) => {
      e.preventDefault();
      submit(new URLSearchParams());
    } }, 'Clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) next.set(key, String(value).trim());
    submit(next);
  });
  return form;
}

/** Counts as a row of cards. */
export const cards = (items: Array<[string, number | string]>): HTMLElement =>
  h('div', { class: 'cards' }, items.map(([label, value]) =>
    h('div', { class: 'card' }, h('div', { class: 'value' }, typeof value === 'number' ? num(value) : value), h('div', { class: 'label' }, label))));

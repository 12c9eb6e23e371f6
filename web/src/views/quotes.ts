/**
 * 5. Quotes explorer: quotes by speaker, outlet and words, each with its reporting chain
 * (speaker → outlets that relayed it → the article's publisher).
 */
import { get } from '../api.js';
import { fill, h, type Child } from '../dom.js';
import type { View } from '../main.js';
import type { Page, QuoteHit } from '../types.js';
import { actorChip, filterForm, goToOffset, heading, pager, panel, showError } from '../ui.js';

const LIMIT = 30;
const ATTRIBUTED: Record<string, string> = { named: 'true', unknown: 'false' };

/** speaker → via… → publisher, each a link. */
export function chain(q: QuoteHit): HTMLElement {
  const steps: Child[] = [h('span', { class: 'step speaker' }, q.speaker ? actorChip(q.speaker) : h('span', { class: 'muted' }, 'unattributed'))];
  for (const via of q.via) steps.push(h('span', { class: 'arrow' }, '→'), h('span', { class: 'step via', title: 'relayed by' }, outletLink(via.name, via.code)));
  if (q.publisher && !q.via.some((v) => v.name === q.publisher!.name)) {
    steps.push(h('span', { class: 'arrow' }, '→'), h('span', { class: 'step publisher', title: 'published by' }, outletLink(q.publisher.name, q.publisher.code)));
  }
  return h('div', { class: 'chain' }, steps);
}

const outletLink = (name: string, code: string | null) =>
  h('a', { href: `#/quotes?outlet=${encodeURIComponent(name)}` }, code ? h('code', null, code) : null, ' ', name);

/** One quote: the chain, the words, and where it came from. */
export function quoteItem(q: QuoteHit): HTMLElement {
  return h('li', { class: `quote ${q.kind}` },
    chain(q),
    h('blockquote', null, q.text),
    h('div', { class: 'meta' }, q.kind, ' · ', q.date ?? 'undated', ' · ',
      h('a', { href: `#/article/${q.articleId}` }, q.articleTitle ?? 'article'), ' · ', h('code', { title: 'rule' }, q.rule)));
}

export async function renderQuotes({ root, params, navigate, stale }: View): Promise<void> {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const query: Record<string, string | null> = {
    speaker: params.get('speaker'), speakerName: params.get('speakerName'), outlet: params.get('outlet'),
    text: params.get('text'), kind: params.get('kind'), from: params.get('from'), to: params.get('to'),
    // Reports without a known speaker are mostly unnamed sources; the list shows them only on request.
    attributed: ATTRIBUTED[params.get('speakers') ?? 'named'] ?? null,
  };
  const errorBox = h('div');
  let page: Page<QuoteHit> = { rows: [], total: 0, exact: true };
  try {
    page = await get<Page<QuoteHit>>('/api/quotes', { ...query, limit: LIMIT, offset });
  } catch (error) {
    showError(errorBox, error);
  }
  if (stale()) return;
  const go = goToOffset(params, navigate);
  fill(root,
    heading('Quotes', 'Who said what, and through whom it reached the page.'),
    filterForm([
      { name: 'speaker', label: 'Speaker code', placeholder: 'CHNGOV', width: '7em' },
      { name: 'outlet', label: 'Outlet', placeholder: 'Xinhua or CHNMED', width: '9em' },
      { name: 'text', label: 'Words', placeholder: 'sanctions', width: '9em' },
      { name: 'kind', label: 'Kind', options: [['', 'any'], ['direct', 'direct'], ['indirect', 'indirect']] },
      { name: 'speakers', label: 'Speakers', options: [['named', 'known'], ['any', 'any'], ['unknown', 'unknown']] },
      { name: 'from', label: 'From', width: '6.5em' },
      { name: 'to', label: 'To', width: '6.5em' },
    ], params, navigate),
    errorBox,
    panel(null, pager(page, offset, LIMIT, go),
      page.rows.length ? h('ul', { class: 'quotes', id: 'quote-list' }, page.rows.map(quoteItem)) : h('p', { class: 'muted empty' }, 'No quotes match.')),
  );
}


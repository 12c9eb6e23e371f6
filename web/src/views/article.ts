/**
 * 7. Article view: the cleaned text with entity mentions, event evidence and quotes
 * highlighted, and the layers listed beside it. Also the article list with full-text search.
 */
import { get } from '../api.js';
import { fill, h, link } from '../dom.js';
import { clip, num } from '../format.js';
import { highlightedText, layerToggles } from '../highlight.js';
import type { View } from '../main.js';
import type { ArticleHit, ArticleResult, Page, StoredArticle } from '../types.js';
import { actorChip, filterForm, goldstein, goToOffset, heading, pager, panel, quadBadge, showError, table } from '../ui.js';

/** Scrolls to the first highlight of a layer item and flashes it. */
function flash(body: HTMLElement, start: number, end: number): void {
  const pieces = [...body.querySelectorAll<HTMLElement>('.hl')];
  let offset = 0;
  for (const node of body.childNodes) {
    const length = node.textContent?.length ?? 0;
    if (offset + length > start && offset < end && node instanceof HTMLElement && pieces.includes(node)) {
      node.scrollIntoView({ block: 'center', behavior: 'smooth' });
      node.classList.add('flash');
      setTimeout(() => node.classList.remove('flash'), 1600);
      node.click();
      return;
    }
    offset += length;
  }
}

/** The highlighted text with the layer lists beside it. */
export function resultView(result: ArticleResult): HTMLElement {
  const detail = h('div', { class: 'detail', id: 'highlight-detail' }, h('p', { class: 'muted' }, 'Hover over a highlight to see what it is; click to pin it here.'));
  const body = highlightedText(result, detail, document.getElementById('tooltip'));
  const goTo = (start: number, end: number) => () => flash(body, start, end);
  return h('div', { class: 'article-layout' },
    h('div', null, panel(null, layerToggles(body), body)),
    h('aside', { class: 'side' },
      panel('Selected', detail),
      panel(`Events (${result.events.length})`, result.events.length === 0 ? h('p', { class: 'muted' }, 'None.') : h('ul', { class: 'layer-list', id: 'article-events' },
        result.events.map((e) => h('li', null, h('button', { type: 'button', class: 'linklike', onclick: goTo(e.start, e.end) },
          quadBadge(e.quad), ' ', h('code', null, e.cameo), ' ', e.plover ?? ''), ' ', actorChip(e.source), ' → ', actorChip(e.target), ' ', goldstein(e.goldstein),
        e.negated ? h('span', { class: 'negated' }, ' (negated)') : null)))),
      panel(`Quotes (${result.quotes.length})`, result.quotes.length === 0 ? h('p', { class: 'muted' }, 'None.') : h('ul', { class: 'layer-list' },
        result.quotes.map((q) => h('li', null, actorChip(q.speaker), q.via.length ? ` via ${q.via.map((v) => v.name).join(' → ')}` : '', ': ',
          h('button', { type: 'button', class: 'linklike', onclick: goTo(q.content.start, q.content.end) }, clip(q.text, 90)))))),
      panel(`Stances (${result.stances.length})`, result.stances.length === 0 ? h('p', { class: 'muted' }, 'None.') : h('ul', { class: 'layer-list' },
        result.stances.map((s) => h('li', null, actorChip(s.holder), ' ', h('span', { class: s.polarity }, `${s.polarity}s`), ' ',
          h('button', { type: 'button', class: 'linklike', onclick: goTo(s.start, s.end) }, s.issue))))),
      panel(`Entities (${result.entities.length})`, table(['Name', 'Code', 'Kind', 'Mentions'], result.entities.map((e) => [
        e.name, e.actor ? h('code', null, e.actor) : h('span', { class: 'new' }, 'new'), e.role ? `${e.kind}, ${e.role}` : e.kind, num(e.mentions.length),
      ])))));
}

export async function renderArticle({ root, parts, stale }: View): Promise<void> {
  const id = parts[0] ?? '';
  const stored = await get<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  if (stale()) return;
  const { article, result } = stored;
  fill(root,
    heading(result.document.title ?? 'Untitled article', [
      result.document.date ?? 'undated', result.document.publisher?.name, `${num(article.chars)} characters`, article.source,
    ].filter(Boolean).join(' · ')),
    resultView(result));
}

export async function renderArticles({ root, params, navigate, stale }: View): Promise<void> {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const limit = 20;
  const text = params.get('text');
  const errorBox = h('div');
  let page: Page<ArticleHit> = { rows: [], total: 0, exact: true };
  try {
    page = await get<Page<ArticleHit>>('/api/articles', { text, from: params.get('from'), to: params.get('to'), sort: text ? 'rank' : '-date', limit, offset });
  } catch (error) {
    showError(errorBox, error);
  }
  if (stale()) return;
  const go = goToOffset(params, navigate);
  fill(root,
    heading('Articles', 'Newest first, or the best matches for words in titles and texts.'),
    filterForm([
      { name: 'text', label: 'Search', placeholder: 'sanctions Navalny', width: '16em' },
      { name: 'from', label: 'From', width: '6.5em' },
      { name: 'to', label: 'To', width: '6.5em' },
    ], params, navigate),
    errorBox,
    panel(null, pager(page, offset, limit, go), h('ul', { class: 'articles', id: 'article-list' }, page.rows.map((a) => h('li', null,
      link(`/article/${a.id}`, a.title ?? clip(a.snippet, 90)),
      h('div', { class: 'meta' }, [a.date ?? 'undated', a.publisher?.name, `${num(a.events)} events`, `${num(a.quotes)} quotes`, `${num(a.stances)} stances`].filter(Boolean).join(' · ')),
      h('p', { class: 'snippet' }, a.highlight ? marked(a.highlight) : a.snippet))))),
  );
}

/** A search snippet whose matches sit between \u0002 and \u0003, as text with <mark>s. */
function marked(snippet: string): Node[] {
  return snippet.split('\u0002').flatMap((part, i) => {
    if (i === 0) return [document.createTextNode(part)];
    const [hit, rest = ''] = part.split('\u0003');
    return [h('mark', null, hit), document.createTextNode(rest)];
  });
}

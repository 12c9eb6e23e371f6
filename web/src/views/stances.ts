/**
 * 6. Stance matrix: actors × issues, how often each supports and opposes each. Clicking a
 * cell lists the stances with their evidence.
 */
import { get } from '../api.js';
import { fill, h, link } from '../dom.js';
import { actorRoute, clip } from '../format.js';
import type { View } from '../main.js';
import type { Matrix, StanceRow } from '../types.js';
import { filterForm, heading, panel, showError, table } from '../ui.js';

async function showCell(detail: HTMLElement, actor: string, label: string, issue: string): Promise<void> {
  fill(detail, h('h2', null, `${label} on “${issue}”`), h('p', { class: 'loading' }, 'Loading…'));
  try {
    const { rows } = await get<{ rows: StanceRow[] }>('/api/stances', { actor, issue, limit: 50 });
    const mine = rows.filter((r) => (r.holder.code ?? r.holder.name) === actor);
    fill(detail, h('h2', null, `${label} on “${issue}”`), table(['Date', 'Holder', 'Stance', 'Evidence', 'Rule'], mine.map((r) => [
      r.date ?? '—', r.target ? `${r.holder.name} → ${r.target.name}` : r.holder.name, h('span', { class: r.polarity }, r.polarity), h('span', null, r.text, ' ', h('a', { href: `#/article/${r.articleId}`, class: 'more' }, '→ article')),
      h('code', null, r.rule),
    ]), { id: 'stance-detail' }));
  } catch (error) {
    showError(detail, error);
  }
}

export async function renderStances({ root, params, navigate, stale }: View): Promise<void> {
  const query = { actor: params.get('actor'), issue: params.get('issue'), actors: params.get('actors') ?? '25', issues: params.get('issues') ?? '25' };
  const matrix = await get<Matrix>('/api/stances/matrix', query);
  if (stale()) return;
  const detail = h('div', { class: 'stance-detail' });
  const cells = new Map(matrix.cells.map((c) => [`${c.actor}\u0000${c.issue}`, c]));
  const grid = matrix.actors.length === 0 ? h('p', { class: 'muted empty' }, 'No stances match.') : h('div', { class: 'matrix-wrap' }, h('table', { class: 'matrix', id: 'stance-matrix' },
    h('thead', null, h('tr', null, h('th', null, 'Actor \\ issue'),
      matrix.issues.map((i) => h('th', { class: 'issue', title: i.issue }, h('span', null, clip(i.issue, 42)))))),
    h('tbody', null, matrix.actors.map((a) => h('tr', null,
      h('th', { class: 'actor' }, link(actorRoute(a.key), a.code ? h('code', null, a.code) : null, ' ', a.label)),
      matrix.issues.map((i) => {
        const c = cells.get(`${a.key}\u0000${i.issue}`);
        if (!c) return h('td', { class: 'empty-cell' });
        const tone = c.support > c.oppose ? 'support' : c.oppose > c.support ? 'oppose' : 'mixed';
        return h('td', { class: `cell ${tone}` },
          h('button', {
            type: 'button', title: `${a.label}: supports ${c.support}, opposes ${c.oppose} — ${i.issue}`,
            'data-actor': a.key, 'data-issue': i.issue,
            onclick: () => void showCell(detail, a.key, a.label, i.issue),
          }, c.support ? `+${c.support}` : '', c.support && c.oppose ? ' ' : '', c.oppose ? `−${c.oppose}` : ''));
      }))))));
  fill(root,
    heading('Stances', 'Who supports (+) and who opposes (−) what. Click a cell for the evidence.'),
    filterForm([
      { name: 'actor', label: 'Actor key', placeholder: 'CHNGOV', width: '8em' },
      { name: 'issue', label: 'Issue contains', placeholder: 'sanctions', width: '10em' },
    ], params, navigate),
    panel(null, grid),
    detail,
  );
  const pick = matrix.actors.find((a) => a.key === query.actor);
  if (pick && query.issue && matrix.issues.some((i) => i.issue === query.issue)) void showCell(detail, pick.key, pick.label, query.issue);
}

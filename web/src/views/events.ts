/**
 * 2. Event timeline: events with filters (actor, country, CAMEO, PLOVER, quad class,
 * dates, words), sorting and paging, and exports of what is selected.
 */
import { get, withQuery } from '../api.js';
import { fill, h } from '../dom.js';
import type { View } from '../main.js';
import { ontology } from '../state.js';
import type { EventRow, Page, TimelinePoint } from '../types.js';
import { eventTable, filterForm, goToOffset, heading, pager, panel, showError } from '../ui.js';
import { quadTimeline } from '../charts.js';

const FILTERS = ['actor', 'partner', 'country', 'cameo', 'plover', 'quad', 'from', 'to', 'text', 'name', 'exact', 'negated', 'article'];
const LIMIT = 50;

export async function renderEvents({ root, params, navigate, stale }: View): Promise<void> {
  const onto = await ontology();
  const query: Record<string, string> = {};
  for (const key of FILTERS) if (params.get(key)) query[key] = params.get(key)!;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const sort = params.get('sort') ?? '-date';
  const filtered = Object.keys(query).length > 0;
  let page: Page<EventRow>;
  let timeline: TimelinePoint[] | null;
  let failure: unknown = null;
  try {
    [page, timeline] = await Promise.all([
      get<Page<EventRow>>('/api/events', { ...query, sort, limit: LIMIT, offset }),
      filtered ? null : get<TimelinePoint[]>('/api/timeline', { from: query.from, to: query.to }),
    ]);
  } catch (error) {
    [page, timeline, failure] = [{ rows: [], total: 0, exact: true }, null, error];
  }
  if (stale()) return;
  const form = filterForm([
    { name: 'actor', label: 'Actor code', placeholder: 'CHN, RUSGOV', width: '8em' },
    { name: 'partner', label: 'with', placeholder: 'USA', width: '6em' },
    { name: 'country', label: 'Country', placeholder: 'JPN', width: '4em' },
    { name: 'cameo', label: 'CAMEO', options: [['', 'any'], ...onto.roots.map((r): [string, string] => [r.code, `${r.code} ${r.label}`])] },
    { name: 'plover', label: 'PLOVER', options: [['', 'any'], ...onto.plover.map((p): [string, string] => [p.name, p.name])] },
    { name: 'quad', label: 'Quad class', options: [['', 'any'], ['1,2', 'cooperation'], ['3,4', 'conflict'],
      ...Object.entries(onto.quadClasses).map(([q, label]): [string, string] => [q, `${q} ${label}`])] },
    { name: 'from', label: 'From', placeholder: '2017-09', width: '6.5em' },
    { name: 'to', label: 'To', placeholder: '2020', width: '6.5em' },
    { name: 'text', label: 'Words', placeholder: 'sanctions', width: '9em' },
    { name: 'sort', label: 'Sort', options: [['-date', 'newest first'], ['date', 'oldest first'], ['-goldstein', 'most cooperative'], ['goldstein', 'most conflictual']] },
  ], params, (next) => navigate(next));
  const go = goToOffset(params, navigate);
  const exportLink = (path: string, label: string) => h('a', { href: withQuery(path, query), download: '' }, label);
  const errorBox = h('div');
  if (failure) showError(errorBox, failure);
  fill(root,
    heading('Events', 'Who did what to whom, with the words that say so. Filters combine; a code matches its prefix (CHN matches CHNGOV).'),
    form,
    errorBox,
    timeline ? panel(null, quadTimeline(timeline)) : null,
    panel(null,
      h('div', { class: 'toolbar' }, pager(page, offset, LIMIT, go),
        h('span', { class: 'exports' }, 'Export: ', exportLink('/api/events.csv', 'CSV'), ' · ', exportLink('/api/events.jsonl', 'JSONL'), ' · ',
          exportLink('/api/events.plover.json', 'PLOVER JSON'))),
      eventTable(page.rows)),
  );
}

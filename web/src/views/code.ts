/**
 * 8. Code an article: paste text or choose a file, see what Readout finds (the same JSON
 * as `readout code`), and store it if you like.
 */
import { post } from '../api.js';
import { fill, h } from '../dom.js';
import { num } from '../format.js';
import type { View } from '../main.js';
import { stats } from '../state.js';
import type { ArticleResult } from '../types.js';
import { cards, heading, panel, showError } from '../ui.js';
import { resultView } from './article.js';

const TOKEN_KEY = 'readout.token';

export async function renderCode({ root, stale }: View): Promise<void> {
  const facts = await stats();
  if (stale()) return;
  const text = h('textarea', { name: 'text', rows: 12, placeholder: 'Paste an article here: a headline, a dateline and the text…', required: true, id: 'code-text' });
  const title = h('input', { name: 'title', placeholder: 'optional', id: 'code-title' });
  const date = h('input', { name: 'date', placeholder: 'YYYY-MM-DD, when the text has no dateline', pattern: '\\d{4}-\\d{2}-\\d{2}', id: 'code-date' });
  const format = h('select', { name: 'format', id: 'code-format' }, h('option', { value: 'text' }, 'plain text'), h('option', { value: 'html' }, 'HTML'));
  const token = h('input', { name: 'token', type: 'password', value: sessionStorage.getItem(TOKEN_KEY) ?? '', placeholder: 'bearer token' });
  const file = h('input', { type: 'file', accept: '.txt,.md,.html,.htm,text/plain,text/html', id: 'code-file' });
  const output = h('div', { id: 'code-output' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    format.value = /\.html?$/i.test(chosen.name) ? 'html' : 'text';
  });
  const body = () => {
    if (facts.writeNeedsToken) sessionStorage.setItem(TOKEN_KEY, token.value);
    return { text: text.value, ...(title.value ? { title: title.value } : {}), ...(date.value ? { date: date.value } : {}), format: format.value };
  };
  const run = async (store: boolean) => {
    if (!text.value.trim()) {
      fill(output, h('p', { class: 'error', role: 'alert' }, 'text: paste an article or choose a file first'));
      return;
    }
    fill(output, h('p', { class: 'loading' }, store ? 'Coding and storing…' : 'Coding…'));
    try {
      if (store) {
        const saved = await post<{ articleId: number; status: string; reason?: string; result: ArticleResult }>('/api/articles', body(), token.value);
        fill(output, h('p', { class: 'ok', id: 'code-saved' }, saved.status === 'coded' ? 'Stored as ' : `Not stored again (${saved.reason}): it is `,
          h('a', { href: `#/article/${saved.articleId}` }, `article ${saved.articleId}`), '.'), show(saved.result));
      } else {
        fill(output, show(await post<ArticleResult>('/api/code', body(), token.value)));
      }
    } catch (error) {
      showError(output, error);
    }
  };
  const form = h('form', { class: 'code-form' },
    h('label', { class: 'wide' }, h('span', null, 'Article text'), text),
    h('div', { class: 'row' },
      h('label', null, h('span', null, 'or a file'), file),
      h('label', null, h('span', null, 'Read as'), format),
      h('label', null, h('span', null, 'Title'), title),
      h('label', null, h('span', null, 'Date'), date),
      facts.writeNeedsToken ? h('label', null, h('span', null, 'Token'), token) : null),
    h('div', { class: 'row' },
      h('button', { type: 'submit', id: 'code-run' }, 'Code it'),
      h('button', { type: 'button', class: 'secondary', id: 'code-store', onclick: () => void run(true) }, 'Code and store')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(false);
  });
  fill(root,
    heading('Code an article', 'Nothing leaves this machine: the text goes to this Readout server only. “Code it” stores nothing.'),
    panel(null, form),
    output);
}

function show(result: ArticleResult): HTMLElement {
  return h('div', { class: 'code-result' },
    cards([['Events', result.events.length], ['Quotes', result.quotes.length], ['Stances', result.stances.length], ['Entities', result.entities.length],
      ['Date', result.document.date ?? '—']]),
    resultView(result),
    panel('JSON', h('details', null, h('summary', null, `The readout code contract (${num(JSON.stringify(result).length)} characters)`),
      h('pre', { class: 'json' }, JSON.stringify(result, null, 2)))));
}

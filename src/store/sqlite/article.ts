/**
 * Reading one stored article back as the `readout code` contract, with every layer.
 */
import type { ArticleResult } from '../../doc/result.js';
import type { ActorRef } from '../../doc/types.js';
import type { StoredArticle } from '../explore.js';
import { toArticleRow } from './search.js';
import { quoteSpans, ref, span, type Row, type Statements } from './sql.js';

const actor = (code: string | null, name: string | null): ActorRef | null => ref(code, name);

/** The article with `id` and all its layers, or null. */
export function readArticle(sql: Statements, id: number): StoredArticle | null {
  const a = sql.one(`
    SELECT a.*, substr(a.text, 1, 400) AS head, length(a.text) AS chars,
      (SELECT count(*) FROM events WHERE article_id = a.id) AS n_events,
      (SELECT count(*) FROM quotes WHERE article_id = a.id) AS n_quotes,
      (SELECT count(*) FROM stances WHERE article_id = a.id) AS n_stances
    FROM articles a WHERE a.id = ?`, [id]);
  if (!a) return null;
  const mentions = new Map<number, Row[]>();
  for (const m of sql.all(`SELECT m.* FROM mentions m JOIN entities en ON en.id = m.entity_id
    WHERE en.article_id = ? ORDER BY m.id`, [id])) {
    const list = mentions.get(m.entity_id) ?? [];
    list.push(m);
    mentions.set(m.entity_id, list);
  }
  const evidence = new Map<number, Row[]>();
  for (const v of sql.all(`SELECT v.* FROM event_evidence v JOIN events e ON e.id = v.event_id
    WHERE e.article_id = ? ORDER BY v.event_id, v.ord`, [id])) {
    const list = evidence.get(v.event_id) ?? [];
    list.push(v);
    evidence.set(v.event_id, list);
  }
  const via = new Map<number, ActorRef[]>();
  for (const v of sql.all(`SELECT v.* FROM quote_via v JOIN quotes q ON q.id = v.quote_id
    WHERE q.article_id = ? ORDER BY v.quote_id, v.ord`, [id])) {
    const list = via.get(v.quote_id) ?? [];
    list.push({ code: v.code, name: v.name });
    via.set(v.quote_id, list);
  }
  const result: ArticleResult = {
    id: a.ref,
    document: {
      title: a.title, date: a.date, publisher: actor(a.publisher_code, a.publisher_name),
      source: a.doc_source, text: a.text, offset: a.text_offset,
    },
    entities: sql.all('SELECT * FROM entities WHERE article_id = ? ORDER BY ord', [id]).map((en) => ({
      id: en.kb_id, name: en.name, kind: en.kind, actor: en.actor, role: en.role, new: en.is_new === 1,
      mentions: (mentions.get(en.id) ?? []).map((m) => ({
        start: m.start, end: m.end, text: m.text, kind: m.kind, rule: m.rule,
        ...(m.corrected_from !== null ? { corrected_from: m.corrected_from as string } : {}),
      })),
    })),
    events: sql.all('SELECT * FROM events WHERE article_id = ? ORDER BY ord', [id]).map((e) => ({
      cameo: e.cameo, plover: e.plover, quad: e.quad, goldstein: e.goldstein,
      ...(e.user_code === 1 ? { user_code: true } : {}),
      source: actor(e.source_code, e.source_name)!, target: actor(e.target_code, e.target_name),
      date: e.date, text: e.text, start: e.start, end: e.end,
      evidence: (evidence.get(e.id) ?? []).map((v) => ({ start: v.start, end: v.end, text: v.text })),
      trigger: { start: e.trigger_start, end: e.trigger_end, text: e.trigger_text },
      rule: e.rule,
      ...(e.reported_by_name !== null ? { reported_by: actor(e.reported_by_code, e.reported_by_name)! } : {}),
      ...(e.negated === 1 ? { negated: true } : {}),
    })),
    quotes: sql.all('SELECT * FROM quotes WHERE article_id = ? ORDER BY ord', [id]).map((q) => {
      const { content, parts } = quoteSpans(q);
      return {
        kind: q.kind, text: q.text, speaker: actor(q.speaker_code, q.speaker_name), via: via.get(q.id) ?? [],
        content, ...(parts ? { parts } : {}),
        cue: span(q.cue_start, q.cue_end, q.cue_text), source: span(q.source_start, q.source_end, q.source_text),
        rule: q.rule,
      };
    }),
    stances: sql.all('SELECT * FROM stances WHERE article_id = ? ORDER BY ord', [id]).map((s) => ({
      holder: actor(s.holder_code, s.holder_name)!, issue: s.issue,
      ...(s.target_name !== null ? { target: actor(s.target_code, s.target_name)! } : {}),
      polarity: s.polarity,
      text: s.text, start: s.start, end: s.end, rule: s.rule,
    })),
    provenance: JSON.parse(a.provenance) as Record<string, string>,
  };
  return { article: toArticleRow(a), result };
}

/**
 * Writing one article and its layers, compiled once per connection and run inside a
 * single transaction so an article is stored whole or not at all.
 */
import type Database from 'better-sqlite3';
import type { ArticleResult, SpanText } from '../../doc/result.js';
import type { ActorRef } from '../../doc/types.js';
import type { InputStatus, SaveArticleInput, SaveOutcome } from '../store.js';

/** The reason given when an article's content hash is already stored. */
export const ALREADY_STORED = 'already stored';

/** The write side of the store, bound to one connection. */
export interface Writer {
  save(input: SaveArticleInput): SaveOutcome;
  findArticle(hash: string): number | null;
  recordInput(source: string, status: InputStatus, reason: string | null, articleId: number | null): void;
}

/** Prepares the insert statements and returns functions that use them. */
export function createWriter(db: Database.Database, now: () => string = () => new Date().toISOString()): Writer {
  const findHash = db.prepare('SELECT id FROM articles WHERE hash = ?').pluck();
  const insertArticle = db.prepare(`
    INSERT INTO articles (ref, hash, source, doc_source, title, date, publisher_name, publisher_code,
      text, text_offset, coded_at, provenance)
    VALUES (@ref, @hash, @source, @docSource, @title, @date, @publisherName, @publisherCode,
      @text, @offset, @codedAt, @provenance)`);
  const insertFts = db.prepare('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)');
  const insertEntity = db.prepare(`
    INSERT INTO entities (article_id, ord, kb_id, name, kind, actor, role, is_new, mention_count)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (entity_id, start, end, text, kind, rule, corrected_from)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(`
    INSERT INTO events (article_id, ord, cameo, plover, quad, goldstein, source_code, source_name,
      target_code, target_name, date, start, end, text, trigger_start, trigger_end, trigger_text,
      rule, reported_by_code, reported_by_name, negated, user_code)
    VALUES (@articleId, @ord, @cameo, @plover, @quad, @goldstein, @sourceCode, @sourceName,
      @targetCode, @targetName, @date, @start, @end, @text, @triggerStart, @triggerEnd, @triggerText,
      @rule, @reportedByCode, @reportedByName, @negated, @userCode)`);
  const insertEvidence = db.prepare('INSERT INTO event_evidence (event_id, ord, start, end, text) VALUES (?, ?, ?, ?, ?)');
  const insertQuote = db.prepare(`
    INSERT INTO quotes (article_id, ord, kind, speaker_code, speaker_name, content_start, content_end,
      text, content_text, parts, cue_start, cue_end, cue_text, source_start, source_end, source_text, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertVia = db.prepare('INSERT INTO quote_via (quote_id, ord, code, name) VALUES (?, ?, ?, ?)');
  const insertStance = db.prepare(`
    INSERT INTO stances (article_id, ord, holder_code, holder_name, issue, polarity, start, end, text, rule,
      target_code, target_name)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const upsertInput = db.prepare(`
    INSERT INTO inputs (source, status, reason, article_id, recorded_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (source) DO UPDATE SET
      status = excluded.status, reason = excluded.reason,
      article_id = excluded.article_id, recorded_at = excluded.recorded_at
    WHERE NOT (inputs.status = 'coded' AND excluded.status = 'skipped' AND inputs.article_id IS excluded.article_id)`);

  const recordInput = (source: string, status: InputStatus, reason: string | null, articleId: number | null): void => {
    upsertInput.run(source, status, reason, articleId, now());
  };

  const insertLayers = (articleId: number, result: ArticleResult): void => {
    result.entities.forEach((entity, ord) => {
      const entityId = Number(
        insertEntity.run(articleId, ord, entity.id, entity.name, entity.kind, entity.actor, entity.role,
          entity.new ? 1 : 0, entity.mentions.length).lastInsertRowid,
      );
      for (const m of entity.mentions) {
        insertMention.run(entityId, m.start, m.end, m.text, m.kind, m.rule, m.corrected_from ?? null);
      }
    });
    result.events.forEach((event, ord) => {
      const eventId = Number(
        insertEvent.run({
          articleId, ord,
          cameo: event.cameo, plover: event.plover, quad: event.quad, goldstein: event.goldstein,
          ...actorColumns('source', event.source), ...actorColumns('target', event.target),
          date: event.date, start: event.start, end: event.end, text: event.text,
          triggerStart: event.trigger.start, triggerEnd: event.trigger.end, triggerText: event.trigger.text,
          rule: event.rule, ...actorColumns('reportedBy', event.reported_by ?? null),
          negated: event.negated ? 1 : 0, userCode: event.user_code ? 1 : 0,
        }).lastInsertRowid,
      );
      event.evidence.forEach((span, i) => insertEvidence.run(eventId, i, span.start, span.end, span.text));
    });
    result.quotes.forEach((quote, ord) => {
      const quoteId = Number(
        insertQuote.run(articleId, ord, quote.kind, quote.speaker?.code ?? null, quote.speaker?.name ?? null,
          // The quote's words are what quote searches match; the content span keeps its own text only when it differs.
          quote.content.start, quote.content.end, quote.text,
          quote.content.text === quote.text ? null : quote.content.text,
          quote.parts ? JSON.stringify(quote.parts) : null, ...spanColumns(quote.cue),
          ...spanColumns(quote.source), quote.rule).lastInsertRowid,
      );
      quote.via.forEach((via, i) => insertVia.run(quoteId, i, via.code, via.name));
    });
    result.stances.forEach((stance, ord) => {
      insertStance.run(articleId, ord, stance.holder.code, stance.holder.name, stance.issue, stance.polarity,
        stance.start, stance.end, stance.text, stance.rule, stance.target?.code ?? null, stance.target?.name ?? null);
    });
  };

  const save = db.transaction((input: SaveArticleInput): SaveOutcome => {
    const existing = findHash.get(input.hash) as number | undefined;
    if (existing !== undefined) {
      recordInput(input.source, 'skipped', ALREADY_STORED, existing);
      return { articleId: existing, status: 'skipped', reason: ALREADY_STORED };
    }
    const { result } = input;
    const doc = result.document;
    const articleId = Number(
      insertArticle.run({
        ref: result.id, hash: input.hash, source: input.source, docSource: doc.source,
        title: doc.title, date: doc.date,
        publisherName: doc.publisher?.name ?? null, publisherCode: doc.publisher?.code ?? null,
        text: doc.text, offset: doc.offset, codedAt: now(), provenance: JSON.stringify(result.provenance ?? {}),
      }).lastInsertRowid,
    );
    insertFts.run(articleId, doc.title, doc.text);
    insertLayers(articleId, result);
    recordInput(input.source, 'coded', null, articleId);
    return { articleId, status: 'coded' };
  });

  return {
    // IMMEDIATE takes the write lock up front, so the hash check and the insert cannot race another writer.
    save: (input) => save.immediate(input),
    findArticle: (hash) => (findHash.get(hash) as number | undefined) ?? null,
    recordInput,
  };
}

function actorColumns(prefix: string, actor: ActorRef | null): Record<string, string | null> {
  return { [`${prefix}Code`]: actor?.code ?? null, [`${prefix}Name`]: actor?.name ?? null };
}

function spanColumns(span: SpanText | null): [number | null, number | null, string | null] {
  return span ? [span.start, span.end, span.text] : [null, null, null];
}

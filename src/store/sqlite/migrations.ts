/**
 * Versioned schema for the SQLite store. A migration is never edited once released; a
 * change adds the next version.
 */
import type Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { EXPLORE_SCHEMA_SQL } from './explore-schema.js';

export interface Migration {
  version: number;
  sql: string;
}

// Span texts are copied next to their offsets so queries can search and print them
// without slicing article text in SQL (SQLite counts code points, JavaScript UTF-16 units).
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        doc_source TEXT,
        title TEXT,
        date TEXT,
        publisher_name TEXT,
        publisher_code TEXT,
        text TEXT NOT NULL,
        text_offset INTEGER NOT NULL,
        coded_at TEXT NOT NULL,
        provenance TEXT NOT NULL
      );
      CREATE INDEX articles_date ON articles(date);
      CREATE INDEX articles_ref ON articles(ref);

      CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        kb_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT,
        role TEXT,
        is_new INTEGER NOT NULL,
        mention_count INTEGER NOT NULL
      );
      CREATE INDEX entities_article ON entities(article_id);
      CREATE INDEX entities_actor ON entities(actor);

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        rule TEXT NOT NULL,
        corrected_from TEXT
      );
      CREATE INDEX mentions_entity ON mentions(entity_id);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        cameo TEXT NOT NULL,
        plover TEXT,
        quad INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        source_code TEXT,
        source_name TEXT NOT NULL,
        target_code TEXT,
        target_name TEXT,
        date TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL,
        rule TEXT NOT NULL,
        reported_by_code TEXT,
        reported_by_name TEXT,
        negated INTEGER NOT NULL
      );
      CREATE INDEX events_article ON events(article_id);
      CREATE INDEX events_source ON events(source_code);
      CREATE INDEX events_target ON events(target_code);
      CREATE INDEX events_cameo ON events(cameo);

      CREATE TABLE event_evidence (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (event_id, ord)
      );

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
        speaker_code TEXT,
        speaker_name TEXT,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        source_start INTEGER,
        source_end INTEGER,
        source_text TEXT,
        rule TEXT NOT NULL
      );
      CREATE INDEX quotes_article ON quotes(article_id);
      CREATE INDEX quotes_speaker ON quotes(speaker_code);

      CREATE TABLE quote_via (
        quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        code TEXT,
        name TEXT NOT NULL,
        PRIMARY KEY (quote_id, ord)
      );

      CREATE TABLE stances (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        holder_code TEXT,
        holder_name TEXT NOT NULL,
        issue TEXT NOT NULL,
        polarity TEXT NOT NULL CHECK (polarity IN ('support', 'oppose')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        rule TEXT NOT NULL
      );
      CREATE INDEX stances_article ON stances(article_id);
      CREATE INDEX stances_holder ON stances(holder_code);

      CREATE TABLE inputs (
        source TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('coded', 'skipped', 'failed')),
        reason TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        recorded_at TEXT NOT NULL
      );
    `,
  },
  { version: 2, sql: EXPLORE_SCHEMA_SQL },
  {
    // Fields the result contract gained: user-coded events, interrupted quotes, stances toward an actor.
    // `content_text` is set only when a quote's words (`text`) differ from its content span's text.
    version: 3,
    sql: `
      ALTER TABLE events ADD COLUMN user_code INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE quotes ADD COLUMN content_text TEXT;
      ALTER TABLE quotes ADD COLUMN parts TEXT;
      ALTER TABLE stances ADD COLUMN target_code TEXT;
      ALTER TABLE stances ADD COLUMN target_name TEXT;
      CREATE INDEX stances_target ON stances(target_code);
    `,
  },
];

/** The newest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies every migration newer than the database's version, each in its own transaction. */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > newest) {
    throw new StoreError('E_SCHEMA', file, `database schema version ${current} is newer than this readout (${newest}); upgrade readout`);
  }
  const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    }).immediate();
  }
  return Math.max(current, newest);
}

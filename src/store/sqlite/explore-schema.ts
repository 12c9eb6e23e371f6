/**
 * Schema version 2: what makes exploring fast on millions of events. Each event gets its
 * effective date (`day`), events and quotes get full-text indexes, and summary tables are
 * kept by triggers as rows are written, then filled once from the rows already stored.
 *
 * An actor's key is its code, else its name. Summaries count events that are not negated;
 * `month` is YYYY-MM, or '' for undated events.
 */

const KEY = (side: 'source' | 'target', e = 'e') => `coalesce(${e}.${side}_code, ${e}.${side}_name)`;
const MONTH = (e = 'e') => `coalesce(substr(${e}.day, 1, 7), '')`;
const HAS_PAIR = (e = 'e') => `${e}.target_name IS NOT NULL AND ${KEY('target', e)} IS NOT ${KEY('source', e)}`;

/** Statements that add (sign 1) or remove (sign -1) event `e` from every summary table. */
function eventSummaries(sign: 1 | -1, from: string): string {
  const add = sign === 1 ? '+' : '-';
  const upsert = (table: string, keys: string, extra = '') =>
    `ON CONFLICT (${keys}) DO UPDATE SET events = ${table}.events ${add} 1, goldstein = ${table}.goldstein ${add} excluded.goldstein${extra};`;
  const g = sign === 1 ? 'e.goldstein' : '-e.goldstein';
  return `
    INSERT INTO agg_month (month, quad, events, goldstein)
      SELECT ${MONTH()}, e.quad, ${sign}, ${g} ${from}
      ${upsert('agg_month', 'month, quad')}
    INSERT INTO agg_actor (actor, code, name, events, goldstein, as_source, as_target)
      SELECT ${KEY('source')}, e.source_code, e.source_name, ${sign}, ${g}, ${sign}, 0 ${from}
      ${upsert('agg_actor', 'actor', `, name = excluded.name, as_source = agg_actor.as_source ${add} 1`)}
    INSERT INTO agg_actor (actor, code, name, events, goldstein, as_source, as_target)
      SELECT ${KEY('target')}, e.target_code, e.target_name, ${sign}, ${g}, 0, ${sign} ${from} AND ${HAS_PAIR()}
      ${upsert('agg_actor', 'actor', `, name = excluded.name, as_target = agg_actor.as_target ${add} 1`)}
    INSERT INTO agg_actor_month (actor, month, events, goldstein)
      SELECT ${KEY('source')}, ${MONTH()}, ${sign}, ${g} ${from}
      ${upsert('agg_actor_month', 'actor, month')}
    INSERT INTO agg_actor_month (actor, month, events, goldstein)
      SELECT ${KEY('target')}, ${MONTH()}, ${sign}, ${g} ${from} AND ${HAS_PAIR()}
      ${upsert('agg_actor_month', 'actor, month')}
    INSERT INTO agg_actor_type (actor, side, root, events, goldstein)
      SELECT ${KEY('source')}, 'source', substr(e.cameo, 1, 2), ${sign}, ${g} ${from}
      ${upsert('agg_actor_type', 'actor, side, root')}
    INSERT INTO agg_actor_type (actor, side, root, events, goldstein)
      SELECT ${KEY('target')}, 'target', substr(e.cameo, 1, 2), ${sign}, ${g} ${from} AND e.target_name IS NOT NULL
      ${upsert('agg_actor_type', 'actor, side, root')}
    INSERT INTO agg_dyad_month (source, target, month, events, goldstein)
      SELECT ${KEY('source')}, ${KEY('target')}, ${MONTH()}, ${sign}, ${g} ${from} AND ${HAS_PAIR()}
      ${upsert('agg_dyad_month', 'source, target, month')}
    INSERT INTO agg_pair_year (a, b, year, events, goldstein)
      SELECT min(${KEY('source')}, ${KEY('target')}), max(${KEY('source')}, ${KEY('target')}), substr(e.day, 1, 4), ${sign}, ${g}
      ${from} AND ${HAS_PAIR()} AND e.day IS NOT NULL
      ${upsert('agg_pair_year', 'a, b, year')}
    INSERT INTO agg_pair_month (a, b, month, events, goldstein)
      SELECT min(${KEY('source')}, ${KEY('target')}), max(${KEY('source')}, ${KEY('target')}), ${MONTH()}, ${sign}, ${g}
      ${from} AND ${HAS_PAIR()} AND e.day IS NOT NULL
      ${upsert('agg_pair_month', 'a, b, month')}
    INSERT INTO agg_pair (a, b, events, goldstein, forward)
      SELECT min(${KEY('source')}, ${KEY('target')}), max(${KEY('source')}, ${KEY('target')}), ${sign}, ${g},
        CASE WHEN ${KEY('source')} < ${KEY('target')} THEN ${sign} ELSE 0 END ${from} AND ${HAS_PAIR()}
      ${upsert('agg_pair', 'a, b', ', forward = agg_pair.forward + excluded.forward')}`;
}

const OLD_COLUMNS = ['source_code', 'source_name', 'target_code', 'target_name', 'cameo', 'quad', 'goldstein', 'day', 'negated']
  .map((c) => `old.${c} AS ${c}`).join(', ');

/** Tables whose rows are counted by trigger, so counts never scan them. */
const COUNTED: Array<[string, string]> = [['articles', 'articles'], ['entities', 'entities'], ['mentions', 'mentions'], ['stances', 'stances']];

const FTS = "tokenize='unicode61 remove_diacritics 2'";

/** The SQL of schema version 2. */
export const EXPLORE_SCHEMA_SQL = `
  ALTER TABLE events ADD COLUMN day TEXT;
  UPDATE events SET day = coalesce(date, (SELECT a.date FROM articles a WHERE a.id = events.article_id));

  DROP INDEX events_source;
  DROP INDEX events_target;
  DROP INDEX events_cameo;
  CREATE INDEX events_day ON events(day);
  CREATE INDEX events_goldstein ON events(goldstein, day);
  CREATE INDEX events_source_day ON events(source_code, day);
  CREATE INDEX events_target_day ON events(target_code, day);
  CREATE INDEX events_source_goldstein ON events(source_code, goldstein, day);
  CREATE INDEX events_target_goldstein ON events(target_code, goldstein, day);
  CREATE INDEX events_pair ON events(source_code, target_code, day);
  CREATE INDEX events_cameo ON events(cameo, goldstein, day);
  CREATE INDEX events_plover ON events(plover, goldstein, day);
  CREATE INDEX events_quad ON events(quad, goldstein, day);
  CREATE INDEX events_source_name ON events(source_name, day) WHERE source_code IS NULL;
  CREATE INDEX events_target_name ON events(target_name, day) WHERE target_code IS NULL;
  ALTER TABLE quotes ADD COLUMN day TEXT;
  UPDATE quotes SET day = (SELECT a.date FROM articles a WHERE a.id = quotes.article_id);
  CREATE INDEX quotes_day ON quotes(day);
  CREATE INDEX quotes_speaker_day ON quotes(speaker_code, day);
  CREATE INDEX quotes_speaker_name ON quotes(speaker_name, day) WHERE speaker_code IS NULL;
  CREATE INDEX inputs_status ON inputs(status);
  -- Every outlet a quote reached the page through, by name and by code: relays and the publisher.
  CREATE TABLE quote_outlet (outlet TEXT NOT NULL, quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE, day TEXT,
    PRIMARY KEY (outlet, quote_id)) WITHOUT ROWID;
  CREATE INDEX quote_outlet_day ON quote_outlet(outlet, day, quote_id);
  CREATE INDEX quote_outlet_quote ON quote_outlet(quote_id);
  INSERT OR IGNORE INTO quote_outlet (outlet, quote_id, day)
    SELECT v.name, v.quote_id, q.day FROM quote_via v JOIN quotes q ON q.id = v.quote_id
    UNION ALL SELECT v.code, v.quote_id, q.day FROM quote_via v JOIN quotes q ON q.id = v.quote_id WHERE v.code IS NOT NULL
    UNION ALL SELECT a.publisher_name, q.id, q.day FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.publisher_name IS NOT NULL
    UNION ALL SELECT a.publisher_code, q.id, q.day FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.publisher_code IS NOT NULL;
  CREATE INDEX quote_via_code ON quote_via(code);
  CREATE INDEX quote_via_name ON quote_via(name);
  CREATE INDEX articles_publisher_code ON articles(publisher_code);
  CREATE INDEX articles_publisher_name ON articles(publisher_name);

  CREATE VIRTUAL TABLE event_fts USING fts5(text, content='events', content_rowid='id', ${FTS});
  INSERT INTO event_fts(event_fts) VALUES ('rebuild');
  CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quotes', content_rowid='id', ${FTS});
  INSERT INTO quote_fts(quote_fts) VALUES ('rebuild');

  CREATE TABLE agg_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO agg_counts (name, n)
    SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'entities', count(*) FROM entities
    UNION ALL SELECT 'mentions', count(*) FROM mentions UNION ALL SELECT 'events', count(*) FROM events
    UNION ALL SELECT 'quotes', count(*) FROM quotes UNION ALL SELECT 'stances', count(*) FROM stances
    UNION ALL SELECT 'inputs:' || s, (SELECT count(*) FROM inputs WHERE status = s) FROM (SELECT 'coded' AS s UNION ALL SELECT 'skipped' UNION ALL SELECT 'failed');
  CREATE TABLE agg_month (month TEXT NOT NULL, quad INTEGER NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
    PRIMARY KEY (month, quad)) WITHOUT ROWID;
  CREATE TABLE agg_actor (actor TEXT PRIMARY KEY, code TEXT, name TEXT NOT NULL, events INTEGER NOT NULL,
    goldstein REAL NOT NULL, as_source INTEGER NOT NULL, as_target INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX agg_actor_events ON agg_actor(events);
  CREATE TABLE agg_actor_month (actor TEXT NOT NULL, month TEXT NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
    PRIMARY KEY (actor, month)) WITHOUT ROWID;
  CREATE INDEX agg_actor_month_month ON agg_actor_month(month, actor, events);
  CREATE TABLE agg_actor_type (actor TEXT NOT NULL, side TEXT NOT NULL, root TEXT NOT NULL, events INTEGER NOT NULL,
    goldstein REAL NOT NULL, PRIMARY KEY (actor, side, root)) WITHOUT ROWID;
  CREATE TABLE agg_dyad_month (source TEXT NOT NULL, target TEXT NOT NULL, month TEXT NOT NULL, events INTEGER NOT NULL,
    goldstein REAL NOT NULL, PRIMARY KEY (source, target, month)) WITHOUT ROWID;
  CREATE INDEX agg_dyad_month_target ON agg_dyad_month(target, source, month);
  CREATE INDEX agg_dyad_month_month ON agg_dyad_month(month, source, target, events, goldstein);
  CREATE TABLE agg_pair (a TEXT NOT NULL, b TEXT NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
    forward INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
  CREATE INDEX agg_pair_events ON agg_pair(events);
  CREATE TABLE agg_pair_month (a TEXT NOT NULL, b TEXT NOT NULL, month TEXT NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
    PRIMARY KEY (a, b, month)) WITHOUT ROWID;
  CREATE TABLE agg_pair_year (a TEXT NOT NULL, b TEXT NOT NULL, year TEXT NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
    PRIMARY KEY (a, b, year)) WITHOUT ROWID;
  CREATE INDEX agg_pair_b ON agg_pair(b, a);
  CREATE TABLE agg_names (actor TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL,
    is_new INTEGER NOT NULL, articles INTEGER NOT NULL, first TEXT, last TEXT, PRIMARY KEY (actor, name, role)) WITHOUT ROWID;
  CREATE TABLE agg_stance (actor TEXT NOT NULL, issue TEXT NOT NULL, name TEXT NOT NULL, support INTEGER NOT NULL,
    oppose INTEGER NOT NULL, PRIMARY KEY (actor, issue)) WITHOUT ROWID;
  CREATE INDEX agg_stance_issue ON agg_stance(issue);

  ${eventSummaries(1, 'FROM events e WHERE e.negated = 0')}
  INSERT INTO agg_names (actor, name, role, kind, is_new, articles, first, last)
    SELECT coalesce(en.actor, en.name), en.name, coalesce(en.role, ''), max(en.kind), max(en.is_new), count(*), min(a.date), max(a.date)
    FROM entities en JOIN articles a ON a.id = en.article_id GROUP BY 1, 2, 3;
  INSERT INTO agg_stance (actor, issue, name, support, oppose)
    SELECT coalesce(holder_code, holder_name), issue, max(holder_name), sum(polarity = 'support'), sum(polarity = 'oppose')
    FROM stances GROUP BY 1, 2;

  CREATE TRIGGER events_explore_insert AFTER INSERT ON events BEGIN
    UPDATE events SET day = coalesce(new.date, (SELECT a.date FROM articles a WHERE a.id = new.article_id)) WHERE id = new.id;
    INSERT INTO event_fts (rowid, text) VALUES (new.id, new.text);
    UPDATE agg_counts SET n = n + 1 WHERE name = 'events';
    ${eventSummaries(1, 'FROM events e WHERE e.id = new.id AND e.negated = 0')}
  END;
  CREATE TRIGGER events_explore_delete AFTER DELETE ON events BEGIN
    INSERT INTO event_fts (event_fts, rowid, text) VALUES ('delete', old.id, old.text);
    UPDATE agg_counts SET n = n - 1 WHERE name = 'events';
    ${eventSummaries(-1, `FROM (SELECT ${OLD_COLUMNS}) e WHERE e.negated = 0`)}
  END;
  CREATE TRIGGER quotes_explore_insert AFTER INSERT ON quotes BEGIN
    UPDATE quotes SET day = (SELECT a.date FROM articles a WHERE a.id = new.article_id) WHERE id = new.id;
    INSERT INTO quote_fts (rowid, text) VALUES (new.id, new.text);
    INSERT OR IGNORE INTO quote_outlet (outlet, quote_id, day)
      SELECT x.outlet, new.id, a.date FROM articles a,
        (SELECT publisher_name AS outlet FROM articles WHERE id = new.article_id UNION SELECT publisher_code FROM articles WHERE id = new.article_id) x
      WHERE a.id = new.article_id AND x.outlet IS NOT NULL;
    UPDATE agg_counts SET n = n + 1 WHERE name = 'quotes';
  END;
  CREATE TRIGGER quotes_explore_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    UPDATE agg_counts SET n = n - 1 WHERE name = 'quotes';
  END;
${COUNTED.map(([table, name]) => `
  CREATE TRIGGER ${table}_count_insert AFTER INSERT ON ${table} BEGIN UPDATE agg_counts SET n = n + 1 WHERE name = '${name}'; END;
  CREATE TRIGGER ${table}_count_delete AFTER DELETE ON ${table} BEGIN UPDATE agg_counts SET n = n - 1 WHERE name = '${name}'; END;`).join('')}
  CREATE TRIGGER inputs_count_insert AFTER INSERT ON inputs BEGIN
    UPDATE agg_counts SET n = n + 1 WHERE name = 'inputs:' || new.status;
  END;
  CREATE TRIGGER inputs_count_update AFTER UPDATE OF status ON inputs BEGIN
    UPDATE agg_counts SET n = n - 1 WHERE name = 'inputs:' || old.status;
    UPDATE agg_counts SET n = n + 1 WHERE name = 'inputs:' || new.status;
  END;
  CREATE TRIGGER inputs_count_delete AFTER DELETE ON inputs BEGIN
    UPDATE agg_counts SET n = n - 1 WHERE name = 'inputs:' || old.status;
  END;
  CREATE TRIGGER quote_via_explore_insert AFTER INSERT ON quote_via BEGIN
    INSERT OR IGNORE INTO quote_outlet (outlet, quote_id, day)
      SELECT x.outlet, new.quote_id, q.day FROM quotes q, (SELECT new.name AS outlet UNION SELECT new.code) x
      WHERE q.id = new.quote_id AND x.outlet IS NOT NULL;
  END;
  CREATE TRIGGER entities_explore_insert AFTER INSERT ON entities BEGIN
    INSERT INTO agg_names (actor, name, role, kind, is_new, articles, first, last)
      SELECT coalesce(new.actor, new.name), new.name, coalesce(new.role, ''), new.kind, new.is_new, 1, a.date, a.date
      FROM articles a WHERE a.id = new.article_id
      ON CONFLICT (actor, name, role) DO UPDATE SET articles = agg_names.articles + 1,
        first = coalesce(min(agg_names.first, excluded.first), agg_names.first, excluded.first),
        last = coalesce(max(agg_names.last, excluded.last), agg_names.last, excluded.last);
  END;
  CREATE TRIGGER entities_explore_delete AFTER DELETE ON entities BEGIN
    UPDATE agg_names SET articles = articles - 1
      WHERE actor = coalesce(old.actor, old.name) AND name = old.name AND role = coalesce(old.role, '');
  END;
  CREATE TRIGGER stances_explore_insert AFTER INSERT ON stances BEGIN
    INSERT INTO agg_stance (actor, issue, name, support, oppose)
      VALUES (coalesce(new.holder_code, new.holder_name), new.issue, new.holder_name, new.polarity = 'support', new.polarity = 'oppose')
      ON CONFLICT (actor, issue) DO UPDATE SET name = excluded.name, support = agg_stance.support + excluded.support, oppose = agg_stance.oppose + excluded.oppose;
  END;
  CREATE TRIGGER stances_explore_delete AFTER DELETE ON stances BEGIN
    UPDATE agg_stance SET support = support - (old.polarity = 'support'), oppose = oppose - (old.polarity = 'oppose')
      WHERE actor = coalesce(old.holder_code, old.holder_name) AND issue = old.issue;
  END;
`;

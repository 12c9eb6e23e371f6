/**
 * Help texts for `readout --help` and `readout COMMAND --help`.
 */

const FILTERS = `Filters:
  -a, --actor CODE    actor code (CHNGOV) or code prefix (CHN), or an exact name
  -t, --type TYPE     %TYPE%
      --from DATE     on or after DATE (2017, 2017-09 or 2017-09-01)
      --to DATE       on or before DATE (a month or year includes all of it)
      --text WORDS    %TEXT%
  -n, --limit N       show at most N rows (default 50; 0 for all)
      --offset N      skip the first N rows
      --json          print JSON instead of a table
      --db FILE       database (default ./readout.db)`;

const filters = (type: string, text: string) => FILTERS.replace('%TYPE%', type).replace('%TEXT%', text);

const INPUTS = `Inputs: files (.txt .md .jsonl .ndjson .json .csv .html, others read as text),
folders (read recursively, hidden files skipped) or - for standard input.
      --format F      read every input as text, jsonl, json, csv or html
      --max-bytes N   refuse inputs larger than N (default 10MB; e.g. 50MB)
      --kb DIR        also load the dictionaries imported into DIR with readout kb
                      import (repeatable)`;

/** `readout --help`. */
export const MAIN_HELP = `readout: turns news articles into structured diplomacy data

Usage: readout COMMAND [options]

Commands:
  demo                 ingest the bundled sample articles and show what was found
  code FILE|-          print the coded JSON for each article
  code --jsonl [FILE]  code JSON lines {id, text, date?, title?}, one result line each
  ingest PATH...       code and store articles in a database
  events               list stored events
  quotes               list stored quotes
  stances              list stored stances
  actors               list actors across articles (--new: those not in the knowledge base)
  articles             list stored articles
  export               write stored events as CSV (GDELT-like), JSON lines or PLOVER JSON
  inputs               list every input and its status (coded, skipped, failed)
  serve                serve the HTTP API and the dashboard (http://127.0.0.1:8080/)
  eval                 measure accuracy against gold annotations and reference data sets
  kb import FILE...    convert TABARI/PETRARCH dictionaries for --kb

Options:
  -h, --help           show help (readout COMMAND --help for a command)
  -V, --version        show the version

Start with: readout demo
Set READOUT_DEBUG=1 to see stack traces for unexpected errors.
`;

/** `readout COMMAND --help`, by command. */
export const COMMAND_HELP: Record<string, string> = {
  demo: `Usage: readout demo [--db FILE] [--serve [--port N]]

Ingests the sample articles in samples/ into the database and prints a summary:
counts plus a few events, quotes and stances.
      --db FILE       database (default ./readout.db)
      --serve         then serve the dashboard on the database (see readout serve --help)
      --port N        with --serve: the port (default 8080, or a free one when it is busy)
      --samples DIR   use the articles in DIR instead of the bundled samples
`,
  code: `Usage: readout code [options] FILE|FOLDER|-
       readout code --jsonl [FILE]

Prints one JSON object per article (pretty for a single article on a terminal,
otherwise one compact line per article). Nothing is stored.
      --pretty        always pretty-print
      --jsonl         read JSON lines {id, text, date?, title?} from FILE or standard
                      input and write one line per input with the same id; a bad line
                      gives {"id": ..., "error": {"code": ..., "message": ...}}
${INPUTS}
`,
  ingest: `Usage: readout ingest [options] PATH...

Codes and stores every article, recording a status for every input: coded,
skipped (why) or failed (why). Articles already stored (same content) are skipped.
Exits 0 when any input was coded or skipped, 1 when all failed.
      --db FILE       database (default ./readout.db)
  -q, --quiet         no progress bar
${INPUTS}
`,
  events: `Usage: readout events [filters]

Lists stored events: date, CAMEO code, PLOVER category, source, target, evidence.
${filters('CAMEO code prefix (04) or PLOVER category (CONSULT)', 'words in the evidence text')}
`,
  quotes: `Usage: readout quotes [filters]

Lists stored quotes with their speakers.
${filters('direct or indirect', 'words in the quote')}
`,
  stances: `Usage: readout stances [filters]

Lists stored stances: who supports or opposes what.
${filters('support, oppose, or an issue', 'words in the evidence or issue')}
`,
  actors: `Usage: readout actors [filters] [--new]

Lists actors across articles with their article, mention and event counts.
      --new           only actors described by the text, not in the knowledge base
${filters('entity kind (person, country, organization, media, group, location)', 'part of the name')}
`,
  articles: `Usage: readout articles [filters]

Lists stored articles with their counts of events, quotes and stances.
${filters('articles with an event of this CAMEO prefix or PLOVER category', 'full-text search of title and text')}
`,
  kb: `Usage: readout kb import FILE... --out DIR [--kind KIND] [--verbose]

Converts TABARI/PETRARCH dictionaries into Readout's own formats and writes one JSON
file per dictionary into DIR (created when missing). Load them on top of Readout's data
with --kb DIR (readout code, ingest and eval). The dictionaries are read, never copied.
  actors     names, + synonyms and dated codes ([USAGOV >20010120]) → actors overlay
  agents     role and group words with sector codes ([~GOV]) → agents overlay
  discards   phrases that stop a sentence (+: a story) from being coded → discards overlay
  verbs      verb blocks and patterns → event rules; what our rules cannot express
             (words before the verb, a source after it, codes outside CAMEO ...) is
             skipped and counted
  -o, --out DIR       where to write the converted files
      --kind KIND     actors, agents, discards or verbs (default: from the file name,
                      then the content)
  -v, --verbose       list every line not read and examples of skipped patterns
`,
  export: `Usage: readout export [--format csv|jsonl|plover] [-o FILE] [filters]

Writes every stored event that matches the filters, oldest id first, to standard
output or FILE: csv has GDELT-like columns (Actor1Code ... GoldsteinScale, PloverType,
Evidence, RuleId); jsonl one event row per line; plover a JSON array of PLOVER events
(events without a PLOVER category, such as user codes, are left out).
  -f, --format F      csv (default), jsonl or plover
  -o, --output FILE   write to FILE instead of standard output
  -a, --actor CODE    actor code or code prefix, on either side (CHN matches CHNGOV)
      --partner CODE  with --actor: only events between the two
      --country ISO3  country of the source or target (RUS)
      --cameo CODE    CAMEO code prefix (04, 042)
      --plover TYPE   PLOVER category (CONSULT)
      --quad LIST     quad classes 1-4, comma-separated (3,4 for conflict)
      --from DATE     on or after DATE (2017, 2017-09 or 2017-09-01)
      --to DATE       on or before DATE (a month or year includes all of it)
      --text WORDS    words that must all occur in the evidence
      --no-negated    leave out negated events ("did not meet")
  -n, --limit N       stop after N events
      --db FILE       database (default ./readout.db)
`,
  inputs: `Usage: readout inputs [--status coded|skipped|failed] [--db FILE] [--json]

Lists every input that was ingested and its status, with the reason for skipped and failed ones.
  -n, --limit N       show at most N rows (default 50; 0 for all)
      --offset N      skip the first N rows
`,
  eval: `Usage: readout eval [data sets] [--json] [--limit N] [--verbose]
       readout eval --all

Codes reference data and prints how well Readout did: a table per data set, or one
JSON object with --json. Paths are read at run time; nothing is copied. A flag given
without a path uses the default shown (../shared is the folder beside this checkout).
      --gold FILE.gold.json   one article against its reference annotation; the article
                              is X.txt above the gold folder (or in ../seeds), or --text
      --text ARTICLE.txt      the article for a single --gold file
      --gold-dir [DIR]        every X.txt in DIR with gold/X.gold.json or ../gold/X.gold.json
                              (default: samples/); events, quotes, stances, entities
      --plover [FILE]         PLOVER event types and actors
                              (default: ../shared/data/plover-gsr/dev.json)
      --conll [FILE]          entity spans, CoNLL-2003 PER/LOC/ORG/MISC exact-match F1
                              (default: ../shared/data/conll2003/eng.testa)
      --polnear [DIR]         quote source, cue and content spans, PARC-style F1
                              (default: ../shared/data/polnear/dev)
      --directed-sentiment [FILE]
                              polarity between two marked entities from events and stances
                              (default: ../shared/data/directed-sentiment/valid.txt)
      --petrarch [XML]        PETRARCH validation records: imports the dictionaries the file
                              names (from its folder), codes each sentence with them and
                              compares source, target and event code (default: ../shared/
                              data/petrarch2-validation/PETR.UnitTest.records.xml)
      --kb DIR                load imported dictionaries from DIR (repeatable)
      --all                   every data set above whose default exists (and ../shared/seeds)
  -n, --limit N               score N items of each data set, spread evenly over it
  -v, --verbose               list each gold article's misses
      --json                  print one JSON object
`,
  serve: `Usage: readout serve [--db FILE] [--port N] [--host ADDRESS] [--token TOKEN]

Serves the dashboard and the JSON API (described at /api/openapi.json) from one
process until Ctrl+C. Nothing is fetched from elsewhere.
      --db FILE       database (default ./readout.db)
  -p, --port N        port (default 8080; a busy default falls back to a free port; 0 picks one)
      --host ADDRESS  address to listen on (default 127.0.0.1, this machine only)
      --token TOKEN   POST requests need "Authorization: Bearer TOKEN"; away from
                      localhost one is required, taken from READOUT_TOKEN or made up
                      and printed when not given
`,
};

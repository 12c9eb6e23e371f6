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
      --max-bytes N   refuse inputs larger than N (default 10MB; e.g. 50MB)`;

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
  inputs               list every input and its status (coded, skipped, failed)

Options:
  -h, --help           show help (readout COMMAND --help for a command)
  -V, --version        show the version

Start with: readout demo
Set READOUT_DEBUG=1 to see stack traces for unexpected errors.
`;

/** `readout COMMAND --help`, by command. */
export const COMMAND_HELP: Record<string, string> = {
  demo: `Usage: readout demo [--db FILE]

Ingests the sample articles in samples/ into the database and prints a summary:
counts plus a few events, quotes and stances.
      --db FILE       database (default ./readout.db)
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
  inputs: `Usage: readout inputs [--status coded|skipped|failed] [--db FILE] [--json]

Lists every input that was ingested and its status, with the reason for skipped and failed ones.
  -n, --limit N       show at most N rows (default 50; 0 for all)
      --offset N      skip the first N rows
`,
};

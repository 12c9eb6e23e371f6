/**
 * Query parameter schemas (zod) for every API route, and parsing that turns the first
 * problem into a 400 naming the field. Parameters arrive as strings; each schema checks
 * the string and converts it.
 */
import { z } from 'zod/v4';
import { MAX_OFFSET } from '../store/store.js';
import { HttpError } from './errors.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const integer = (min: number, max: number, description: string) =>
  z.string().regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .describe(description);

export const field = {
  code: (description: string) =>
    z.string().regex(/^[A-Za-z0-9]{1,15}$/, 'must be an actor code or prefix such as CHN or CHNGOV')
      .transform((s) => s.toUpperCase()).describe(description),
  name: (description: string) => z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').describe(description),
  text: (description: string) => z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').describe(description),
  date: (description: string) => z.string().regex(DATE, 'must be a date like 2017, 2017-09 or 2017-09-01').describe(description),
  limit: (max: number, fallback: number) => integer(1, max, `rows to return (default ${fallback})`).optional(),
  offset: () => integer(0, MAX_OFFSET, 'rows to skip').optional(),
  boolean: (description: string) => z.enum(['true', 'false']).transform((s) => s === 'true').describe(description),
  integer,
};

const range = {
  from: field.date('on or after this date').optional(),
  to: field.date('on or before this date (a month or year includes all of it)').optional(),
};

export const eventFilters = {
  actor: field.code('actor code or prefix, as source or target').optional(),
  name: field.name('exact name of an actor without a code').optional(),
  partner: field.code('with actor: only events between actor and this code or prefix').optional(),
  exact: field.boolean('true: actor and partner are whole codes, not prefixes').optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'must be a three-letter country code such as RUS')
    .transform((s) => s.toUpperCase()).describe('country of the source or target (ISO 3166 alpha-3)').optional(),
  cameo: z.string().regex(/^\d{1,4}$/, 'must be a CAMEO code or prefix of 1 to 4 digits').describe('CAMEO code prefix').optional(),
  plover: z.string().regex(/^[A-Za-z]{2,20}$/, 'must be a PLOVER category such as CONSULT')
    .transform((s) => s.toUpperCase()).describe('PLOVER category').optional(),
  quad: z.string().regex(/^[1-4](,[1-4])*$/, 'must be quad classes 1-4, comma-separated, such as 3,4')
    .transform((s) => [...new Set(s.split(',').map(Number))]).describe('quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict').optional(),
  ...range,
  text: field.text('words that must all occur in the evidence').optional(),
  negated: field.boolean('false leaves out negated events').optional(),
  article: integer(1, Number.MAX_SAFE_INTEGER, 'only events of this article id').optional(),
};

/** The schemas of every route's query string. */
export const QUERY = {
  none: z.object({}),
  articles: z.object({
    text: field.text('full-text query; words are ANDed').optional(),
    ...range,
    sort: z.enum(['date', '-date', 'rank']).describe('newest first (-date, default), oldest first, or best match (rank)').optional(),
    limit: field.limit(100, 20),
    offset: field.offset(),
  }),
  search: z.object({
    q: field.text('full-text query over article titles and text; words are ANDed'),
    ...range,
    limit: field.limit(100, 20),
    offset: field.offset(),
  }),
  events: z.object({
    ...eventFilters,
    sort: z.enum(['date', '-date', 'goldstein', '-goldstein']).describe('sort order (default -date: newest first)').optional(),
    limit: field.limit(500, 50),
    offset: field.offset(),
  }),
  exports: z.object({ ...eventFilters, limit: integer(1, 5_000_000, 'stop after this many events').optional() }),
  timeline: z.object(range),
  topActors: z.object({ ...range, limit: field.limit(100, 10) }),
  actors: z.object({
    text: field.text('part of a name, or a code prefix').optional(),
    kind: z.enum(['person', 'country', 'organization', 'media', 'group', 'location', 'other']).describe('entity kind').optional(),
    limit: field.limit(100, 20),
  }),
  dyads: z.object({ a: field.name('first actor key (code, or name of an actor without one)'), b: field.name('second actor key'), ...range }),
  network: z.object({
    ...range,
    limit: field.limit(500, 100),
    minEvents: integer(1, 1_000_000, 'only pairs with at least this many events').optional(),
    actor: field.name('only pairs involving this actor key').optional(),
  }),
  quotes: z.object({
    speaker: field.code('speaker code or prefix').optional(),
    exact: field.boolean('true: speaker is a whole code, not a prefix').optional(),
    speakerName: field.name('exact name of a speaker without a code').optional(),
    outlet: field.name('outlet in the reporting chain or publisher: code (CHNMED) or exact name (Xinhua)').optional(),
    text: field.text('words that must all occur in the quote').optional(),
    kind: z.enum(['direct', 'indirect']).describe('direct or indirect speech').optional(),
    attributed: field.boolean('true: only quotes with a known speaker; false: only those without').optional(),
    ...range,
    limit: field.limit(200, 50),
    offset: field.offset(),
  }),
  stances: z.object({
    actor: field.name('holder or target: actor code or prefix, or exact name').optional(),
    issue: field.text('exact issue').optional(),
    polarity: z.enum(['support', 'oppose']).optional(),
    text: field.text('part of the evidence or issue').optional(),
    ...range,
    limit: field.limit(200, 50),
    offset: field.offset(),
  }),
  stanceMatrix: z.object({
    actor: field.name('only this actor key').optional(),
    issue: field.text('part of an issue').optional(),
    actors: field.limit(100, 30),
    issues: field.limit(100, 30),
  }),
} as const;

/** The path parameter schemas. */
export const PATH = {
  id: z.object({ id: integer(1, Number.MAX_SAFE_INTEGER, 'article id') }),
  key: z.object({ key: field.name('actor key: a code (CHNGOV), or the name of an actor without one') }),
};

/** The body of POST /api/code and POST /api/articles. */
export const CODE_BODY = z.object({
  text: z.string().min(1, 'must not be empty').describe('the article: plain text, or HTML with format "html"'),
  title: z.string().max(500).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2017-09-01').describe('used when the text has no dateline').optional(),
  id: z.string().min(1).max(200).optional(),
  format: z.enum(['text', 'html']).describe('how to read text (default text)').optional(),
}).strict();

/** Checks `input` against `schema`; the first problem becomes a 400 naming the field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'path' | 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    throw new HttpError(400, where === 'body' ? 'E_BODY' : 'E_PARAM', `${key}: unknown ${where === 'body' ? 'field' : 'parameter'}`, key);
  }
  const name = issue.path.map(String).join('.') || where;
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  throw new HttpError(400, where === 'body' ? 'E_BODY' : 'E_PARAM', `${name}: ${message}`, name);
}

/** Reads a query string: each parameter at most once; unknown parameters are errors. */
export function parseQuery<S extends z.ZodObject>(schema: S, queries: Record<string, string[]>): z.output<S> {
  const single: Record<string, string> = {};
  for (const [key, values] of Object.entries(queries)) {
    if (values.length > 1) throw new HttpError(400, 'E_PARAM', `${key}: given more than once`, key);
    single[key] = values[0];
  }
  return parseWith(schema.strict(), single, 'query') as z.output<S>;
}

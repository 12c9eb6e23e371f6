/**
 * The OpenAPI 3.1 document, built from the route table so it always matches what the
 * server checks.
 */
import { z } from 'zod/v4';
import type { Route } from './routes.js';

const ERROR = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
};

function schemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const { description, ...json } = schemaOf(f);
    return { name, in: where, required: where === 'path' || !f.safeParse(undefined).success, description, schema: json };
  });
}

/** Builds the document for `routes`. */
export function openApiDocument(routes: readonly Route[], version: string, writeNeedsToken: boolean): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body) } } } } : {}),
      ...(r.method === 'post' && writeNeedsToken ? { security: [{ bearer: [] }] } : {}),
      responses: {
        200: { description: 'OK', content: { [r.produces ?? 'application/json']: {} } },
        400: { description: 'A bad parameter or body; `field` names it', content: { 'application/json': { schema: ERROR } } },
        ...(r.params ? { 404: { description: 'Not found', content: { 'application/json': { schema: ERROR } } } } : {}),
        ...(r.method === 'post' ? { 401: { description: 'Missing or wrong bearer token', content: { 'application/json': { schema: ERROR } } } } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Readout API', version, description: 'Structured diplomacy data coded from news: articles, events, actors, quotes and stances.' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

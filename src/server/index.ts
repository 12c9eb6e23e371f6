/**
 * The HTTP server: the JSON API under /api (routes.ts), its OpenAPI document, and the
 * built dashboard, from one Hono app. Tests call `createApp(...).request()` in-process;
 * `startServer` puts the app on a port.
 */
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Readout } from '../readout.js';
import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { parseQuery, parseWith } from './params.js';
import { loadReference } from './reference.js';
import { ROUTES, type Deps } from './routes.js';
import { staticFile } from './static.js';

export { HttpError } from './errors.js';

/** The built dashboard inside the package. */
export const DEFAULT_ASSETS_DIR = fileURLToPath(new URL('../../dist-web/', import.meta.url));

/** Hosts a browser may name when the server listens on a loopback address. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export interface ServerOptions {
  store: Store;
  /** Loads the coder for POST routes; defaults to createReadout() on first use. */
  readout?: () => Promise<Readout>;
  /** The built dashboard; null serves the API only. */
  assetsDir?: string | null;
  /** When set, POST requests need `Authorization: Bearer TOKEN`. */
  token?: string | null;
  /** When set, requests whose Host header names another host are refused (against DNS rebinding). */
  allowedHosts?: readonly string[] | null;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  version?: string;
  /** Told about unexpected errors (the CLI prints them); the client gets a plain 500. */
  onError?: (error: unknown) => void;
}

const DEFAULTS = { assetsDir: DEFAULT_ASSETS_DIR, token: null, allowedHosts: null, bodyLimit: 1024 * 1024, version: '0.0.0' };

// The dashboard loads nothing from elsewhere; the policy makes that a rule the browser enforces.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function lazyReadout(): () => Promise<Readout> {
  let loading: Promise<Readout> | null = null;
  return () => (loading ??= import('../readout.js').then((m) => m.createReadout()));
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
}

function errorResponse(c: Context, error: unknown, onError?: (error: unknown) => void): Response {
  if (error instanceof HttpError) return c.json(error.toJSON(), error.status);
  const code = (error as { code?: unknown }).code;
  if (error instanceof Error && error.name === 'StoreError' && code === 'E_FILTER') {
    return c.json(new HttpError(400, 'E_PARAM', error.message.replace(/^.*?: /, '')).toJSON(), 400);
  }
  onError?.(error);
  return c.json(new HttpError(500, 'E_INTERNAL', 'internal error').toJSON(), 500);
}

/** Builds the app: API, OpenAPI document and dashboard. */
export function createApp(options: ServerOptions): Hono {
  const opts = { ...DEFAULTS, ...options };
  const reference = loadReference();
  const deps: Deps = {
    store: opts.store,
    readout: opts.readout ?? lazyReadout(),
    label: reference.label,
    exports: reference.exports,
    ontology: reference.ontology,
    writeNeedsToken: Boolean(opts.token),
    version: opts.version,
  };
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error, opts.onError));

  app.use('*', async (c, next) => {
    if (opts.allowedHosts) {
      const host = hostName(c.req.header('host') ?? '');
      if (!opts.allowedHosts.includes(host)) throw new HttpError(403, 'E_HOST', `host "${host}" is not served here`);
    }
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('content-security-policy', CSP);
    c.header('x-frame-options', 'DENY');
  });

  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'POST') {
      if (opts.token) {
        const auth = c.req.header('authorization') ?? '';
        if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), opts.token)) {
          throw new HttpError(401, 'E_UNAUTHORIZED', 'this server needs "Authorization: Bearer TOKEN" for POST requests');
        }
      }
      // JSON only: a cross-site form cannot send it without the browser asking first.
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
        throw new HttpError(415, 'E_MEDIA_TYPE', 'the body must be JSON (Content-Type: application/json)');
      }
    }
    await next();
  });
  app.use('/api/*', bodyLimit({
    maxSize: opts.bodyLimit,
    onError: () => {
      throw new HttpError(413, 'E_TOO_LARGE', `body: over the limit of ${opts.bodyLimit} bytes`, 'body');
    },
  }));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(ROUTES, opts.version, deps.writeNeedsToken)));
  for (const route of ROUTES) {
    app[route.method](route.path, async (c) => {
      const query = parseQuery(route.query, c.req.queries());
      const params = route.params ? parseWith(route.params, c.req.param(), 'path') : undefined;
      let body: unknown;
      if (route.body) {
        const json = await c.req.json().catch(() => {
          throw new HttpError(400, 'E_BODY', 'body: not valid JSON', 'body');
        });
        body = parseWith(route.body, json, 'body');
      }
      const out = await route.handle({ query, params, body, deps });
      return out instanceof Response ? out : c.json(out);
    });
  }
  app.all('/api/*', (c) => c.json(new HttpError(404, 'E_NOT_FOUND', `no API route ${c.req.method} ${c.req.path}`).toJSON(), 404));

  app.get('*', async (c) => {
    const file = opts.assetsDir ? await staticFile(opts.assetsDir, c.req.path) : null;
    return file ?? c.text('not found', 404);
  });
  return app;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `host`:`port` (0 picks a free port). */
export function startServer(app: Hono, listen: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: listen.host, port: listen.port });
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
      resolve({
        url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}/`,
        port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
  });
}

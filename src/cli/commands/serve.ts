/**
 * `readout serve [--db FILE] [--port N] [--host H] [--token T]`: the HTTP API and the
 * dashboard from one process, until interrupted.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Readout } from '../../readout.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parse, parseCount } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import { packageVersion, write, type Io } from '../io.js';
import { DB_OPTION, DEFAULT_DB } from '../options.js';

/** The port used when --port is not given; a busy default falls back to a free port. */
export const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

/** Runs `readout serve`; resolves with the exit code once the server stops (SIGINT or SIGTERM). */
export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parse('serve', args, {
    ...DB_OPTION, port: { type: 'string', short: 'p' }, host: { type: 'string' }, token: { type: 'string' },
  });
  const port = values.port === undefined ? DEFAULT_PORT : parseCount(values.port as string, 'port');
  if (port > 65535) throw new UsageError(`--port must be at most 65535, not ${port}`, 'serve');
  const host = (values.host as string | undefined) ?? DEFAULT_HOST;
  if (host !== 'localhost' && isIP(host) === 0) throw new UsageError(`--host must be an IP address or localhost, not "${host}"`, 'serve');
  const loopback = isLoopback(host);
  let token = (values.token as string | undefined) ?? io.env.READOUT_TOKEN ?? null;
  const madeToken = !loopback && !token;
  if (madeToken) token = randomBytes(18).toString('base64url');

  const file = (values.db as string | undefined) ?? DEFAULT_DB;
  const store = await openSqliteStore(file, { create: false }).catch((error: Error & { code?: string }) => {
    if (error.code === 'E_NO_DB') throw new CliError('E_NO_DB', `${file}: no such database (run "readout demo --serve" or "readout ingest" first)`);
    throw error;
  });
  const { createApp, startServer, LOOPBACK_HOSTS } = await import('../../server/index.js');
  let coder: Promise<Readout> | null = null;
  const readout = () => (coder ??= import('../../readout.js').then((m) => m.createReadout()));
  const app = createApp({
    store,
    readout,
    token,
    allowedHosts: loopback ? LOOPBACK_HOSTS : null,
    version: packageVersion(),
    onError: (error) => {
      const message = error instanceof Error ? (io.env.READOUT_DEBUG ? error.stack ?? error.message : error.message) : String(error);
      void write(io.stderr, `readout serve: unexpected error: ${message}\n`);
    },
  });
  let server;
  try {
    server = await startServer(app, { host, port });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' && values.port === undefined) {
      server = await startServer(app, { host, port: 0 });
    } else {
      await store.close();
      if (code === 'EADDRINUSE') throw new CliError('E_PORT', `port ${port} is in use; pick another with --port`);
      throw new CliError('E_LISTEN', `cannot listen on ${host}:${port}: ${(error as Error).message}`);
    }
  }
  const { url } = server;
  const lines = [
    `Readout is serving ${file} at ${url}`,
    `  dashboard: ${url}`,
    `  API:       ${url}api/openapi.json`,
  ];
  if (madeToken) lines.push(`  POST requests need the header "Authorization: Bearer ${token}" (set READOUT_TOKEN or --token to choose it)`);
  lines.push('Press Ctrl+C to stop.');
  await write(io.stdout, lines.join('\n') + '\n');
  // Compile the coder now, so the first "Code an article" does not wait for it.
  readout().catch(() => undefined);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}

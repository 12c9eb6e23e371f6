/**
 * Serving the built dashboard (dist-web/) from the same process. Hashed assets are cached
 * for good; index.html never is, so a rebuilt dashboard shows at once.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Readout</title>
<p>The dashboard is not built. Run <code>npm run build</code>, then reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

/** A file of the dashboard as a Response, or null when there is none at `path`. */
export async function staticFile(root: string, path: string): Promise<Response | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  if (rel.startsWith('..') || rel.includes(`${sep}..${sep}`)) return null;
  const file = join(root, rel === '' || rel === '.' ? 'index.html' : rel);
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (rel === '' || rel === '.' || rel === 'index.html') return new Response(NOT_BUILT, { status: 503, headers: { 'content-type': TYPES['.html'] } });
    return null;
  }
  const immutable = rel.startsWith(`assets${sep}`);
  return new Response(await readFile(file), {
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}

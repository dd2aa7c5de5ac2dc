import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { Principal } from '../auth/principal.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

// Paths the server answers itself; everything else is the app (index.html for client routes).
const serverPaths = /^\/(api|sync)(\/|$)|^\/(healthz|metrics)$/;

/**
 * Serves the built client (`client/dist`) on the same port: hashed assets cached for good,
 * the service worker, manifest and index.html never cached (so updates are seen), and
 * index.html for any other path so client-side routes load. Missing assets are 404s.
 */
export function mountClientRoutes(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  clientDir: string,
): void {
  if (!existsSync(join(clientDir, 'index.html'))) return;
  const root = normalize(clientDir) + sep;
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (serverPaths.test(path)) return next();
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root)) return c.notFound();
    const found = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (found) {
      const immutable = path.startsWith('/assets/');
      return c.body(await readFile(file), 200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (path.startsWith('/assets/') || extname(path) !== '') return c.notFound();
    return c.body(await readFile(join(root, 'index.html')), 200, {
      'content-type': contentTypes['.html']!,
      'cache-control': 'no-cache',
    });
  });
}

#!/usr/bin/env node
// Serves a built site folder under a base path, for the end-to-end tests and the benchmark.
// Usage: node scripts/serve.mjs <dir> <port> [base]   e.g. node scripts/serve.mjs dist-subpath 4401 /sub/path/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts a static server for `dir` under `base`; resolves once it listens. */
export function serve(dir, port, base = '/') {
  const root = resolve(dir);
  const fileFor = async (pathname) => {
    const path = normalize(join(root, pathname));
    if (!path.startsWith(root)) return null;
    for (const candidate of [path, join(path, 'index.html')]) {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) return candidate;
    }
    return null;
  };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    const file = await fileFor(pathname.slice(base.length));
    const body = await readFile(file ?? join(root, '404.html')).catch(() => 'not found');
    res.writeHead(file ? 200 : 404, {
      'Content-Type': file ? (types[extname(file)] ?? 'application/octet-stream') : types['.html'],
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
  return new Promise((done) => server.listen(Number(port), '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4400', base = '/'] = process.argv.slice(2);
  await serve(dir, port, base);
  console.log(`serving ${dir} at http://localhost:${port}${base}`);
}

#!/usr/bin/env node
// Serves a built site folder under a base path, for the end-to-end tests.
// Usage: node scripts/serve.mjs <dir> <port> [base]   e.g. node scripts/serve.mjs dist-subpath 4401 /sub/path/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4400', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
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

async function fileFor(pathname) {
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) {
    res.writeHead(404).end('outside the base path');
    return;
  }
  const file = await fileFor(pathname.slice(base.length));
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => 'not found');
  res.writeHead(status, {
    'Content-Type': file ? (types[extname(file)] ?? 'application/octet-stream') : types['.html'],
    'Cache-Control': 'no-cache',
  });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://localhost:${port}${base}`));

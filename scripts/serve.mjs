#!/usr/bin/env node
// Serves a built site folder under a base path, for the end-to-end tests and the benchmark.
// Usage: node scripts/serve.mjs <dir> <port> [base] [--gzip]   e.g. node scripts/serve.mjs dist-subpath 4401 /sub/path/
// --gzip compresses text responses for clients that accept it, as static hosts do (`npm run lighthouse`
// measures with it); without it, bodies go out as stored, which the byte figures of `npm run bench` assume.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
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

/** Types a static host compresses: text, not images or fonts (woff2 is compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.svg',
  '.wasm',
  '.xml',
  '.txt',
]);

/** Starts a static server for `dir` under `base`; resolves once it listens. */
export function serve(dir, port, base = '/', { gzip = false } = {}) {
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
    const compress =
      gzip &&
      COMPRESSIBLE.has(file ? extname(file) : '.html') &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(file ? 200 : 404, {
      'Content-Type': file ? (types[extname(file)] ?? 'application/octet-stream') : types['.html'],
      'Cache-Control': 'no-cache',
      ...(gzip ? { Vary: 'Accept-Encoding' } : {}),
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(compress ? gzipSync(body) : body);
  });
  return new Promise((done) => server.listen(Number(port), '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const gzip = args.includes('--gzip');
  const [dir = 'dist', port = '4400', base = '/'] = args.filter((arg) => arg !== '--gzip');
  await serve(dir, port, base, { gzip });
  console.log(`serving ${dir} at http://localhost:${port}${base}${gzip ? ' (gzip)' : ''}`);
}

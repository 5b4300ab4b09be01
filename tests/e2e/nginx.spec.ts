import { request as httpRequest } from 'node:http';
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { KATEX_VERSION } from '../../src/markdown/katex-version.ts';
import { katexCssPath } from '../../src/paths.ts';

const KATEX_CSS_PATH = katexCssPath(KATEX_VERSION);
const formulaPage = stagePage(stageThat('with formulas', showsFormulas));
const lastPage = stagePage(stages.at(-1)!);
import {
  IMMUTABLE,
  PAGEFIND_WORKER,
  PAGEFIND_WORKER_HEADERS,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../src/deploy/headers.ts';
import { nginxMissing, startNginx } from '../nginx.ts';
import { ROOT_PORT, SUBPATH, SUBPATH_OUT_DIR } from '../sites.mjs';
import { showsFormulas, stagePage, stages, stageThat } from './content.ts';
import { expect, test } from './fixtures.ts';

// deploy/nginx.conf, for real: both builds served by nginx with the headers the deploy sends.
const missing = nginxMissing();
test.skip(!!missing, missing);

const ROOT = `http://127.0.0.1:${ROOT_PORT + 20}/`;
const SUB = `http://127.0.0.1:${ROOT_PORT + 21}${SUBPATH}`;

let server: Awaited<ReturnType<typeof startNginx>> | undefined;
test.beforeAll(async () => {
  server = await startNginx([
    { base: '/', dir: 'dist', port: ROOT_PORT + 20 },
    { base: SUBPATH, dir: SUBPATH_OUT_DIR, port: ROOT_PORT + 21 },
  ]);
});
test.afterAll(async () => server?.stop());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET (no decompression, no redirects followed), to see exactly what nginx sends. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    })
      .on('error', fail)
      .end();
  });
}

function expectHeaders(reply: Reply, expected: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(expected))
    expect(reply.headers[name.toLowerCase()], `${name} of ${what}`).toBe(value);
}

const firstFile = (dir: string, ext: string) => readdirSync(dir).find((name) => name.endsWith(ext))!;

for (const [label, site, dir] of [
  ['at the root', ROOT, 'dist'],
  ['under a sub-path', SUB, SUBPATH_OUT_DIR],
] as const) {
  test.describe(`nginx ${label}`, () => {
    test('pages: security headers, revalidated, the policy in the header and the page', async () => {
      for (const path of ['', formulaPage, 'progress/', 'search/']) {
        const reply = await get(site + path);
        expect(reply.status, path).toBe(200);
        expectHeaders(reply, { ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE }, `/${path}`);
        expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(reply.body).toContain('<meta http-equiv="content-security-policy"');
      }
    });

    test('hashed assets are immutable for a year; sw.js and the manifest are revalidated', async () => {
      // The site's own CSS is inline in each page; KaTeX's stylesheet is the one a page links.
      const script = `_astro/${firstFile(`${dir}/_astro`, '.js')}`;
      for (const path of [script, KATEX_CSS_PATH])
        expectHeaders(await get(site + path), { ...SECURITY_HEADERS, 'Cache-Control': IMMUTABLE }, path);
      for (const path of ['sw.js', 'manifest.webmanifest'])
        expectHeaders(await get(site + path), { ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE }, path);
      expect((await get(`${site}manifest.webmanifest`)).headers['content-type']).toBe(
        'application/manifest+json',
      );
      expect((await get(`${site}pagefind/wasm.en.pagefind`)).status).toBe(200);
    });

    test("Pagefind's worker gets its own policy, the only one with 'wasm-unsafe-eval'", async () => {
      const reply = await get(site + PAGEFIND_WORKER);
      expect(reply.status).toBe(200);
      expectHeaders(reply, { ...PAGEFIND_WORKER_HEADERS, 'Cache-Control': REVALIDATE }, PAGEFIND_WORKER);
      expect(SECURITY_HEADERS['Content-Security-Policy']).not.toContain('wasm-unsafe-eval');
    });

    test('a missing page gets the 404 page, status 404, with the same headers', async () => {
      const reply = await get(`${site}stages/no-such-stage/`);
      expect(reply.status).toBe(404);
      expect(reply.body).toContain('Page not found');
      expectHeaders(reply, SECURITY_HEADERS, 'the 404 page');
    });

    test('text is sent gzipped to browsers that accept it, and never to those that do not', async () => {
      const script = `_astro/${firstFile(`${dir}/_astro`, '.js')}`;
      for (const path of ['', formulaPage, script, KATEX_CSS_PATH, 'pagefind/pagefind.js']) {
        const zipped = await get(site + path, { 'Accept-Encoding': 'gzip' });
        expect(zipped.headers['content-encoding'], path).toBe('gzip');
        expect(zipped.headers['vary'], path).toBe('Accept-Encoding');
        expect((await get(site + path)).headers['content-encoding'], path).toBeUndefined();
      }
    });

    test('a page asked for without its trailing slash redirects to it on the same host', async () => {
      const reply = await get(`${site}${lastPage.slice(0, -1)}`);
      expect(reply.status).toBe(301);
      expect(reply.headers['location']).toBe(`${new URL(site).pathname}${lastPage}`);
    });
  });
}

/** Waits until a service worker controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
  });
}

for (const [label, site] of [
  ['at the root', ROOT],
  ['under a sub-path', SUB],
] as const) {
  test.describe(`through nginx ${label}, with both policies`, () => {
    test.use({ baseURL: site, serviceWorkers: 'allow' });
    test('the site works: theme, formulas, a tick, search, offline, and no violation', async ({
      page,
      context,
    }) => {
      await page.goto('./');
      await page.getByLabel('Colour theme').selectOption('dark');
      await page
        .getByRole('link', { name: /Mathematics/ })
        .first()
        .click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('.katex-html').first()).toHaveCSS('font-family', /KaTeX_Main/);
      const box = page.locator('[data-milestone]').first().getByRole('checkbox');
      await box.check();
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search the roadmap' });
      await dialog.getByRole('searchbox').fill('kubernetes');
      await expect(dialog.locator('[data-search-results] > li').first()).toBeVisible();
      await controlled(page);
      await context.setOffline(true);
      await page.goto(lastPage);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await context.setOffline(false);
      await page.goto(formulaPage);
      await expect(box).toBeChecked();
    });
  });
}

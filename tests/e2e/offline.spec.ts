import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { REGISTER_DELAY_MS } from '../../src/client/service-worker-loader.ts';
import { writeServiceWorker } from '../../src/integrations/offline-precache.ts';
import { ROOT_PORT } from '../sites.mjs';
import { milestoneWord, showsFormulas, stagePage, stages, stageThat } from './content.ts';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page and has precached everything. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
    }
  });
}

test('after one visit, a never-visited stage opens and search works with the network off', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await controlled(page);
  await context.setOffline(true);
  const stage = stages.at(-1)!;
  await page.goto(stagePage(stage));
  await expect(page.getByRole('heading', { level: 1, name: stage.data.title })).toBeVisible();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the roadmap' });
  const term = milestoneWord();
  await dialog.getByRole('searchbox').fill(term);
  await expect(dialog.locator('[data-search-results] > li').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(new RegExp(`results? for “${term}”`));
  await page.goto(stagePage(stageThat('with formulas', showsFormulas)));
  await expect(page.locator('.katex-html').first()).toHaveCSS('font-family', /KaTeX_Main/);
  await context.setOffline(false);
});

test('the service worker starts its download only a few seconds after the page has loaded', async ({
  page,
}) => {
  // The page's clock stands still until the test moves it: no guess about how fast this machine is.
  const start = new Date('2026-01-01T08:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1000));
  await page.goto('./');
  const registered = () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()));
  await page.clock.runFor(REGISTER_DELAY_MS - 1);
  expect(await registered()).toBe(false);
  await page.clock.runFor(1);
  await controlled(page);
  expect(await registered()).toBe(true);
});

test.describe('a new deploy', () => {
  let dir: string;
  let server: Server;
  const port = ROOT_PORT + 10;
  test.use({ baseURL: `http://localhost:${port}/` });

  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mlr-deploy-'));
    await cp('dist', dir, { recursive: true });
    server = await serve(dir, port, '/');
  });
  test.afterAll(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('replaces the old cache and offers a reload', async ({ page }) => {
    await page.goto('./');
    await controlled(page);
    const revisionOf = () =>
      page.evaluate(async () => {
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) {
            const url = new URL(request.url);
            if (url.pathname === '/index.html') return url.searchParams.get('__WB_REVISION__');
          }
        }
        return null;
      });
    const oldRevision = await revisionOf();
    expect(oldRevision).toBeTruthy();

    // Deploy a changed home page with its new service worker.
    const home = join(dir, 'index.html');
    const html = await readFile(home, 'utf8');
    await writeFile(home, html.replace('</h1>', '</h1><p data-deploy="2">New build</p>'));
    await writeServiceWorker(dir);

    await page.reload();
    const notice = page.locator('[data-update-notice]');
    await expect(notice).toBeVisible();
    await expect(page.locator('[data-deploy="2"]')).toHaveCount(0); // still the old, cached page
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('[data-deploy="2"]')).toBeVisible();
    await expect.poll(revisionOf).not.toBe(oldRevision);
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((n) => n.includes('precache'))).toHaveLength(1);
  });
});

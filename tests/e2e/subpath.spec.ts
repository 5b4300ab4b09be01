import { SUBPATH, SUBPATH_SITE_URL } from '../sites.mjs';
import { bodyOnlyWord, showsFormulas, stagePage, stages, stageThat } from './content.ts';
import { expect, test } from './fixtures.ts';

test('under a sub-path: navigate, render math, keep a tick and search', async ({ page }) => {
  const stage = stageThat('with formulas', showsFormulas);
  await page.goto('./');
  await page
    .getByRole('link', { name: `${stage.data.order}. ${stage.data.title}`, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${SUBPATH}${stagePage(stage)}$`));
  await expect(page.locator('link[href*="katex"]')).toHaveAttribute('href', new RegExp(`^${SUBPATH}`));
  await expect(page.locator('.katex-html').first()).toHaveCSS('font-family', /KaTeX_Main/);

  const box = page.locator('[data-milestone]').first().getByRole('checkbox');
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();

  await page.goto(`search/?q=${encodeURIComponent(bodyOnlyWord(stage.id))}`);
  const link = page.locator('[data-search-results] li a').first();
  await expect(link).toHaveAttribute('href', new RegExp(`^${SUBPATH}${stagePage(stage)}`));
});

test.describe('offline under a sub-path', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the service worker is scoped to the sub-path and serves pages offline', async ({ page, context }) => {
    await page.goto('./');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(SUBPATH);
    await page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.goto(stagePage(stages.at(-1)!));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
  });
});

test('a deploy with SITE_URL gets canonical URLs, Open Graph URLs and a sitemap', async ({
  page,
  request,
}) => {
  const stage = stages.at(-1)!;
  await page.goto(stagePage(stage));
  const canonical = `${SUBPATH_SITE_URL}${SUBPATH}${stagePage(stage)}`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  const sitemap = await request.get('sitemap-0.xml');
  expect(sitemap.ok()).toBe(true);
  expect(await sitemap.text()).toContain(`<loc>${canonical}</loc>`);
});

import { expect, test } from './fixtures.ts';

test('home lists the stages by phase and links to each', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'ML Engineer Roadmap' })).toBeVisible();
  const foundations = page.getByRole('region', { name: 'Foundations' });
  await expect(foundations.getByRole('link', { name: /Mathematics/ })).toBeVisible();
  await expect(foundations.getByRole('link', { name: /Programming/ })).toBeVisible();
  await foundations.getByRole('link', { name: /Mathematics/ }).click();
  await expect(page).toHaveURL(/stages\/mathematics\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Mathematics/);
});

test('a missing page shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('stages/no-such-stage/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the roadmap' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ML Engineer Roadmap' })).toBeVisible();
});

test('a build without SITE_URL has no canonical URL but still describes each page', async ({
  page,
  request,
}) => {
  await page.goto('stages/mlops/');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'MLOps');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  expect((await request.get('sitemap-index.xml')).status()).toBe(404);
});

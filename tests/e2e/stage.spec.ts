import { expect, test } from './fixtures.ts';

test('a stage with formulas renders KaTeX with its self-hosted stylesheet and fonts', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (r) => r.url().endsWith('.woff2') && r.ok() && fonts.push(r.url()));
  await page.goto('stages/mathematics/');
  const formula = page.locator('.katex').first();
  await expect(formula).toBeVisible();
  // The stylesheet applies: KaTeX's own font, and the MathML copy is visually hidden.
  await expect(page.locator('.katex-html').first()).toHaveCSS('font-family', /KaTeX_Main/);
  await expect(page.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((url) => url.includes('/_katex/'))).toBe(true);
});

test('a stage without formulas loads no KaTeX stylesheet', async ({ page }) => {
  await page.goto('stages/ml-engineer-role/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.katex')).toHaveCount(0);
  await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
});

test('a stage shows prerequisites, milestones, self-check answers and resources', async ({ page }) => {
  await page.goto('stages/mathematics/');
  const before = page.getByText('Before this stage:').locator('..');
  await expect(before.getByRole('link').first()).toHaveAttribute('href', /stages\/ml-engineer-role\/$/);
  const milestones = page.locator('[data-milestone^="mathematics/"]');
  expect(await milestones.count()).toBeGreaterThanOrEqual(8);
  const first = milestones.first();
  await expect(first).toHaveAttribute('id', /^[a-z0-9-]+$/);
  await expect(first.getByRole('checkbox')).toBeEnabled();
  const check = page.locator('details').first();
  await check.locator('summary').click();
  await expect(check).toHaveAttribute('open', '');
  const resources = page.getByRole('region', { name: 'Resources' });
  await expect(resources.getByRole('listitem').first()).toContainText(/free|paid|freemium/);
});

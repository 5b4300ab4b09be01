import { SUBPATH } from '../sites.mjs';
import { bodyOnlyWord } from './content.ts';
import { expect, test } from './fixtures.ts';

test('under a sub-path: navigate, render math, keep a tick and search', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /Mathematics/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${SUBPATH}stages/mathematics/$`));
  await expect(page.locator('link[href*="katex"]')).toHaveAttribute('href', new RegExp(`^${SUBPATH}`));
  await expect(page.locator('.katex-html').first()).toHaveCSS('font-family', /KaTeX_Main/);

  const box = page.locator('[data-milestone]').first().getByRole('checkbox');
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();

  await page.goto(`search/?q=${encodeURIComponent(bodyOnlyWord('mathematics'))}`);
  const link = page.locator('[data-search-results] li a').first();
  await expect(link).toHaveAttribute('href', new RegExp(`^${SUBPATH}stages/mathematics/`));
});

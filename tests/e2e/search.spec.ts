import { bodyOnlyWord } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the search page finds a word that only a stage body contains, and links to it', async ({ page }) => {
  const word = bodyOnlyWord('mathematics');
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(word);
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/result/);
  await expect(results.first().locator('mark').first()).toBeVisible();
  await results.first().getByRole('link').click();
  await expect(page).toHaveURL(/stages\/mathematics\//);
});

test('the search form runs a new query and says when nothing matches', async ({ page }) => {
  await page.goto('search/');
  await page.getByRole('searchbox').fill('qjxvwk');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('No results');
  await expect(page).toHaveURL(/\?q=qjxvwk$/);
});

import { expect, test } from './fixtures.ts';

const results = '[data-search-results] > li';
/** TeX source: a `$` delimiter or a backslash command. */
const TEX = /\$|\\[a-zA-Z]/;

test('a formula-heavy self-check question reads as text in the results, with no TeX', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`search/?q=${encodeURIComponent('learning rates gradient descent converge')}`);
  const hits = page.locator(results);
  await expect(hits.first()).toBeVisible({ timeout: 30_000 });
  const question = hits.filter({ hasText: 'which learning rates make gradient descent converge' });
  await expect(question.first()).toContainText('For f(w) = (w-3)², which learning rates');
  await expect(question.first()).toContainText('η = 1');
  for (const text of await hits.allTextContents()) expect(text).not.toMatch(TEX);
});

test('results for words near formulas hold no TeX in their titles or excerpts', async ({ page }) => {
  test.setTimeout(240_000);
  // Words that sit beside formulas on the maths-heavy stages (issue 16 saw "\\mathbf{w} \\leftarrow").
  for (const query of ['gradient descent', 'learning rate', 'softmax', 'variance', 'attention']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator(results).first()).toBeVisible({ timeout: 30_000 });
    for (const text of await page.locator(results).allTextContents()) expect(text, query).not.toMatch(TEX);
  }
});

import type { Page } from '@playwright/test';
import { bodyOnlyWord, filterCase, milestoneWord, stagePage, stages } from './content.ts';
import { expect, test } from './fixtures.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the roadmap' });
const results = (scope: Page | ReturnType<typeof dialog>) => scope.locator('[data-search-results] > li');

test('the search page finds a word that only a stage body contains, and links to it', async ({ page }) => {
  const stage = stages.reduce((a, b) => (b.body.length > a.body.length ? b : a)); // The most prose.
  const word = bodyOnlyWord(stage.id);
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(word);
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  await results(page).first().getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(stagePage(stage)));
});

test('every stage ranks first for its own title', async ({ page }) => {
  // One search per stage: time enough for each on a busy machine; the ranking is what is tested.
  test.setTimeout(30_000 + 10_000 * stages.length);
  for (const stage of stages) {
    await page.goto(`search/?q=${encodeURIComponent(stage.data.title)}`);
    await expect(results(page).first().getByRole('link').first(), stage.data.title).toHaveAttribute(
      'href',
      `/${stagePage(stage)}`,
      { timeout: 15_000 },
    );
  }
});

test('filters narrow results, are kept in the URL, and an empty result says what to try', async ({
  page,
}) => {
  // A word some resources hold, but none indexed under `phase`.
  const { term, phase } = filterCase();
  await page.goto(`search/?q=${encodeURIComponent(term)}`);
  const main = page.getByRole('main');
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();
  await main.getByLabel('Show').selectOption('Resource');
  await expect(page).toHaveURL(/type=Resource/);
  await expect(results(page).locator('.badge').first()).toHaveText('Resource');
  await expect.poll(() => results(page).count()).toBeLessThan(all);
  for (const badge of await results(page).locator('.badge').allTextContents()) expect(badge).toBe('Resource');
  await main.getByLabel('Phase').selectOption(phase);
  await expect(page.getByRole('status')).toContainText('with these filters');
  await main.getByRole('searchbox').fill('!!!');
  await main.getByLabel('Show').selectOption('');
  await main.getByLabel('Phase').selectOption('');
  await expect(page.getByRole('status')).toContainText(/No results for “!!!”\. Try/);
});

for (const [name, press] of [
  ['/', (page: Page) => page.keyboard.press('/')],
  ['Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
  ['Meta+K', (page: Page) => page.keyboard.press('Meta+k')],
  [
    'the header link',
    (page: Page) =>
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click(),
  ],
] as const) {
  test(`${name} opens the search dialog, Escape closes it and restores focus`, async ({ page }) => {
    await page.goto(stagePage(stages.at(-1)!));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const box = page.locator('[data-milestone] input').first();
    await box.focus();
    if (name === 'the header link') await page.getByRole('link', { name: 'Skip to content' }).focus();
    const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60));
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);
    await press(page);
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    const after = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60));
    if (name === 'the header link') expect(after).toContain('data-search-link');
    else expect(after).toBe(before);
  });
}

test('in the dialog: type, move with the arrows, open a milestone hit that lands on it', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const search = dialog(page);
  const term = milestoneWord(); // In the titles of two milestones at least.
  await search.getByRole('searchbox').fill(term);
  await search.getByLabel('Show').selectOption('Milestone');
  await expect(search.getByRole('status')).toContainText(new RegExp(`\\d+ results? for “${term}”`));
  const first = results(search).first().getByRole('link').first();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(search).nth(1).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = (await first.getAttribute('href'))!;
  const id = href.split('#')[1]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"][data-milestone]`)).toBeInViewport();
});

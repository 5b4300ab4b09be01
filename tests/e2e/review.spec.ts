import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/progress/store.ts';
import { expect, test } from './fixtures.ts';

const T0 = new Date('2026-12-01T09:00:00.000Z');
const MINUTE = 60_000;
const card = (page: Page) => page.locator('[data-part="card"]');
const question = (page: Page) => page.locator('[data-part="question"]');
const answer = (page: Page) => page.locator('[data-part="answer"]');
const status = (page: Page) => page.locator('[data-part="status"]');

/** Space shows the answer, a digit grades: the keyboard-only way through one card. */
async function gradeByKeyboard(page: Page, key: '1' | '2' | '3' | '4') {
  await expect(card(page)).toBeVisible();
  await expect(answer(page)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(answer(page)).toBeVisible();
  await page.keyboard.press(key);
}

test('a started stage’s questions come due, leave when graded, and come back when due', async ({ page }) => {
  await page.clock.setFixedTime(T0);
  await page.goto('stages/mathematics/');
  const count = page.locator('mlr-review-count');
  await expect(count).toBeHidden();
  await page.locator('[data-milestone] input[type="checkbox"]').first().check();
  await expect(count).toHaveText('8 questions to review');
  await count.getByRole('link').click();

  await expect(page).toHaveURL(/\/review\/$/);
  await expect(page.getByRole('checkbox', { name: 'Mathematics' })).toBeChecked();
  const first = await question(page).textContent();
  let formulas = 0;
  for (let i = 0; i < 8; i++) {
    await gradeByKeyboard(page, '3');
    formulas += await answer(page).locator('.katex').count();
    await expect(status(page)).toContainText(/^Good: this card comes back today at \S+/);
  }
  expect(formulas, 'answers show math rendered at build time').toBeGreaterThan(0);
  await expect(card(page)).toBeHidden();
  await expect(status(page)).toContainText(/Nothing due now: next card today at [^,]+, 8 cards queued\./);

  await page.reload();
  await expect(card(page)).toBeHidden();
  await expect(status(page)).toHaveText(/^Nothing due now: next card today at [^,]+, 8 cards queued\.$/);
  await page.goto('./');
  await expect(page.locator('mlr-review-count')).toBeHidden();

  // Good on a new card brings it back ten minutes later.
  await page.clock.setFixedTime(new Date(T0.getTime() + 11 * MINUTE));
  await page.reload();
  await expect(page.locator('mlr-review-count')).toHaveText('8 questions to review');
  await page.goto('review/');
  await expect(question(page)).toHaveText(first!);
  await gradeByKeyboard(page, '4');
  await expect(status(page)).toContainText(/^Easy: this card comes back on /);
});

test('a stage can be added and removed; export then import keeps the review state', async ({ page }) => {
  await page.clock.setFixedTime(T0);
  await page.goto('review/');
  await expect(status(page)).toContainText('Nothing to review');
  const programming = page.getByRole('checkbox', { name: 'Programming' });
  await programming.check();
  const first = await question(page).textContent();
  await question(page).click(); // Space on the checkbox would untick it: the card takes the keys.
  await gradeByKeyboard(page, '4');
  await expect(status(page)).toContainText(/^Easy: this card comes back on /);
  const second = (await question(page).textContent())!;
  expect(second).not.toBe(first);
  // Removing the stage takes its questions out; adding it back resumes where it was.
  await programming.uncheck();
  await expect(card(page)).toBeHidden();
  await expect(status(page)).toContainText('Nothing to review');
  await programming.check();
  await expect(question(page)).toHaveText(second);

  await page.goto('progress/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = await readFile((await (await downloading).path())!, 'utf8');
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await page.goto('review/');
  await expect(status(page)).toContainText('Nothing to review');
  await expect(programming).not.toBeChecked();

  await page.goto('progress/');
  await page.getByLabel('Import a progress file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await page.getByRole('button', { name: 'Merge' }).click();
  await page.goto('review/');
  await expect(programming).toBeChecked();
  await expect(question(page)).toHaveText(second);
});

test('review data that fails its check is set aside, and review starts afresh', async ({ page }) => {
  await page.clock.setFixedTime(T0);
  await page.goto('review/');
  const bad = { version: 2, milestones: {}, review: { cards: { 'mathematics/q-abc': { due: 'soon' } } } };
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify(bad)],
  );
  await page.reload();
  await expect(page.locator('[data-part="notice"]')).toContainText('could not be read');
  const backups = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => localStorage[k]),
    BACKUP_PREFIX,
  );
  expect(backups.map((raw: string) => JSON.parse(raw).review)).toContainEqual(bad.review);
  await page.getByRole('checkbox', { name: 'Mathematics' }).check();
  await question(page).click();
  await gradeByKeyboard(page, '1');
  await expect(status(page)).toContainText(/^Again: this card comes back today at/);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the review page and its scheduler work with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
    });
    await context.setOffline(true);
    await page.goto('review/');
    await page.getByRole('checkbox', { name: 'Mathematics' }).check();
    await question(page).click();
    await gradeByKeyboard(page, '3');
    await expect(status(page)).toContainText(/^Good: this card comes back/);
    await context.setOffline(false);
  });
});

import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/progress/store.ts';
import { stagePage, stages } from './content.ts';
import { expect, test } from './fixtures.ts';

const STAGE = stagePage(stages[0]!);

test('a ticked milestone survives a reload, and unticking too', async ({ page }) => {
  await page.goto(STAGE);
  const box = page.locator('[data-milestone]').first().getByRole('checkbox');
  await expect(box).toBeEnabled();
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.reload();
  await expect(box).toBeEnabled();
  await expect(box).not.toBeChecked();
});

test('storage that throws on write keeps the page working and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(STAGE);
  const box = page.locator('[data-milestone]').first().getByRole('checkbox');
  await box.check();
  await expect(box).toBeChecked();
  await expect(
    page.getByRole('status').filter({ hasText: /last only until you leave the page/ }),
  ).toBeVisible();
});

test('corrupt saved progress is kept as a backup and the page still works', async ({ page }) => {
  await page.goto(STAGE);
  await page.evaluate((key) => localStorage.setItem(key, '{broken'), STORAGE_KEY);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /backup/ })).toBeVisible();
  const backups = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => localStorage.getItem(k)),
    BACKUP_PREFIX,
  );
  expect(backups).toEqual(['{broken']);
  const box = page.locator('[data-milestone]').first().getByRole('checkbox');
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('milestones are readable and their checkboxes are disabled', async ({ page }) => {
    await page.goto(STAGE);
    const first = page.locator('[data-milestone]').first();
    await expect(first.locator('label')).not.toBeEmpty();
    await expect(first.getByRole('checkbox')).toBeDisabled();
  });
});

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { BACKUP_PREFIX, LEGACY_KEYS, STORAGE_KEY } from '../../src/progress/store.ts';
import { expect, test } from './fixtures.ts';

const STAGE = 'stages/mathematics/';
const milestone = (page: Page, n = 0) => page.locator('[data-milestone]').nth(n);
const button = (item: Locator, name: RegExp) => item.getByRole('button', { name });
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);

test('each state is set from the stage page and survives a reload', async ({ page }) => {
  await page.goto(STAGE);
  const item = milestone(page);
  const box = item.getByRole('checkbox');
  const doing = button(item, /^In progress$/);
  const skip = button(item, /^Skip \(I know this\)$/);
  const bar = page.locator('mlr-stage-progress [data-part="text"]');

  await doing.click();
  await expect(doing).toHaveAttribute('aria-pressed', 'true');
  await expect(bar).toContainText('1 in progress');
  await page.reload();
  await expect(doing).toHaveAttribute('aria-pressed', 'true');
  await expect(item).toHaveAttribute('data-state', 'doing');

  await skip.click();
  await expect(skip).toHaveAttribute('aria-pressed', 'true');
  await expect(doing).toHaveAttribute('aria-pressed', 'false');
  await expect(bar).toContainText(/^0 done and 1 skipped of \d+ milestones/);
  await page.reload();
  await expect(skip).toHaveAttribute('aria-pressed', 'true');
  await expect(box).not.toBeChecked();

  await box.check();
  await expect(skip).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(box).toBeChecked();
  await expect(item).toHaveAttribute('data-state', 'done');

  // Pressing a pressed toggle, or unticking, goes back to not started.
  await doing.click();
  await doing.click();
  await expect(doing).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(box).not.toBeChecked();
  await expect(item).not.toHaveAttribute('data-state');
  expect((await stored(page)).version).toBe(2);
});

test('a state button reads as pressed in the task of the press; the stage bar follows', async ({ page }) => {
  await page.goto(STAGE);
  const doing = button(milestone(page), /^In progress$/);
  await expect(doing).toBeVisible();
  // What a screen reader announces after the press: read in the same task, before any other runs.
  const pressed = await doing.evaluate((el: HTMLButtonElement) => {
    el.click();
    return el.getAttribute('aria-pressed');
  });
  expect(pressed).toBe('true');
  await expect(page.locator('mlr-stage-progress [data-part="text"]')).toContainText('1 in progress');
});

test('skipped counts toward completion, apart from done, and in progress comes first in Continue', async ({
  page,
}) => {
  await page.goto(STAGE);
  await milestone(page, 0).getByRole('checkbox').check();
  await button(milestone(page, 1), /^Skip/).click();
  await button(milestone(page, 3), /^In progress$/).click();
  const third = await milestone(page, 3).getAttribute('id');
  await page.goto('./');
  await expect(page.locator('#overview-text')).toContainText(
    /^1 done and 1 skipped of \d+ milestones · 1 in progress/,
  );
  const next = page.locator('[data-part="next"]');
  await expect(next).toHaveText(/^Continue: /);
  await expect(next).toHaveAttribute('href', new RegExp(`stages/mathematics/#${third}$`));
  await expect(page.locator('[data-stage="mathematics"] [data-part="skipped"]').first()).not.toHaveCSS(
    'width',
    '0px',
  );
  const node = page.locator('a[data-diagram-stage="mathematics"]');
  await expect(node).toHaveAttribute('data-doing', '');
  expect(Number(await node.locator('.fill-skipped').getAttribute('width'))).toBeGreaterThan(0);
});

test('a note is written, survives a reload, is listed on the progress page, exported and imported', async ({
  page,
}) => {
  const hostile = '<img src=x onerror=alert(1)> see p. 40\nsecond line';
  await page.goto(STAGE);
  const item = milestone(page);
  const id = await item.getAttribute('id');
  await button(item, /^Note$/).click();
  const area = item.getByRole('textbox', { name: /^Your note on / });
  await expect(area).toBeFocused();
  await area.fill(hostile);
  await expect
    .poll(async () => Object.values((await stored(page))?.milestones ?? {}))
    .toContainEqual(expect.objectContaining({ note: hostile }));
  await page.reload();
  await expect(item.locator('.note-text')).toHaveText(hostile);
  await expect(button(item, /^Note$/)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto('progress/');
  const notes = page.getByRole('region', { name: 'Your notes' });
  // Folded until asked for, so that the list appearing moves nothing; the summary counts the notes.
  await expect(notes.locator('summary')).toContainText('(1 note)');
  await notes.locator('summary').click();
  const link = notes.getByRole('link').first();
  await expect(link).toHaveAttribute('href', new RegExp(`stages/mathematics/#${id}$`));
  await expect(notes.locator('.note-text')).toHaveText(hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = await readFile((await (await downloading).path())!, 'utf8');
  expect(Object.values(JSON.parse(exported).milestones)).toContainEqual(
    expect.objectContaining({ note: hostile }),
  );

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(0);
  await page.getByLabel('Import a progress file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.locator('[data-part="preview-text"]')).toContainText('1 note.');
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(notes.locator('.note-text')).toHaveText(hostile);
  await page.goto(`${STAGE}#${id}`);
  await expect(milestone(page).locator('.note-text')).toHaveText(hostile);
});

test('states and notes follow across open tabs', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto(STAGE);
  await page.goto(STAGE);
  await button(milestone(page), /^Skip/).click();
  await expect(button(milestone(other), /^Skip/)).toHaveAttribute('aria-pressed', 'true');
  await button(milestone(page), /^Note$/).click();
  await milestone(page).getByRole('textbox').fill('from the first tab');
  await expect(milestone(other).locator('.note-text')).toHaveText('from the first tab');
  await expect(other.locator('mlr-stage-progress [data-part="text"]')).toContainText('1 skipped');
});

test('keyboard only: tick, set a state, write a note and close it', async ({ page }) => {
  await page.goto(STAGE);
  const item = milestone(page);
  await item.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(item.getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('Tab');
  // Links in the milestone's resources come first on some milestones: tab until the toggle.
  for (
    let i = 0;
    i < 6 && !(await button(item, /^In progress$/).evaluate((b) => b === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(button(item, /^In progress$/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button(item, /^In progress$/)).toHaveAttribute('aria-pressed', 'true');
  await expect(item.getByRole('checkbox')).not.toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(button(item, /^Note$/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('typed by keyboard');
  await page.keyboard.press('Escape');
  await expect(button(item, /^Note$/)).toBeFocused();
  await expect(item.locator('.note-text')).toHaveText('typed by keyboard');
  await page.reload();
  await expect(item.locator('.note-text')).toHaveText('typed by keyboard');
});

test('printing a stage shows states and notes with the checklist, without the controls', async ({ page }) => {
  await page.goto(STAGE);
  await button(milestone(page, 0), /^In progress$/).click();
  await button(milestone(page, 1), /^Skip/).click();
  await button(milestone(page, 0), /^Note$/).click();
  await milestone(page, 0).getByRole('textbox').fill('printed note');
  await page.emulateMedia({ media: 'print' });
  await expect(button(milestone(page, 0), /^In progress$/)).toBeHidden();
  await expect(milestone(page, 0).getByRole('textbox')).toBeHidden();
  await expect(milestone(page, 0).locator('.note-text')).toBeVisible();
  await expect(milestone(page, 0).locator('.note-text')).toHaveText('printed note');
  const after = (n: number) =>
    milestone(page, n)
      .locator('.meta')
      .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await after(0)).toContain('In progress');
  expect(await after(1)).toContain('Skipped');
});

test('fine at 320 px: nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(STAGE);
  await button(milestone(page), /^Note$/).click();
  await milestone(page).getByRole('textbox').fill('x'.repeat(300));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the progress page filters by state', async ({ page }) => {
  await page.goto(STAGE);
  await button(milestone(page, 2), /^In progress$/).click();
  await page.goto('progress/');
  await page.getByRole('group', { name: 'Show' }).getByLabel('In progress').check();
  await expect(page.locator('[data-milestone]:visible')).toHaveCount(1);
  await expect(page.getByText('Showing 1 of')).toBeVisible();
  await page.getByRole('group', { name: 'Show' }).getByLabel('All').check();
  expect(await page.locator('[data-milestone]:visible').count()).toBeGreaterThan(100);
});

test('a browser holding format-1 progress opens into format 2 with every tick kept', async ({ page }) => {
  await page.goto(STAGE);
  const keys = await page
    .locator('[data-milestone]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.milestone!));
  const v1 = JSON.stringify({
    version: 1,
    milestones: Object.fromEntries(keys.map((k) => [k, { done: true, at: '2026-01-01T00:00:00.000Z' }])),
  });
  await page.evaluate(
    ([legacy, value, current]) => {
      localStorage.removeItem(current!);
      localStorage.setItem(legacy!, value!);
    },
    [LEGACY_KEYS[0], v1, STORAGE_KEY],
  );
  await page.reload();
  for (const box of await page.locator('[data-milestone] input[type="checkbox"]').all())
    await expect(box).toBeChecked();
  const after = await page.evaluate(
    ([legacy, prefix]) => ({
      legacy: localStorage.getItem(legacy!),
      backups: Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix!))
        .map((k) => localStorage.getItem(k)),
    }),
    [LEGACY_KEYS[0], BACKUP_PREFIX],
  );
  expect(Object.keys((await stored(page)).milestones).sort()).toEqual([...keys].sort());
  expect(after.legacy).toBeNull();
  expect(after.backups).toEqual([v1]);
  await page.goto('progress/');
  await expect(page.getByRole('region', { name: 'Backups' })).toContainText('earlier version of this site');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the state and note controls stay hidden and the checklist reads as before', async ({ page }) => {
    await page.goto(STAGE);
    await expect(milestone(page).locator('label')).not.toBeEmpty();
    await expect(button(milestone(page), /^In progress$/)).toBeHidden();
    await expect(button(milestone(page), /^Note$/)).toBeHidden();
    await page.goto('progress/');
    await expect(page.getByRole('group', { name: 'Show' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Your notes' })).toBeHidden();
  });
});

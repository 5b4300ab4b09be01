import { STORAGE_KEY } from '../../src/progress/store.ts';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { milestoneCount, stagePage, stages } from './content.ts';
import { expect, test } from './fixtures.ts';

const boxes = (page: Page) => page.locator('[data-milestone] input[type="checkbox"]');
const message = (page: Page) => page.locator('[data-part="message"]');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

async function tickTwo(page: Page) {
  await page.goto('progress/');
  await boxes(page).nth(0).check();
  await boxes(page).nth(1).check();
  await expect(page.locator('#overview-text')).toContainText('2 of');
}

test('other open tabs follow a tick live', async ({ page, context }) => {
  const stage = stages.at(-1)!;
  const other = await context.newPage();
  await other.goto('./');
  await page.goto(stagePage(stage));
  await boxes(page).first().check();
  await expect(other.locator(`[data-stage="${stage.id}"] [data-part="text"]`)).toContainText('1 of');
  await expect(other.locator('#overview-text')).toContainText('1 of');
  await other.goto('progress/');
  await page.bringToFront();
  await boxes(page).first().uncheck();
  await expect(other.locator(`[data-milestone^="${stage.id}/"] input`).first()).not.toBeChecked();
  await expect(other.locator('#overview-text')).toContainText('0 of');
});

test('home shows overall progress and continues with the next milestone', async ({ page }) => {
  // The roadmap's first milestone ticked: next comes its second, in the same stage or the next one.
  const [first, second] = stages.flatMap((stage) => stage.data.milestones.map((m) => ({ stage, m })));
  await page.goto(stagePage(first!.stage));
  await page.locator(`[id="${first!.m.id}"][data-milestone]`).getByRole('checkbox').check();
  await page.goto('./');
  await expect(page.locator('#overview-text')).toContainText(
    new RegExp(`^1 of ${milestoneCount} milestones done`),
  );
  const next = page.locator('[data-part="next"]');
  await expect(next).toHaveText(`Continue: ${second!.m.title}`);
  await expect(next).toHaveAttribute('href', new RegExp(`${stagePage(second!.stage)}#${second!.m.id}$`));
  await next.click();
  await expect(page.locator(`[id="${second!.m.id}"][data-milestone]`)).toBeInViewport();
});

test('export, reset, then import the file again (merge)', async ({ page }) => {
  await tickTwo(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^ml-roadmap-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile((await file.path())!, 'utf8');
  expect(Object.keys(JSON.parse(exported).milestones)).toHaveLength(2);

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('#overview-text')).toContainText('0 of');
  await expect(page.getByRole('region', { name: 'Backups' })).toContainText('Before a reset');

  await page.getByLabel('Import a progress file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.locator('[data-part="preview-text"]')).toContainText(
    '2 new milestones, 0 already the same here, 0 in another state here, 0 not in the roadmap',
  );
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(message(page)).toContainText('Imported (merge)');
  await expect(page.locator('#overview-text')).toContainText('2 of');
  await page.reload();
  await expect(boxes(page).nth(0)).toBeChecked();
  await expect(boxes(page).nth(1)).toBeChecked();
});

test('reset asks first; cancel keeps everything; a backup can be restored', async ({ page }) => {
  await tickTwo(page);
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#overview-text')).toContainText('2 of');
  await expect(page.getByRole('button', { name: 'Reset all progress…' })).toBeFocused();

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('#overview-text')).toContainText('0 of');
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('#overview-text')).toContainText('2 of');
});

const badFiles: [string, string | Buffer, RegExp][] = [
  ['not JSON', 'this is not json', /not a JSON file/],
  ['oversize', Buffer.alloc(1_000_001, 32), /at most 1 MB/],
  ['wrong shape', '{"version":1,"milestones":{"mathematics/x":{"done":"yes"}}}', /not a progress file/],
  ['a future version', '{"version":9,"milestones":{}}', /newer version/],
  [
    'a __proto__ key',
    '{"version":1,"milestones":{"__proto__":{"done":true,"at":"2026-01-01T00:00:00Z"}}}',
    /not a milestone/,
  ],
  [
    'HTML in a key',
    '{"version":1,"milestones":{"<img src=x onerror=alert(1)>":{"done":true,"at":"2026-01-01T00:00:00Z"}}}',
    /not a milestone/,
  ],
];

for (const [what, content, expected] of badFiles) {
  test(`importing ${what} explains the problem and changes nothing`, async ({ page }) => {
    await tickTwo(page);
    const before = await stored(page);
    await page.getByLabel('Import a progress file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
    });
    await expect(message(page)).toContainText(expected);
    await expect(message(page)).toContainText('Nothing changed');
    await expect(page.locator('[data-part="preview"]')).toBeHidden();
    await expect(page.locator('img')).toHaveCount(0);
    expect(await stored(page)).toBe(before);
  });
}

test('an import whose checks cannot load says so and changes nothing', async ({ page }) => {
  await tickTwo(page);
  const before = await stored(page);
  // The file checks load on first use; here their file never arrives (a deploy replaced it, say).
  await page.route(/\/import-file\.[^/]*\.js$/, (route) => route.abort());
  await page.getByLabel('Import a progress file').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(before ?? ''),
  });
  await expect(message(page)).toHaveText(
    'The import could not start: reload the page, then choose the file again. Nothing changed.',
  );
  await expect(page.locator('[data-part="preview"]')).toBeHidden();
  expect(await stored(page)).toBe(before);
});

test('ticks for milestones that no longer exist are listed, kept and not counted', async ({ page }) => {
  await page.goto('progress/');
  await page.evaluate((key) => {
    const at = '2026-01-01T00:00:00.000Z';
    localStorage.setItem(
      key,
      JSON.stringify({ version: 1, milestones: { 'old-stage/gone': { done: true, at } } }),
    );
  }, STORAGE_KEY);
  await page.reload();
  await expect(page.getByRole('region', { name: /no longer in the roadmap/ })).toContainText(
    'old-stage/gone',
  );
  // The overview holds its place invisibly with build-time numbers ("0 of") until its script runs.
  await expect(page.locator('mlr-overview')).toBeVisible();
  await expect(page.locator('#overview-text')).toContainText('0 of');
  await boxes(page).first().check();
  expect(JSON.parse((await stored(page))!).milestones).toHaveProperty(['old-stage/gone']);
});

import type { Browser, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { STORAGE_KEY } from '../../src/progress/store.ts';
import { expect, test } from './fixtures.ts';

const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
const checkboxes = (page: Page) => page.locator('[data-milestone] input[type="checkbox"]');

/** Ticks the first `n` milestones of the mathematics stage, then makes a link on the send page. */
async function makeLink(page: Page, n: number): Promise<string> {
  await page.goto('stages/mathematics/');
  for (let i = 0; i < n; i += 1) await checkboxes(page).nth(i).check();
  await page.goto('send/');
  await page.getByRole('button', { name: 'Make a link to my progress' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue();
  expect(link).toMatch(/\/send\/#progress=[A-Za-z0-9_-]+$/);
  return link;
}

// Each test loads several pages, in two browser contexts for some.
test.beforeEach(() => test.slow());

/** A fresh browser context: another device, with nothing stored. */
async function otherDevice(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...(baseURL && { baseURL }), serviceWorkers: 'block' });
  return { context, page: await context.newPage() };
}

test('a link carries progress to another device: preview, merge, ticks; the fragment is removed', async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await makeLink(page, 2);
  const { context, page: other } = await otherDevice(browser, baseURL);
  await other.goto('stages/mathematics/');
  await checkboxes(other).nth(2).check(); // progress of its own, which a merge keeps
  await other.goto(link);
  await expect(other.getByText(/^This link: 2 new milestones, 0 already the same here/)).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  await other.getByRole('button', { name: 'Merge' }).click();
  await expect(other.getByText(/Imported from the link \(merge\)/)).toBeVisible();
  await other.goto('stages/mathematics/');
  for (const i of [0, 1, 2]) await expect(checkboxes(other).nth(i)).toBeChecked();
  await context.close();
});

test('a tampered or truncated link changes nothing and says why', async ({ page, browser, baseURL }) => {
  const link = await makeLink(page, 1);
  const { context, page: other } = await otherDevice(browser, baseURL);
  const middle = Math.floor((link.indexOf('=') + link.length) / 2);
  const tampered = `${link.slice(0, middle)}${link[middle] === 'A' ? 'B' : 'A'}${link.slice(middle + 1)}`;
  for (const bad of [tampered, link.slice(0, -6)]) {
    await other.goto(bad);
    await expect(other.getByText(/This link is damaged or incomplete.+Nothing changed\./)).toBeVisible();
    await expect(other.getByRole('button', { name: 'Merge' })).toBeHidden();
    expect(await stored(other)).toBeNull();
  }
  await context.close();
});

test('the QR code decodes to the link', async ({ page }) => {
  const link = await makeLink(page, 3);
  const qr = page.getByRole('img', { name: 'QR code of the link to your progress' });
  await expect(qr).toBeVisible();
  await expect(page.getByText('too large for a QR code')).toBeHidden();
  // Decoded by jsQR, a decoder the site does not use, from the pixels of a screenshot.
  const png = (await qr.screenshot()).toString('base64');
  // The pixels are read in a blank page: the site's own policy rightly refuses to fetch a data: URL.
  const scratch = await page.context().newPage();
  const { width, height, data } = await scratch.evaluate(async (b64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png);
  await scratch.close();
  const decoded = jsQR(Uint8ClampedArray.from(data), width, height);
  expect(decoded?.data).toBe(link);
});

test('progress too large for a QR code still gets a link, and the page says so', async ({ page }) => {
  await page.goto('send/');
  // Many notes: far past the 2,953 bytes a QR code holds, even compressed.
  await page.evaluate((key) => {
    const milestones: Record<string, unknown> = {};
    for (let i = 0; i < 400; i += 1)
      milestones[`stage-${i}/milestone-${i}`] = {
        state: 'done',
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i * 7919)).toISOString(),
        note: `${i} ${Math.sin(i).toString(36)}`,
      };
    localStorage.setItem(key, JSON.stringify({ version: 2, milestones }));
  }, STORAGE_KEY);
  await page.reload();
  await page.getByRole('button', { name: 'Make a link to my progress' }).click();
  await expect(page.getByText('too large for a QR code')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  expect(await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue()).toMatch(
    /#progress=/,
  );
});

test('after 20 changes a backup is suggested once; Not now puts it away, a link resets the count', async ({
  page,
}) => {
  await page.goto('');
  const suggestion = page.getByRole('region', { name: 'Backup suggestion' });
  const seed = (count: number, at: string) =>
    page.evaluate(
      ([key, count, at]) => {
        const milestones: Record<string, unknown> = {};
        for (let i = 0; i < Number(count); i += 1) milestones[`stage/m${i}`] = { state: 'done', at };
        localStorage.setItem(String(key), JSON.stringify({ version: 2, milestones }));
      },
      [STORAGE_KEY, count, at] as const,
    );
  await seed(19, new Date().toISOString());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(suggestion).toBeHidden();
  await seed(20, new Date().toISOString());
  await page.reload();
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('button', { name: 'Not now' }).click();
  await expect(suggestion).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(suggestion).toBeHidden();
  // A link counts as a backup: older changes no longer count.
  await page.goto('send/');
  await page.getByRole('button', { name: 'Make a link to my progress' }).click();
  await expect(page.getByText('Link ready.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ml-roadmap:last-backup'))).toMatch(/^\d{4}-/);
});

test('asks the browser to keep the data and says what it answered', async ({ page }) => {
  await page.goto('send/');
  await page.getByRole('button', { name: 'Ask this browser to keep my progress' }).click();
  await expect(page.locator('mlr-keep-data [data-part="answer"]')).toHaveText(
    /^This browser (agreed|did not agree) to keep your progress/,
  );
});

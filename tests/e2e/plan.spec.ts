import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { formatDay } from '../../src/progress/calendar-day.ts';
import { schedule } from '../../src/progress/plan-schedule.ts';
import { emptyProgress } from '../../src/progress/model.ts';
import { parseRoadmapIndex } from '../../src/progress/roadmap-index.ts';
import { STORAGE_KEY } from '../../src/progress/store.ts';
import { expect, test } from './fixtures.ts';

// Local noon: the learner's "today" is 4 January 2027 whatever the machine's time zone.
const NOW = new Date(2027, 0, 4, 12);
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
const indexOf = async (page: Page) =>
  parseRoadmapIndex(await page.locator('#mlr-roadmap-index').textContent());

test.beforeEach(async ({ page }) => {
  test.slow(); // several page loads each, on a shared machine
  await page.clock.setFixedTime(NOW);
});

test('is linked from home and the progress page', async ({ page }) => {
  for (const from of ['', 'progress/']) {
    await page.goto(from);
    await page.getByRole('link', { name: 'Plan your study' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your study plan');
  }
});

test('hours a week and a target give dates per stage, saved with progress', async ({ page }) => {
  await page.goto('plan/');
  const index = await indexOf(page);
  const first = index.stages[0]!;
  const row = page.getByRole('row', { name: new RegExp(`^${first.title}`) });
  const expected = (hoursPerWeek: number) =>
    schedule(index, emptyProgress(), { hoursPerWeek }, NOW).stages[0]!.finish!;

  await expect(row).toContainText(formatDay(expected(10))); // the default, before anything is saved
  await page.getByLabel('Hours a week').fill('4');
  await page.getByLabel('Target date').fill('2027-02-01');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan saved.')).toBeVisible();
  await expect(row).toContainText(formatDay(expected(4)));
  await expect(page.locator('[data-part="summary"]')).toContainText(
    /At your plan of 4 h a week you finish .+ around \d+ \w+ \d{4}, about \w+ years? behind your target\./,
  );
  expect((await stored(page)).plan).toEqual({ hoursPerWeek: 4, target: '2027-02-01' });

  // Only the first stage in scope: the plan ends with it.
  for (const stage of index.stages.slice(1))
    await page.getByRole('checkbox', { name: stage.title }).uncheck();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('Hours a week')).toHaveValue('4');
  await expect(page.getByRole('checkbox', { name: index.stages[1]!.title })).not.toBeChecked();
  expect((await stored(page)).plan.stages).toEqual([first.id]);
});

test('a bad number is refused by the form and changes nothing', async ({ page }) => {
  await page.goto('plan/');
  await page.getByLabel('Hours a week').fill('0');
  await page.getByRole('button', { name: 'Save plan' }).click();
  expect(await stored(page)).toBeNull();
});

test('the calendar downloads as an .ics file with all-day events', async ({ page }) => {
  await page.goto('plan/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ml-roadmap-plan-2027-01-04.ics');
  const text = await readFile(await file.path(), 'utf8');
  const index = await indexOf(page);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(index.stages.length);
  expect(text).toContain('DTSTART;VALUE=DATE:20270104');
  expect(text).not.toMatch(/DTSTART:|DTEND:/); // never a time of day
});

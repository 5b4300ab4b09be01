import { PROGRESS_VERSION } from '../../src/progress/model.ts';
import { STORAGE_KEY } from '../../src/progress/store.ts';
import { roadmapIndexOf, storedProgress } from '../../scripts/perf/stored-progress.ts';
import { expect, test } from './fixtures.ts';

/** Sum of the page's layout shifts so far that no input caused (CLS without session windows: stricter). */
const layoutShift = () =>
  new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
      resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    // No shift at all queues no entry: report zero after two frames.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
  });

test('with stored progress, pages do not shift as the progress scripts render', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('stages/mathematics/');
  const keys = await page
    .locator('[data-milestone]')
    .evaluateAll((items) => items.slice(0, 4).map((li) => li.getAttribute('data-milestone')!));
  const at = '2026-01-01T00:00:00.000Z';
  const progress = {
    version: PROGRESS_VERSION,
    milestones: Object.fromEntries(keys.map((k) => [k, { state: 'done', at }])),
  };
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify(progress)],
  );
  for (const path of ['', 'stages/mathematics/', 'stages/mlops/', 'progress/', 'search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (path === '' || path === 'progress/')
      await expect(page.locator('#overview-text')).toContainText(`${keys.length} of`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(layoutShift), `layout shift on /${path}`).toBeLessThanOrEqual(0.01);
  }
});

// A learner weeks in (two stages done, one under way, a skipped milestone, notes, no backup yet: the
// backup suggestion shows), the record `npm run lighthouse` stores, on a phone as Lighthouse emulates
// it and on a desktop. Longer figures, the suggestion and the notes once moved the page (0.09 on a phone).
for (const [device, size] of [
  ['a phone', { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true }],
  ['a desktop', { viewport: { width: 1400, height: 900 } }],
] as const) {
  test.describe(`on ${device}`, () => {
    test.use(size);
    test('with a realistic learner’s progress, pages do not shift as it renders', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto('progress/');
      const entries = storedProgress(roadmapIndexOf(await page.content()));
      await page.addInitScript((pairs) => pairs.forEach(([k, v]) => localStorage.setItem(k, v)), entries);
      // Scripts arrive after the first paint, as on a slow phone network: whatever they fill in must
      // not move what is already drawn. (Without the delay they often run before the first paint, and
      // a shift goes unseen.)
      await page.route('**/_astro/*.js', async (route) => {
        await new Promise((done) => setTimeout(done, 400));
        await route.continue();
      });
      const paths = [
        '',
        'stages/mathematics/',
        'stages/ml-engineer-role/',
        'stages/programming/',
        'progress/',
      ];
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        if (path === 'progress/') await expect(page.locator('mlr-backup-reminder')).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(layoutShift), `layout shift on /${path}`).toBeLessThanOrEqual(0.01);
      }
    });
  });
}

import { THEME_KEY } from '../../src/client/theme-key.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from '../../scripts/perf/built-site.ts';
import { citedResources, milestoneCount, stagePage, stages, stageThat } from './content.ts';
import { expect, test } from './fixtures.ts';
import { scrollThrough } from './scroll-through.ts';

const url = (page: string) => (page === '' ? './' : page);
const pages = builtPages('dist').map((page) => page.path);

async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [THEME_KEY, theme]);
}

/**
 * The page background of each colour scheme, resolved from the palette's `--mlr-bg` token by a
 * probe element that sets its own `color-scheme`, whatever theme the page itself shows. The two
 * must differ, or a theme could not be told from the other.
 */
async function backgrounds(page: Page): Promise<{ light: string; dark: string }> {
  const colours = await page.evaluate(() => {
    const resolve = (scheme: string) => {
      const probe = document.createElement('div');
      probe.style.colorScheme = scheme;
      probe.style.backgroundColor = 'var(--mlr-bg)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    };
    return { light: resolve('light'), dark: resolve('dark') };
  });
  expect(colours.light, 'the light and dark backgrounds of the palette').not.toBe(colours.dark);
  return colours;
}

/** No axe violation on the page in that theme, once every block on it has been laid out. */
async function expectNoViolations(page: Page, path: string, theme: 'light' | 'dark') {
  await useTheme(page, theme);
  await page.goto(url(path));
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // Open every self-check answer so its text is checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // axe would measure the touch targets in a block that skips its layout against whatever overlaps
  // its placeholder: every block is laid out first.
  await scrollThrough(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe: /${path} in the ${theme} theme`, async ({ page }) => {
      // A page lists up to every milestone with its controls: axe needs time on a slow machine.
      test.setTimeout(120_000);
      await expectNoViolations(page, path, theme);
    });
  }
}

// On a phone, wide tables and formulas scroll sideways, and touch targets sit closer together.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of pages) {
    test(`axe: /${path} at 375 px`, async ({ page }) => {
      test.setTimeout(120_000);
      await expectNoViolations(page, path, 'light');
    });
  }
});

test('the chosen theme is set before the page is first painted', async ({ page }) => {
  await useTheme(page, 'dark');
  // Record the theme at the moment <body> is created, before any paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody =
        document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(stagePage(stages[0]!));
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  const { dark } = await backgrounds(page);
  await expect(page.locator('html')).toHaveCSS('background-color', dark);
});

test('the theme picker follows the system, then persists a choice across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const { light, dark } = await backgrounds(page);
  const picker = page.getByLabel('Colour theme');
  await expect(picker).toHaveValue('auto');
  await expect(page.locator('html')).toHaveCSS('background-color', dark);
  await picker.selectOption('light');
  await expect(page.locator('html')).toHaveCSS('background-color', light);
  await page.goto('progress/');
  await expect(page.getByLabel('Colour theme')).toHaveValue('light');
  await expect(page.locator('html')).toHaveCSS('background-color', light);
  await page.getByLabel('Colour theme').selectOption('auto');
  await expect(page.locator('html')).toHaveCSS('background-color', dark);
});

test('keyboard only: skip link first, visible focus, and no trap through a whole stage page', async ({
  page,
}) => {
  // Every control of the largest stage, focus read after each Tab: slow machines need the time.
  test.setTimeout(180_000);
  // The stage with the most to tab through: a checkbox per milestone, a link per resource.
  const stops = (s: (typeof stages)[number]) => s.data.milestones.length + citedResources(s).length;
  const stage = stages.reduce((a, b) => (stops(b) > stops(a) ? b : a));
  await page.goto(stagePage(stage));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Enough presses to pass every focusable element twice: a trap keeps focus from leaving the page.
  const focusable = await page
    .locator('a[href], button, input, select, textarea, summary, [tabindex]')
    .count();
  const seen = new Set<string>();
  let last = '';
  let left = false;
  for (let i = 0; i < 2 * focusable; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.closest('li') ?? el;
      return {
        id: `${el.tagName}${el.id}${el.getAttribute('href') ?? ''}${(el as HTMLInputElement).type ?? ''}${el.textContent?.slice(0, 30)}`,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: box.getBoundingClientRect().height > 0,
      };
    });
    if (!info) {
      left = true; // Focus left the document: we got all the way through.
      break;
    }
    expect(info.outline, `visible focus on ${info.id}`).toBe(true);
    expect(info.visible, `${info.id} is visible`).toBe(true);
    expect(info.id === last, `focus stuck on ${info.id}`).toBe(false);
    seen.add(info.id);
    last = info.id;
  }
  expect(left, 'focus reached the end of the page').toBe(true);
  expect(
    seen.size,
    'focus stops: at least every milestone checkbox and resource link',
  ).toBeGreaterThanOrEqual(stops(stage));
});

test('every page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pages) {
    await page.goto(url(path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `/${path} is ${width}px wide`).toBeLessThanOrEqual(320);
  }
});

test('printing a stage gives a clean checklist with states and resource URLs', async ({ page }) => {
  await page.goto(stagePage(stageThat('citing resources', (s) => citedResources(s).length > 0)));
  await page.locator('[data-milestone] input').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.locator('button:not(dialog button)').first()).toBeHidden();
  await expect(page.locator('[data-milestone] input').first()).toBeVisible();
  await expect(page.locator('[data-milestone] input').first()).toBeChecked();
  await expect(page.locator('.print-url').first()).toBeVisible();
  await expect(page.locator('.print-url').first()).toHaveText(/^https?:\/\//);
});

test('printing the progress page keeps every milestone and drops the controls', async ({ page }) => {
  await page.goto('progress/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
  await expect(page.getByLabel('Import a progress file')).toBeHidden();
  await expect(page.locator('[data-milestone] input:visible')).toHaveCount(milestoneCount);
});

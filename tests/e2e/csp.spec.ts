import { test as plain } from '@playwright/test';
import { collectViolations } from './csp-violations.ts';
import { builtPages } from '../../src/content/checks/built-site.ts';
import { showsFormulas, stagePage, stageThat } from './content.ts';
import { expect, test } from './fixtures.ts';

// Every test fails on a policy violation (fixtures.ts). These walk through every page and every
// control on purpose, so a violation cannot hide in a corner that no other test happens to visit.

const url = (page: string) => (page === '' ? './' : page);

for (const { path } of builtPages('dist')) {
  test(`no policy violation on /${path}, using its controls`, async ({ page }) => {
    await page.goto(url(path));
    // The inline theme script ran (by its hash) and the picker's module works.
    await page.getByLabel('Colour theme').selectOption('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByLabel('Colour theme').selectOption('auto');
    // Self-check answers, formulas and code render with their inline styles.
    for (const summary of await page.locator('details > summary:visible').all()) await summary.click();
    // Search in the dialog: Pagefind's dynamic import, its worker and its WebAssembly.
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the roadmap' });
    await dialog.getByRole('searchbox').fill('gradient');
    await expect(dialog.locator('[data-search-results] > li').first()).toBeVisible();
    // In a search field the first Escape clears the text; the second closes the dialog.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // A milestone, where the page has them.
    const box = page.locator('[data-milestone] input[type="checkbox"]').first();
    if (await box.count()) {
      await box.check();
      await expect(box).toBeChecked();
    }
  });
}

test('no policy violation on the search page and with the progress tools', async ({ page }) => {
  await page.goto('search/?q=kubernetes');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await page.getByRole('main').getByLabel('Show').selectOption('Resource');
  await expect(page).toHaveURL(/type=Resource/);

  await page.goto('progress/');
  await page.locator('[data-milestone] input').first().check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = await (await downloading).path();
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('#overview-text')).toContainText('1 of');
  await page.getByLabel('Import a progress file').setInputFiles(exported!);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.locator('[data-part="message"]')).toContainText('Imported (merge)');
});

// The listener itself must be able to fail: an injected inline script and an injected <style>
// are blocked by the page's policy and reported.
plain('the violation listener reports what the policy blocks', async ({ page, context }) => {
  const violations = await collectViolations(context);
  await page.goto(stagePage(stageThat('with formulas', showsFormulas)));
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect
    .poll(() => violations.map((v) => v.directive).sort())
    .toEqual(['script-src-elem', 'style-src-elem']);
});

import { expect, test } from './fixtures.ts';

const QUERY = 'gradient descent';

/**
 * A learner presses the shortcut and types straight away, on a phone-speed CPU, while the search
 * code is still on its way: no key may be lost (issue 16 saw "radient descent").
 */
for (const [name, shortcut] of [
  ['/', '/'],
  ['Ctrl+K', 'Control+k'],
] as const) {
  test(`typing right after ${name} keeps every key while search loads on a slow CPU`, async ({ page }) => {
    test.setTimeout(120_000); // A 4× slower CPU on a shared machine.
    await page.goto('stages/mathematics/');
    // Hold the search code back, as a slow network would: keys typed meanwhile must still land.
    await page.route(/\/_astro\/search-ui\.[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.keyboard.press(shortcut);
    await page.keyboard.type(QUERY, { delay: 40 });
    const search = page.getByRole('dialog', { name: 'Search the roadmap' });
    await expect(search.getByRole('searchbox')).toHaveValue(QUERY, { timeout: 30_000 });
    // Once the code arrives, it searches for what was typed without another key.
    await expect(search.getByRole('status')).toContainText(`for “${QUERY}”`, { timeout: 60_000 });
    await expect(search.getByRole('searchbox')).toHaveValue(QUERY);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
}

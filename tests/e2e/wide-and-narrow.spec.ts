import { expect, test } from './fixtures.ts';

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a stage keeps its contents and progress beside the text, marking the section in view', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('stages/mathematics/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const progress = page.locator('mlr-stage-progress');
    await expect(progress).toBeVisible();
    const text = await page.locator('.prose').boundingBox();
    const side = await toc.boundingBox();
    expect(side!.x).toBeGreaterThanOrEqual(text!.x + text!.width); // beside, not above
    await page.evaluate(() => document.getElementById('probability')!.scrollIntoView({ block: 'start' }));
    // The marked entry is the section at the top of the view: Probability or its first subsection.
    const section = toc.locator('li:has(> a[href="#probability"])');
    await expect(section.locator('a[aria-current="location"]')).toHaveCount(1);
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    await page.evaluate(() => document.getElementById('calculus')!.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('li:has(> a[href="#calculus"]) a[aria-current="location"]')).toHaveCount(1);
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    await expect(toc).toBeInViewport();
    await expect(progress).toBeInViewport();
    await page.screenshot({ path: 'test-results/stage-1280.png' });
  });
});

test.describe('phones', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the header takes at most two rows, and a stage reads in one column', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('stages/mathematics/');
    await expect(page.locator('mlr-theme-picker')).toBeVisible();
    // Parts whose middles sit within 12 px of each other share a row (they are centred in it).
    const middles = await page.locator('.site-header > *').evaluateAll((parts) =>
      parts
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.height > 0)
        .map((r) => r.top + r.height / 2),
    );
    const rows = middles.sort((a, b) => a - b).filter((m, i, all) => i === 0 || m - all[i - 1]! > 12).length;
    expect(rows).toBeLessThanOrEqual(2);
    const text = await page.locator('.prose').boundingBox();
    const toc = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(text!.y); // contents above the text, as before
    await page.screenshot({ path: 'test-results/stage-375.png' });
  });
});

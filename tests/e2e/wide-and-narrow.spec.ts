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

  test('a formula too wide for the screen is a tab stop whose arrow keys scroll it; one that fits is not', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('stages/mathematics/');
    // A block off screen is laid out, and so measured, only near the screen: each is brought there.
    const formulas = page.locator('.prose .katex-display');
    const boxes = await formulas.evaluateAll(async (all) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const seen = [];
      for (const box of all) {
        box.scrollIntoView({ block: 'center' });
        await frame();
        seen.push({ wide: box.scrollWidth > box.clientWidth, stop: box.getAttribute('tabindex') });
      }
      return seen;
    });
    const wide = boxes.flatMap((box, i) => (box.wide ? [i] : []));
    expect(wide.length, 'formulas wider than a 375 px screen').toBeGreaterThan(0);
    expect(wide.length, 'formulas that fit').toBeLessThan(boxes.length);
    expect(boxes.map((box) => box.stop)).toEqual(boxes.map((box) => (box.wide ? '0' : null)));

    // In the page's tab order: Tab from the control before it lands on it.
    const formula = formulas.nth(wide[0]!);
    await formula.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(formula).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => formula.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);

    // On a screen wide enough for it, the same formula is no longer a stop.
    await page.setViewportSize({ width: 1280, height: 800 });
    await formula.scrollIntoViewIfNeeded();
    await expect.poll(() => formula.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(false);
    await expect(formula).not.toHaveAttribute('tabindex');
  });
});

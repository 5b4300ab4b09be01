import type { Page } from '@playwright/test';

/**
 * Scrolls the page from top to bottom, half a screen at a time, and back to the top. Blocks off
 * screen skip their layout (content-visibility) and hold a placeholder size until first seen; after
 * this, every block has its real size and contents, as after a reader's scroll.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}

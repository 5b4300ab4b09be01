/**
 * Lighthouse against one Chromium: a page's report without stored progress and with it. Before each
 * run the origin's data is cleared (all of it: Lighthouse's own reset leaves localStorage alone); for
 * a run with progress, a record is then written into localStorage and Lighthouse keeps storage. Mobile form factor and simulated throttling: Lighthouse's defaults.
 */
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CATEGORIES, type RunFigures } from './lighthouse-table.ts';

export function figuresOf(lhr: Result): RunFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as RunFigures['scores'],
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity,
  };
}

export interface Lab {
  /** Runs Lighthouse on `url`; `stored` entries are written to the origin's localStorage first. */
  run(url: string, stored?: [string, string][]): Promise<Result>;
  close(): Promise<void>;
}

/** Launches headless Chromium for Lighthouse, with a CDP client of our own to prepare storage. */
export async function openLab(chromePath: string): Promise<Lab> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  } catch (error) {
    chrome.kill();
    throw error;
  }
  const context = browser.contexts()[0]!;

  /** Leaves the origin with nothing but `entries` in localStorage: no service worker, no HTTP cache. */
  const prepare = async (origin: string, entries: [string, string][]) => {
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      // A file that runs no script, so nothing registers a service worker or reads progress early.
      await page.goto(new URL('manifest.webmanifest', origin + '/').href);
      await page.evaluate(
        (pairs) => pairs.forEach(([key, value]) => localStorage.setItem(key, value)),
        entries,
      );
      await cdp.send('Network.clearBrowserCache');
    } finally {
      await page.close();
    }
  };

  return {
    async run(url, stored) {
      // Lighthouse's own reset spares localStorage (it keeps logins), so progress is cleared here.
      await prepare(new URL(url).origin, stored ?? []);
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        disableStorageReset: stored !== undefined,
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
      return result.lhr;
    },
    async close() {
      await browser?.close().catch(() => undefined);
      chrome.kill();
    },
  };
}

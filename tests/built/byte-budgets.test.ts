import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS, checkPages, describeCheck, measureSite } from '../../scripts/perf/budgets.ts';
import { SUBPATH, SUBPATH_OUT_DIR } from '../sites.mjs';

/**
 * Byte budgets of the built site (scripts/perf/budgets.ts has the numbers, how bytes are counted
 * and how pages are judged, for `npm run bench` too). Bytes are deterministic, so these never
 * flake; timings live in `npm run bench`.
 */
if (!existsSync('dist')) throw new Error('No dist/ to measure: run `npx astro build` first (npm test does).');
const sites = [
  { dir: 'dist', base: '/' },
  // The sub-path build proves that every asset resolves under another base; npm test makes it.
  ...(existsSync(SUBPATH_OUT_DIR) ? [{ dir: SUBPATH_OUT_DIR, base: SUBPATH }] : []),
];

describe.each(sites)('the site built in $dir', ({ dir, base }) => {
  const pages = measureSite(dir, base);
  const checks = checkPages(pages);

  it('has a home page and stage pages, each loading some CSS and JS', () => {
    expect(pages.filter((p) => p.role === 'home')).toHaveLength(1);
    const stages = pages.filter((p) => p.role === 'stage');
    expect(stages.length).toBeGreaterThan(0);
    for (const page of stages) {
      expect(page.css.gzip, page.url).toBeGreaterThan(0);
      expect(page.js.gzip, page.url).toBeGreaterThan(0);
    }
  });

  it.each(Object.values(CHECKS))('%s', (budget) => {
    const ofThisBudget = checks.filter((c) => c.budget === budget);
    expect(ofThisBudget.length, 'pages this budget applies to').toBeGreaterThan(0);
    expect(ofThisBudget.filter((c) => !c.within).map(describeCheck)).toEqual([]);
  });
});

// The pass/fail rule of `npm run lighthouse` (issue #16): medians per figure, and which rows miss what.
import { describe, expect, it } from 'vitest';
import {
  medianFigures,
  misses,
  verdict,
  type Row,
  type RunFigures,
} from '../../scripts/perf/lighthouse-table.ts';

const run = (performance: number, lcp = 1000, cls = 0): RunFigures => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcp,
  cls,
});
const row = (figures: RunFigures, page = 'home'): Row => ({ page, state: 'stored', figures });

describe('medianFigures', () => {
  it('takes each figure’s median on its own, rounding a score down', () => {
    const figures = medianFigures([run(100, 900), run(99, 1600), run(100, 1200), run(99, 1000)]);
    expect(figures.scores.performance).toBe(99); // (99 + 100) / 2 is not a 100
    expect(figures.lcp).toBe(1100);
  });

  it('lets one slow run of three pass', () => {
    expect(medianFigures([run(100), run(76, 2400), run(100)])).toEqual(run(100));
  });
});

describe('misses and verdict', () => {
  it('names every figure a row misses', () => {
    expect(misses(row(run(99, 1510, 0.02)))).toEqual(['perf 99', 'LCP 1.51 s', 'CLS 0.020']);
  });

  it('accepts the targets themselves', () => {
    expect(misses(row(run(100, 1500, 0.01)))).toEqual([]);
    expect(verdict([row(run(100, 1500, 0.01))])).toBeNull();
  });

  it('lists only the rows that miss, out of all of them', () => {
    const line = verdict([row(run(100)), row(run(97), 'mathematics')]);
    expect(line).toMatch(/^1 of 2 rows miss a target/);
    expect(line).toContain('mathematics (stored): perf 97');
    expect(line).not.toContain('home');
  });
});

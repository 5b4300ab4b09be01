/**
 * The targets of `npm run lighthouse` (issue #16) and the table it prints: 100 in every category,
 * LCP at most 1.5 s and CLS at most 0.01 on every page, with and without stored progress.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The figures the table shows for one run (scripts/perf/lighthouse-run.ts reads them off a report). */
export interface RunFigures {
  /** Category scores, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Largest contentful paint, simulated, in ms. */
  lcp: number;
  /** Cumulative layout shift. */
  cls: number;
}

export const TARGETS = { score: 100, lcp: 1500, cls: 0.01 };

/** One row: a page in one state, with its figures (medians when it ran more than once). */
export interface Row {
  page: string;
  state: 'empty' | 'stored';
  figures: RunFigures;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Each figure's median over the runs (taken figure by figure, so a row may mix runs; scores rounded down). */
export function medianFigures(runs: RunFigures[]): RunFigures {
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.floor(median(runs.map((run) => run.scores[id])))]),
    ) as RunFigures['scores'],
    lcp: median(runs.map((run) => run.lcp)),
    cls: median(runs.map((run) => run.cls)),
  };
}

/** What a row misses, e.g. `perf 97`, `LCP 2.0 s`; empty when it meets every target. */
export function misses({ figures }: Row): string[] {
  const out: string[] = [];
  for (const id of CATEGORIES)
    if (figures.scores[id] < TARGETS.score) out.push(`${LABELS[id]} ${figures.scores[id]}`);
  if (figures.lcp > TARGETS.lcp) out.push(`LCP ${seconds(figures.lcp)}`);
  if (figures.cls > TARGETS.cls) out.push(`CLS ${figures.cls.toFixed(3)}`);
  return out;
}

const LABELS = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best practices',
  seo: 'SEO',
} as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The table as Markdown, ready for the README. */
export function table(rows: Row[]): string {
  const head = ['page', 'state', ...CATEGORIES.map((id) => LABELS[id]), 'LCP', 'CLS'];
  const lines = rows.map(({ page, state, figures }) => [
    page,
    state,
    ...CATEGORIES.map((id) => String(figures.scores[id])),
    seconds(figures.lcp),
    figures.cls.toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

/** One line saying which rows missed what, or null when all met the targets. */
export function verdict(rows: Row[]): string | null {
  const missed = rows.map((row) => [row, misses(row)] as const).filter(([, m]) => m.length > 0);
  if (missed.length === 0) return null;
  const list = missed.map(([row, m]) => `${row.page} (${row.state}): ${m.join(', ')}`).join('; ');
  return `${missed.length} of ${rows.length} rows miss a target (100 each, LCP ≤ 1.5 s, CLS ≤ 0.01): ${list}`;
}

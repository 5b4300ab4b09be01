#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile, simulated throttling: its defaults) on the built site, served
// with gzip as a static host serves it, for the pages issue #16 names, each without and with stored
// progress. Prints one table and exits non-zero, with a one-line reason, if any run misses a target
// (scripts/perf/lighthouse-table.ts). Timings depend on the machine: this is not part of `npm test`.
//
// 1. Builds first when dist/ is missing or older than the sources, or always with --build.
// 2. Serves dist/ with scripts/serve.mjs (gzip on) and launches headless Chromium for Lighthouse.
// 3. Per page: a run after Lighthouse's own storage reset ("empty"), then one with a learner's progress
//    in localStorage, written by the progress store itself (scripts/perf/stored-progress.ts: "stored").
//
// Options: --build; --page NAME (repeatable) runs only those rows' pages; --runs N runs each page N times and shows each figure's median (scores move with
// the load of a shared machine); --port P (default 4481); --save DIR writes every report as JSON there
// (the details behind a score: render-blocking resources, the LCP element, layout-shift elements).
// Runs as TypeScript by Node's type stripping (Node 22.18 or newer): `node scripts/lighthouse.ts`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { progressPath, searchPath, stagePath } from '../src/paths.ts';
import { findChromium } from '../tests/e2e/browser.ts';
import { serve } from './serve.mjs';
import { staleReason } from './perf/build-freshness.ts';
import { figuresOf, openLab } from './perf/lighthouse-run.ts';
import { median, medianFigures, table, verdict, type Row, type RunFigures } from './perf/lighthouse-table.ts';
import { roadmapIndexOf, storedProgress } from './perf/stored-progress.ts';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    port: { type: 'string', default: '4481' },
    save: { type: 'string' },
    page: { type: 'string', multiple: true },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs takes a whole number ≥ 1, not ${options.runs}`);

/** Home, a stage with heavy math, a stage without any, the progress page and search. */
const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['mathematics', stagePath('mathematics')],
  ['ml-engineer-role', stagePath('ml-engineer-role')],
  ['progress', progressPath],
  ['search', searchPath],
];

const say = (line: string) => process.stderr.write(`${line}\n`);

const stale = options.build ? 'asked with --build' : staleReason(project);
if (stale) {
  say(`lighthouse: building (${stale})`);
  const build = spawnSync(process.execPath, [join(project, 'scripts/astro.mjs'), 'build'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    say('lighthouse: the build failed');
    process.exit(1);
  }
}

const dist = join(project, 'dist');
const stored = storedProgress(roadmapIndexOf(readFileSync(join(dist, progressPath, 'index.html'), 'utf8')));
const server = await serve(dist, options.port, '/', { gzip: true });
const origin = `http://127.0.0.1:${options.port}`;
const lab = await openLab(findChromium());
const rows: Row[] = [];
// Lighthouse's measure of this machine's speed (a recent desktop scores 1500 to 2500): simulated
// timings scale with it, so the note reports it.
const benchmarks: number[] = [];
try {
  for (const [page, path] of PAGES.filter(([name]) => !options.page || options.page.includes(name))) {
    for (const state of ['empty', 'stored'] as const) {
      const figures: RunFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        const lhr = await lab.run(origin + path, state === 'stored' ? stored : undefined);
        figures.push(figuresOf(lhr));
        benchmarks.push(lhr.environment.benchmarkIndex);
        if (options.save) {
          mkdirSync(options.save, { recursive: true });
          writeFileSync(join(options.save, `${page}-${state}-${run}.json`), JSON.stringify(lhr, null, 1));
        }
      }
      rows.push({ page, state, figures: medianFigures(figures) });
      say(`lighthouse: ${page} (${state}) done`);
    }
  }
} finally {
  await lab.close();
  server.close();
}

const note = runs > 1 ? `median of ${runs} runs per figure` : 'one run each';
console.log(table(rows));
console.log(
  `\n${new Date().toISOString().slice(0, 10)}, ${note}; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}, ` +
    `Lighthouse benchmark index ${Math.round(median(benchmarks))} ` +
    `(${Math.round(Math.min(...benchmarks))}–${Math.round(Math.max(...benchmarks))}); ` +
    '"stored": a learner\'s progress in localStorage (scripts/perf/stored-progress.ts).',
);
const missed = verdict(rows);
if (missed) {
  say(`lighthouse: ${missed}`);
  process.exit(1);
}

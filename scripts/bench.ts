#!/usr/bin/env node
// `npm run bench`: how much the site weighs and how its cost grows with content. Prints figures; not a test.
//
// 1. Copies the project to a temporary folder three times: the real content, and 10x and 50x as many
//    stages (clones of the real ones, scripts/perf/synthetic.ts). Builds each cold and records wall
//    time, peak memory of the build's process tree and time per page (scripts/perf/measure-build.ts).
// 2. Serves the real build and opens every page in Chromium with an empty cache: bytes per kind,
//    raw and gzip, and requests (scripts/perf/measure-browser.ts); then times 20 searches.
// 3. Holds the figures to the budgets with scripts/perf/budgets.ts, which also judges the byte test:
//    what Chromium fetched, what the build's files say (the byte test's own measure), and the growth
//    of build time at 50x.
// 4. Where `../shared/bench/side-by-side.sh` sits beside the project, runs it at the same sizes: this
//    build and Starlight's on the same content, one after the other, with time and memory as ratios
//    (scripts/perf/side-by-side.ts), judged against their budgets.
//
// Options: --quick skips the 50x builds; --keep leaves the temporary folder for inspection.
// Runs as TypeScript by Node's type stripping (Node 22.18 or newer): `node scripts/bench.ts`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUDGETS,
  BUILD_CHECKS,
  checkAgainstStarlight,
  checkBuilds,
  checkPages,
  CHECKS,
  describeCheck,
  formatFigure,
  kb,
  measureSite,
  summarize,
  type BudgetCheck,
  type Sizes,
} from './perf/budgets.ts';
import { builtPages, folderSize } from './perf/built-site.ts';
import { measureBuild, type BuildRun } from './perf/measure-build.ts';
import {
  bytesOf,
  firstViews,
  launch,
  median,
  RESPONSE_KINDS,
  searchFigures,
  searchRun,
  viewFigures,
  type FirstView,
  type SearchRun,
} from './perf/measure-browser.ts';
import { runSideBySide, sideBySideScript, type SideBySide } from './perf/side-by-side.ts';
import { addSyntheticStages, copyProject, countStages } from './perf/synthetic.ts';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const factors = quick ? [1, 10] : [1, 10, 50];
const TERMS = [
  'gradient descent',
  'eigenvalue',
  'bayes',
  'overfitting',
  'cross validation',
  'pytorch',
  'transformer',
  'docker',
  'unit tests',
  'git',
  'feature store',
  'monitoring drift',
  'kubernetes',
  'sql',
  'portfolio project',
  'resume',
  'interview',
  'salary negotiation',
  'probability',
  'regularization',
];

/** One build of the benchmark and what was measured on it. */
interface Bench {
  factor: number;
  stages: number;
  pages: number;
  run: BuildRun;
  dist: string;
  search: SearchRun;
  /** Each page's first view; real content only. */
  views: FirstView[];
  pagefind: { bytes: number; files: number };
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const mib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : formatFigure('memory', bytes));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msFixed = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
/** Peak of the whole build, then each part's own peak. */
const memory = (run: BuildRun) =>
  run.peakRss === undefined
    ? 'n/a'
    : `${mib(run.peakRss)} (Astro ${mib(run.partPeaks.astro)}, Pagefind ${mib(run.partPeaks.pagefind)})`;
const gzRaw = (s: Sizes) => (s.raw ? `${kb(s.gzip)} (${kb(s.raw)})` : '–');

type Cell = string | number;

/** A Markdown table with aligned columns. */
function table(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly Cell[]) =>
    `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });

/** Serves a build with the project's own server; resolves with its origin and a stop function. */
async function serve(dist: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(project, 'scripts/serve.mjs'), dist, String(port), '/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, fail) => {
    child.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
    child.stdout.once('data', ready);
  });
  return { origin: `http://localhost:${port}`, stop: () => child.kill() };
}

async function main() {
  const realStages = countStages(project);
  const work = mkdtempSync(join(tmpdir(), 'mlr-bench-'));
  say(
    `bench: working in ${work}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const browser = await launch();
  const builds: Bench[] = [];
  try {
    for (const factor of factors) {
      const root = join(work, `x${factor}`);
      copyProject(project, root);
      const stages = factor === 1 ? realStages : addSyntheticStages(root, factor);
      say(`bench: building ${factor}x content (${stages} stages)…`);
      const run = await measureBuild(root);
      const dist = join(root, 'dist');
      const paths = builtPages(dist).map((page) => `/${page.path}`);
      const site = await serve(dist);
      try {
        const search = await searchRun(browser, site.origin, '/', TERMS);
        const views = factor === 1 ? await firstViews(browser, site.origin, paths) : [];
        builds.push({
          factor,
          stages,
          pages: paths.length,
          run,
          dist,
          search,
          views,
          pagefind: folderSize(join(dist, 'pagefind')),
        });
      } finally {
        site.stop();
      }
      say(`bench: ${factor}x built in ${secs(run.ms)}, peak ${memory(run)}`);
    }
  } finally {
    await browser.close();
  }
  const script = sideBySideScript(project);
  if (script) say(`bench: building this project and Starlight side by side (${script})…`);
  else say('bench: ../shared/bench/side-by-side.sh is not beside the project: no comparison with Starlight');
  report(builds, script ? await runSideBySide(script, project, factors) : undefined);
  if (keep) say(`bench: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function report(builds: readonly Bench[], peer: readonly SideBySide[] | undefined) {
  const real = builds[0]!;
  const out: string[] = [];
  const cpu = cpus();
  out.push(
    `# Benchmark: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, load average ${loadavg()[0]!.toFixed(2)} at the end`,
  );

  out.push('\n## Build (cold, each in a fresh copy)\n');
  out.push(
    table(
      [
        'content',
        'stages',
        'pages',
        'build',
        'per page',
        'added page',
        'peak memory',
        'pagefind index',
        'search (warm median)',
      ],
      builds.map((b, i) => {
        const before = builds[i - 1];
        return [
          b.factor === 1 ? '1x (real)' : `${b.factor}x`,
          b.stages,
          b.pages,
          secs(b.run.ms),
          msFixed(b.run.ms / b.pages),
          // Marginal cost: what each page added since the previous size; free of the fixed start-up cost.
          before ? msFixed((b.run.ms - before.run.ms) / (b.pages - before.pages)) : '–',
          memory(b.run),
          `${(b.pagefind.bytes / 1e6).toFixed(1)} MB, ${b.pagefind.files} files`,
          msFixed(median(b.search.warmMs)),
        ];
      }),
    ),
  );
  out.push(
    '\nPer page: build time / pages. Added page: extra time / extra pages against the size above. ' +
      "Peak memory: summed RSS of the build's process tree, sampled every 100 ms; in brackets the " +
      "peak of Astro's own process and of Pagefind's indexer, which need not coincide.",
  );

  if (peer) {
    out.push('\n## Against Starlight 0.42 on the same content (../shared/bench/side-by-side.sh)\n');
    out.push(
      table(
        ['content', 'pages', 'this project', 'Starlight', 'time', 'memory'],
        peer.map((p) => [
          `${p.factor}x`,
          p.pages,
          `${p.ours.seconds} s, ${p.ours.mib} MiB`,
          `${p.starlight.seconds} s, ${p.starlight.mib} MiB`,
          `${p.time.toFixed(2)}x`,
          `${p.memory.toFixed(2)}x`,
        ]),
      ),
    );
    out.push(
      "\nBuilt one after the other in one run; memory is the peak summed RSS of each build's process tree. " +
        `Budgets at every size: time at most ${BUDGETS.timeVsStarlight}x, memory at most ${BUDGETS.memoryVsStarlight}x.`,
    );
  }

  out.push('\n## First view in Chromium (real content, empty cache): KB gzip (raw)\n');
  const kindCols = ['html', 'css', 'js', 'katex-font', 'font', 'other'] as const;
  out.push(
    table(
      ['page', 'requests', 'HTML', 'CSS', 'JS', 'KaTeX fonts', 'other fonts', 'other', 'all'],
      real.views.map((v) => [
        v.path,
        v.requests,
        ...kindCols.map((k) => gzRaw(bytesOf(v, [k]))),
        gzRaw(bytesOf(v, RESPONSE_KINDS)),
      ]),
    ),
  );

  const s = real.search;
  out.push('\n## Search (real content, Chromium, Pagefind JS API)\n');
  out.push(
    `- Index: ${(real.pagefind.bytes / 1e6).toFixed(2)} MB in ${real.pagefind.files} files in dist/pagefind; ` +
      `loading Pagefind and running the searches below fetched ${kb(s.fetched.raw)} in ${s.fetched.requests} requests.`,
    `- Pagefind import and init: ${msFixed(s.initMs)}.`,
    `- ${TERMS.length} searches (results plus data of the first 30): median ${msFixed(median(s.coldMs))} cold ` +
      `(first run of each term, fetching chunks), ${msFixed(median(s.warmMs))} warm (index loaded).`,
  );

  out.push('\n## Budgets\n');
  out.push(table(['budget', 'limit', 'measured', 'verdict'], budgetRows(builds, peer)));
  console.log(out.join('\n'));
}

/**
 * Every budget, judged by scripts/perf/budgets.ts: the page budgets on what Chromium fetched, the
 * same budgets on the build's files as the byte test measures them, and the growth budgets at 50x.
 */
function budgetRows(builds: readonly Bench[], peer: readonly SideBySide[] | undefined): Cell[][] {
  const real = builds[0]!;
  const staticPages = measureSite(real.dist, '/');
  const math = new Map(staticPages.map((p) => [p.url, p.hasMath]));
  const fetched = checkPages([
    ...real.views.map((v) => viewFigures(v, '/', math.get(v.path) ?? false)),
    ...builds.map((b) => searchFigures(b.search, `${TERMS.length} searches at ${b.factor}x`)),
  ]);
  const rows: Cell[][] = summarize(fetched, Object.values(CHECKS)).map((s) => {
    const verdict = s.over.length ? 'over' : 'within';
    if (s.unit === 'count') {
      const where = s.over.map((c) => c.page).join(', ');
      return [s.budget, '0', `${s.total}${where ? ` (${where})` : ''}`, verdict];
    }
    const worst = s.worst ? `${formatFigure(s.unit, s.worst.actual)} (${s.worst.page})` : 'no page';
    return [s.budget, formatFigure(s.unit, s.limit), worst, verdict];
  });

  const overs = checkPages(staticPages).filter((c) => !c.within);
  rows.push([
    'all page budgets on dist/ files (npm test)',
    '0 over',
    overs.length ? overs.map(describeCheck).join('; ') : '0 over',
    overs.length ? 'over' : 'within',
  ]);

  const big = builds.find((b) => b.factor === 50);
  const growth: BudgetCheck[] = [
    ...(big
      ? checkBuilds(
          { factor: 1, pages: real.pages, ms: real.run.ms },
          { factor: big.factor, pages: big.pages, ms: big.run.ms },
        )
      : []),
    ...checkAgainstStarlight(peer ?? []),
  ];
  for (const s of summarize(growth, Object.values(BUILD_CHECKS))) {
    const limit = formatFigure(s.unit, s.limit);
    const missing = s.budget === BUILD_CHECKS.perPageGrowth ? 'not run (--quick)' : 'no side-by-side script';
    if (!s.worst) rows.push([s.budget, limit, missing, '–']);
    else {
      const worst = `${formatFigure(s.unit, s.worst.actual)} (${s.worst.page})`;
      rows.push([s.budget, limit, worst, s.over.length ? 'over' : 'within']);
    }
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  say('bench: failed; the temporary folder named above is kept, with build.log in each copy');
  process.exit(1);
});

#!/usr/bin/env node
// `npm run bench`: how much the site weighs and how its cost grows with content. Prints figures; not a test.
//
// 1. Copies the project to a temporary folder three times: the real content, and 10x and 50x as many
//    stages (clones of the real ones, scripts/perf/synthetic.ts). Builds each cold and records wall
//    time, peak memory of the build's process tree and time per page (scripts/perf/measure-build.ts).
// 2. Serves the real build and opens every page in Chromium with an empty cache: bytes per kind,
//    raw and gzip, and requests (scripts/perf/measure-browser.ts); then times 20 searches.
// 3. Holds the figures to the budgets of scripts/perf/budgets.ts, the module the byte test uses.
//
// Options: --quick skips the 50x build; --keep leaves the temporary folder for inspection.
// Needs Node with TypeScript type stripping (22.18 or newer) to import the .ts modules.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUDGETS,
  byteChecks,
  describeCheck,
  findPages,
  isKatexAsset,
  kb,
  measureSite,
} from './perf/budgets.ts';
import { measureBuild } from './perf/measure-build.ts';
import { firstViews, launch, median, RESPONSE_KINDS, searchRun } from './perf/measure-browser.ts';
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

const say = (line) => process.stderr.write(`${line}\n`);
const mib = (bytes) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const msFixed = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
/** Peak of the whole build, then each part's own peak. */
const memory = (run) =>
  run.peakRss === undefined
    ? 'n/a'
    : `${mib(run.peakRss)} (Astro ${mib(run.partPeaks.astro)}, Pagefind ${mib(run.partPeaks.pagefind)})`;
const gzRaw = (s) => (s.raw ? `${kb(s.gzip)} (${kb(s.raw)})` : '–');

/** A Markdown table with aligned columns. */
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/** Serves a build with the project's own server; resolves with its origin and a stop function. */
async function serve(dist) {
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

const sum = (items, pick) => items.reduce((n, item) => n + pick(item), 0);
const bytesOf = (view, kinds) =>
  view.responses
    .filter((r) => kinds.includes(r.kind))
    .reduce((t, r) => ({ raw: t.raw + r.sizes.raw, gzip: t.gzip + r.sizes.gzip }), { raw: 0, gzip: 0 });

async function main() {
  const realStages = countStages(project);
  const work = mkdtempSync(join(tmpdir(), 'mlr-bench-'));
  say(
    `bench: working in ${work}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const browser = await launch();
  const builds = [];
  try {
    for (const factor of factors) {
      const root = join(work, `x${factor}`);
      copyProject(project, root);
      const stages = factor === 1 ? realStages : addSyntheticStages(root, factor);
      say(`bench: building ${factor}x content (${stages} stages)…`);
      const run = await measureBuild(root);
      const dist = join(root, 'dist');
      const pages = findPages(dist).length;
      const site = await serve(dist);
      try {
        const search = await searchRun(browser, site.origin, '/', TERMS);
        const views =
          factor === 1 ? await firstViews(browser, site.origin, findPages(dist).map(pagePath(dist))) : [];
        builds.push({
          factor,
          stages,
          pages,
          run,
          dist,
          search,
          views,
          pagefind: folderBytes(join(dist, 'pagefind')),
        });
      } finally {
        site.stop();
      }
      say(`bench: ${factor}x built in ${secs(run.ms)}, peak ${memory(run)}`);
    }
  } finally {
    await browser.close();
  }
  report(builds);
  if (keep) say(`bench: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** `dist/stages/x/index.html` → `/stages/x/`. */
const pagePath = (dist) => (file) =>
  `/${file
    .slice(dist.length + 1)
    .split('\\')
    .join('/')}`.replace(/(^|\/)index\.html$/, '$1');

function report(builds) {
  const [real] = builds;
  const out = [];
  const cpu = cpus();
  out.push(
    `# Benchmark: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, load average ${loadavg()[0].toFixed(2)} at the end`,
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
      builds.map((b, i) => [
        b.factor === 1 ? '1x (real)' : `${b.factor}x`,
        b.stages,
        b.pages,
        secs(b.run.ms),
        msFixed(b.run.ms / b.pages),
        // Marginal cost: what each page added since the previous size; free of the fixed start-up cost.
        i ? msFixed((b.run.ms - builds[i - 1].run.ms) / (b.pages - builds[i - 1].pages)) : '–',
        memory(b.run),
        `${(b.pagefind.bytes / 1e6).toFixed(1)} MB, ${b.pagefind.files} files`,
        msFixed(median(b.search.warmMs)),
      ]),
    ),
  );
  out.push(
    '\nPer page: build time / pages. Added page: extra time / extra pages against the size above. ' +
      "Peak memory: summed RSS of the build's process tree, sampled every 100 ms; in brackets the " +
      "peak of Astro's own process and of Pagefind's indexer, which need not coincide.",
  );

  out.push('\n## First view in Chromium (real content, empty cache): KB gzip (raw)\n');
  const kindCols = ['html', 'css', 'js', 'katex-font', 'font', 'other'];
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
  out.push(table(['budget', 'limit', 'measured', 'verdict'], budgetRows(builds)));
  console.log(out.join('\n'));
}

function budgetRows(builds) {
  const [real] = builds;
  const staticPages = measureSite(real.dist, '/');
  const math = new Map(staticPages.map((p) => [p.url, p.hasMath]));
  const stages = real.views.filter((v) => v.path.startsWith('/stages/'));
  const home = real.views.find((v) => v.path === '/');
  const worst = (views, measure) =>
    views.map((v) => ({ path: v.path, value: measure(v) })).reduce((a, b) => (b.value > a.value ? b : a));
  const rows = [];
  const bytesRow = (name, limit, views, measure) => {
    const w = worst(views, measure);
    rows.push([name, kb(limit), `${kb(w.value)} (${w.path})`, w.value <= limit ? 'within' : 'over']);
  };
  bytesRow('stage JS before search, gzip', BUDGETS.stageJs, stages, (v) => bytesOf(v, ['js']).gzip);
  bytesRow('stage CSS incl. KaTeX, gzip', BUDGETS.stageCss, stages, (v) => bytesOf(v, ['css']).gzip);
  const needless = real.views.filter(
    (v) =>
      !math.get(v.path) && v.responses.some((r) => r.kind === 'css' && isKatexAsset(new URL(r.url).pathname)),
  );
  rows.push([
    'no KaTeX CSS without math',
    '0 pages',
    `${needless.length} pages`,
    needless.length ? 'over' : 'within',
  ]);
  const noKatexFonts = RESPONSE_KINDS.filter((k) => k !== 'katex-font');
  bytesRow(
    'stage first view but KaTeX fonts, gzip',
    BUDGETS.stageFirstView,
    stages,
    (v) => bytesOf(v, noKatexFonts).gzip,
  );
  bytesRow('home first view, all, gzip', BUDGETS.homeAll, [home], (v) => bytesOf(v, RESPONSE_KINDS).gzip);
  const ownFonts = sum(real.views, (v) => v.responses.filter((r) => r.kind === 'font').length);
  const fontFaces = sum(staticPages, (p) => p.fontFaces.length);
  rows.push([
    'no web fonts of our own',
    '0',
    `${ownFonts} font requests, ${fontFaces} @font-face`,
    ownFonts + fontFaces ? 'over' : 'within',
  ]);
  const foreign = sum(real.views, (v) => v.foreign.length) + sum(builds, (b) => b.search.foreign.length);
  rows.push(['requests to other origins', '0', String(foreign), foreign ? 'over' : 'within']);
  const overs = byteChecks(staticPages).filter((c) => !c.within);
  rows.push([
    'byte checks over dist/ (npm test)',
    '0 over',
    overs.length ? overs.map(describeCheck).join('; ') : '0 over',
    overs.length ? 'over' : 'within',
  ]);
  const big = builds.find((b) => b.factor === 50);
  if (!big) {
    rows.push(['50x: time per page vs 1x', `${BUDGETS.perPageGrowth}x`, 'not run (--quick)', '–']);
    rows.push(['50x: peak build memory', mib(BUDGETS.peakMemoryBytes), 'not run (--quick)', '–']);
  } else {
    const ratio = big.run.ms / big.pages / (real.run.ms / real.pages);
    rows.push([
      '50x: time per page vs 1x',
      `${BUDGETS.perPageGrowth}x`,
      `${ratio.toFixed(2)}x`,
      ratio <= BUDGETS.perPageGrowth ? 'within' : 'over',
    ]);
    const peak = big.run.peakRss;
    const verdict = peak === undefined ? 'unknown' : peak < BUDGETS.peakMemoryBytes ? 'within' : 'over';
    rows.push(['50x: peak build memory', `< ${mib(BUDGETS.peakMemoryBytes)}`, mib(peak), verdict]);
  }
  return rows;
}

main().catch((error) => {
  console.error(error);
  say('bench: failed; the temporary folder named above is kept, with build.log in each copy');
  process.exit(1);
});

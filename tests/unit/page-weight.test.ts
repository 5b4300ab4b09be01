import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  BUILD_CHECKS,
  checkAgainstStarlight,
  checkBuilds,
  checkPages,
  CHECKS,
  describeCheck,
  measureSite,
  type BudgetCheck,
} from '../../scripts/perf/budgets.ts';
import { builtPages } from '../../scripts/perf/built-site.ts';
import { parseSideBySide } from '../../scripts/perf/side-by-side.ts';

/**
 * What a page weighs and how budgets judge it, behind the byte-budget test
 * (tests/built/byte-budgets.test.ts) and `npm run bench`, on tiny synthetic sites: it finds the
 * pages, counts what each loads, and every check it makes can fail.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlr-page-weight-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Text that gzip cannot shrink much: `gzipBytes` of it compress to at least that many bytes. */
const noise = (gzipBytes: number) => randomBytes(gzipBytes).toString('base64');
const page = (head: string, body = '<p>Hello</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const overs = (checks: BudgetCheck[]) => checks.filter((c) => !c.within).map((c) => `${c.page} ${c.budget}`);

describe('builtPages', () => {
  it('lists every index.html and the top 404.html, never a file in the asset folders', () => {
    const empty = page('');
    site({
      'index.html': empty,
      '404.html': empty,
      'progress/index.html': empty,
      'stages/x/index.html': empty,
      'stages/x/404.html': empty,
      '_astro/index.html': empty,
      '_katex/0.16/index.html': empty,
      'pagefind/fragment/index.html': empty,
      'sw.js': '',
    });
    expect(builtPages(dir).map((p) => `${p.role} ${p.path}`)).toEqual([
      'home ',
      'other 404.html',
      'other progress/',
      'stage stages/x/',
    ]);
    expect(builtPages(dir)[3]!.file).toBe(join(dir, 'stages/x/index.html'));
  });
});

describe('measureSite', () => {
  it('follows static imports of module scripts, not dynamic import()', () => {
    site({
      'index.html': page('<script type="module" src="/_astro/a.js"></script>'),
      '_astro/a.js': 'import{x as y}from"./b.js";const l=()=>import("./lazy.js");y(l);',
      '_astro/b.js': 'import"./c.js";export*from"./c.js";export const x=1;',
      '_astro/c.js': 'export const z=2;',
      '_astro/lazy.js': 'export const big=1;',
    });
    const [home] = measureSite(dir);
    expect(home!.assets.filter((a) => a.kind === 'js').map((a) => a.url)).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
    ]);
  });

  it('counts inline scripts and styles but not JSON data, and resolves under a base path', () => {
    site({
      'stages/x/index.html': page(
        '<link rel="stylesheet" href="/sub/_astro/s.css"><style>p{color:red}</style>' +
          '<script type="application/json" id="data">{"a":1}</script><script>console.log(1)</script>',
      ),
      '_astro/s.css': '@import "./t.css";body{margin:0}',
      '_astro/t.css': 'h1{margin:0}',
    });
    const [stage] = measureSite(dir, '/sub/');
    expect(stage!.url).toBe('/sub/stages/x/');
    expect(stage!.role).toBe('stage');
    expect(stage!.assets.map((a) => `${a.kind} ${a.url}`)).toEqual([
      'html /sub/stages/x/',
      'js inline',
      'css inline',
      'css /sub/_astro/s.css',
      'css /sub/_astro/t.css',
    ]);
    // The document already holds the inline blocks: the first view counts them once.
    expect(stage!.firstView.raw).toBe(
      stage!.html.raw + stage!.assets.slice(3).reduce((n, a) => n + a.raw, 0),
    );
  });

  it('fails loudly when a page loads a file that is not in the build', () => {
    site({ 'index.html': page('<script type="module" src="/_astro/gone.js"></script>') });
    expect(() => measureSite(dir)).toThrow(/gone\.js/);
  });
});

describe('checkPages', () => {
  it('passes a light site', () => {
    site({
      'index.html': page('<link rel="stylesheet" href="/s.css"><script type="module" src="/a.js"></script>'),
      'stages/x/index.html': page(
        '<link rel="stylesheet" href="/_katex/katex.min.css"><link rel="stylesheet" href="/s.css">',
        '<span class="katex">x</span><a href="https://example.org/">a link may leave</a>' +
          '<link rel="canonical" href="https://example.org/stages/x/">',
      ),
      '_katex/katex.min.css': '@font-face{font-family:KaTeX_Main;src:url(fonts/a.woff2)}',
      's.css': 'body{font-family:system-ui,sans-serif}',
      'a.js': 'console.log(1)',
    });
    const checks = checkPages(measureSite(dir));
    expect(new Set(checks.map((c) => c.budget))).toEqual(new Set(Object.values(CHECKS)));
    expect(overs(checks)).toEqual([]);
  });

  it('flags a stage page over its JS, CSS and first-view budgets', () => {
    site({
      'stages/x/index.html': page(
        '<script type="module" src="/a.js"></script><link rel="stylesheet" href="/s.css">',
        `<p>${noise(BUDGETS.stageFirstView)}</p>`,
      ),
      'a.js': `export const s="${noise(BUDGETS.stageJs)}"`,
      's.css': `/* ${noise(BUDGETS.stageCss)} */`,
    });
    expect(overs(checkPages(measureSite(dir)))).toEqual([
      `/stages/x/ ${CHECKS.stageJs}`,
      `/stages/x/ ${CHECKS.stageCss}`,
      `/stages/x/ ${CHECKS.stageFirstView}`,
    ]);
  });

  it('flags a heavy home page', () => {
    site({ 'index.html': page('', `<p>${noise(BUDGETS.homeAll)}</p>`) });
    expect(overs(checkPages(measureSite(dir)))).toEqual([`/ ${CHECKS.homeAll}`]);
  });

  it('flags KaTeX CSS on a page without formulas, and a web font of our own', () => {
    site({
      '404.html': page(
        '<link rel="stylesheet" href="/_katex/katex.min.css"><style>@font-face{font-family:X}</style>',
      ),
      '_katex/katex.min.css': '.katex{font:1em KaTeX_Main}',
    });
    expect(overs(checkPages(measureSite(dir)))).toEqual([
      `/404.html ${CHECKS.katexOnlyWithMath}`,
      `/404.html ${CHECKS.noWebFonts}`,
    ]);
  });

  it('flags every resource from another origin, in HTML and in CSS', () => {
    site({
      'index.html': page(
        '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/css">' +
          '<link rel="stylesheet" href="/s.css">',
        '<img src="http://img.example/a.png"><iframe src="https://video.example/embed"></iframe>' +
          '<img srcset="/a.png 1x, https://img.example/b.png 2x" src="data:image/png;base64,AA">',
      ),
      's.css': 'body{background:url("https://img.example/bg.png")}',
    });
    const [check] = checkPages(measureSite(dir)).filter((c) => !c.within);
    expect(check).toMatchObject({ budget: CHECKS.sameOrigin, actual: 6 });
  });
});

describe('checkBuilds', () => {
  const real = { factor: 1, pages: 10, ms: 10_000 };

  it('passes a build whose time per page stays within its budget', () => {
    const big = { factor: 50, pages: 500, ms: 500_000 * BUDGETS.perPageGrowth };
    expect(checkBuilds(real, big).map((c) => [c.budget, c.within])).toEqual([
      [BUILD_CHECKS.perPageGrowth, true],
    ]);
  });

  it('flags pages that got slower', () => {
    const big = { factor: 50, pages: 500, ms: 2 * 500_000 };
    expect(checkBuilds(real, big).map(describeCheck)).toEqual([
      `50x build: ${BUILD_CHECKS.perPageGrowth}: 2.00x > 1.50x`,
    ]);
  });
});

describe('checkAgainstStarlight', () => {
  it('judges time and memory at every size, and lets a ratio reach its budget', () => {
    const checks = checkAgainstStarlight([
      { factor: 1, time: BUDGETS.timeVsStarlight, memory: 0.4 },
      { factor: 50, time: 0.93, memory: 0.57 },
    ]);
    expect(checks.map((c) => [c.page, c.budget, c.within])).toEqual([
      ['1x build', BUILD_CHECKS.timeVsStarlight, true],
      ['1x build', BUILD_CHECKS.memoryVsStarlight, true],
      ['50x build', BUILD_CHECKS.timeVsStarlight, false],
      ['50x build', BUILD_CHECKS.memoryVsStarlight, false],
    ]);
    expect(checks.filter((c) => !c.within).map(describeCheck)).toEqual([
      `50x build: ${BUILD_CHECKS.timeVsStarlight}: 0.93x > 0.60x`,
      `50x build: ${BUILD_CHECKS.memoryVsStarlight}: 0.57x > 0.50x`,
    ]);
  });
});

describe('parseSideBySide', () => {
  it('reads each size the script printed, skipping failed builds and other lines', () => {
    const output = [
      'could not install the Starlight peer',
      'x1 (20 pages): ours 15.9 s 836 MiB (exit 0) | Starlight 11.0 s 1059 MiB (exit 0) | time 1.45x, memory 0.79x',
      'x10 (147 pages): ours 22.8 s 1154 MiB (exit 1) | Starlight 19.6 s 1694 MiB (exit 0) | time 1.16x, memory 0.68x',
    ].join('\n');
    expect(parseSideBySide(output)).toEqual([
      {
        factor: 1,
        pages: 20,
        ours: { seconds: 15.9, mib: 836 },
        starlight: { seconds: 11, mib: 1059 },
        time: 1.45,
        memory: 0.79,
      },
    ]);
  });
});

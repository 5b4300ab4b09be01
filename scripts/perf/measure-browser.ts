/**
 * What Chromium actually fetches from the built site: every page's first view, and search.
 *
 * Each page opens in a fresh browser context (empty cache) and counts as loaded at Playwright's
 * `networkidle`. Every response's body is weighed raw and gzipped with the same `gzipSize` as the
 * byte-budget test; the local server sends files uncompressed, so raw is also what crossed the wire.
 * `viewFigures` turns a first view into the figures the budgets judge (budgets.ts `checkPages`).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser.ts';
import { gzipSize, isKatexAsset, type PageFigures, type Sizes } from './budgets.ts';
import { pageRole } from './built-site.ts';

export type ResponseKind = 'html' | 'css' | 'js' | 'font' | 'katex-font' | 'other';
export const RESPONSE_KINDS: readonly ResponseKind[] = ['html', 'css', 'js', 'font', 'katex-font', 'other'];

export interface Fetched {
  url: string;
  kind: ResponseKind;
  sizes: Sizes;
}

export interface FirstView {
  /** Site path of the page. */
  path: string;
  requests: number;
  /** URLs requested from another origin than the site's. */
  foreign: string[];
  responses: Fetched[];
}

const KIND_BY_TYPE: Record<string, ResponseKind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
};

/** Starts counting a page's requests and weighing its responses; `done()` waits for the bodies. */
function watch(page: Page, origin: string) {
  let requests = 0;
  const foreign: string[] = [];
  const pending: Promise<Fetched | undefined>[] = [];
  page.on('request', (request) => {
    requests++;
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const url = response.url();
          let kind = KIND_BY_TYPE[response.request().resourceType()] ?? 'other';
          if (kind === 'font' && isKatexAsset(new URL(url).pathname)) kind = 'katex-font';
          return { url, kind, sizes: { raw: body.length, gzip: gzipSize(body) } };
        },
        () => undefined, // Redirects and aborted requests have no body.
      ),
    );
  });
  return {
    foreign,
    requests: () => requests,
    done: async () => (await Promise.all(pending)).filter((f): f is Fetched => f !== undefined),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Opens each page of the site at `origin` (paths with the base) with a cold cache. */
export async function firstViews(
  browser: Browser,
  origin: string,
  paths: readonly string[],
): Promise<FirstView[]> {
  const views: FirstView[] = [];
  for (const path of paths) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watching = watch(page, origin);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const responses = await watching.done();
    views.push({ path, requests: watching.requests(), foreign: watching.foreign, responses });
    await context.close();
  }
  return views;
}

export interface SearchRun {
  /** Per search: time to results and the data of the first 30, as the search box shows them. */
  coldMs: number[];
  warmMs: number[];
  hits: number[];
  /** What the index cost over the wire: loading Pagefind, then both rounds of searches. */
  fetched: { requests: number; raw: number };
  foreign: string[];
  /** Time from importing Pagefind to its index being ready. */
  initMs: number;
}

/**
 * Loads Pagefind on the search page with the site's options, runs every term once (cold: index
 * chunks and result fragments load as needed), then again once the index is warm.
 */
export async function searchRun(
  browser: Browser,
  origin: string,
  base: string,
  terms: readonly string[],
): Promise<SearchRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watching = watch(page, origin);
  await page.goto(`${origin}${base}search/`, { waitUntil: 'networkidle' });
  const timings = await page.evaluate(
    async ({ base, terms }) => {
      type Api = {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      const t0 = performance.now();
      const pagefind = (await import(`${base}pagefind/pagefind.js`)) as Api;
      await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.25 } });
      await pagefind.init();
      const ready = performance.now();
      const round = async () => {
        const ms: number[] = [];
        const hits: number[] = [];
        for (const term of terms) {
          const t0 = performance.now();
          const { results } = await pagefind.search(term);
          await Promise.all(results.slice(0, 30).map((r) => r.data()));
          ms.push(performance.now() - t0);
          hits.push(results.length);
        }
        return { ms, hits };
      };
      const cold = await round();
      const warm = await round();
      return { initMs: ready - t0, cold, warm };
    },
    { base, terms },
  );
  const responses = (await watching.done()).filter((f) =>
    new URL(f.url).pathname.startsWith(`${base}pagefind/`),
  );
  await context.close();
  return {
    coldMs: timings.cold.ms,
    warmMs: timings.warm.ms,
    hits: timings.warm.hits,
    fetched: { requests: responses.length, raw: responses.reduce((n, f) => n + f.sizes.raw, 0) },
    foreign: watching.foreign,
    initMs: timings.initMs,
  };
}

/** Bytes of a view's responses of the given kinds, raw and gzip. */
export function bytesOf(view: FirstView, kinds: readonly ResponseKind[]): Sizes {
  return view.responses
    .filter((r) => kinds.includes(r.kind))
    .reduce((t, r) => ({ raw: t.raw + r.sizes.raw, gzip: t.gzip + r.sizes.gzip }), { raw: 0, gzip: 0 });
}

const NO_KATEX_FONTS = RESPONSE_KINDS.filter((k) => k !== 'katex-font');

/**
 * What the budgets judge of a page as Chromium loaded it, on a site served under `base`. Whether
 * it shows formulas comes from its HTML (`hasMath` of the static measure): the browser cannot tell.
 */
export function viewFigures(view: FirstView, base: string, hasMath: boolean): PageFigures {
  return {
    url: view.path,
    role: pageRole(view.path.slice(base.length)),
    css: bytesOf(view, ['css']),
    js: bytesOf(view, ['js']),
    firstView: bytesOf(view, NO_KATEX_FONTS),
    all: bytesOf(view, RESPONSE_KINDS),
    hasMath,
    katexCss: view.responses.some((r) => r.kind === 'css' && isKatexAsset(new URL(r.url).pathname)),
    fontFaces: view.responses.filter((r) => r.kind === 'font').map((r) => r.url),
    foreignRefs: view.foreign,
  };
}

/** A search run as a page for the budgets: only its requests to other origins count. */
export function searchFigures(run: SearchRun, label: string): PageFigures {
  const none = { raw: 0, gzip: 0 };
  return {
    url: label,
    role: 'other',
    css: none,
    js: none,
    firstView: none,
    all: none,
    hasMath: false,
    katexCss: false,
    fontFaces: [],
    foreignRefs: run.foreign,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

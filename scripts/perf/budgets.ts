/**
 * Performance budgets: the numbers, the one place that judges figures against them, and the static
 * measure of what each built page loads on first view.
 *
 * The byte-budget test (tests/built/byte-budgets.test.ts) and `npm run bench` both judge with
 * `checkPages` and `checkBuilds` below (the bench also with `checkAgainstStarlight`): the test on figures read from the build's files, the bench
 * also on what Chromium fetched. So the numbers and how a page is judged exist once.
 *
 * The static measure reads files only: no browser, no clock, so the same build always gives the
 * same figures. What a page loads on first view, read from its HTML: the document itself; inline
 * `<script>` and `<style>`; `<script src>` and, for module scripts, every static `import` they make,
 * recursively (not dynamic `import()`, which is how search loads on demand); `<link
 * rel="stylesheet">` and the `@import`s inside; `<link rel="modulepreload">` and `<link
 * rel="preload" as="script|style">`. Fonts are not counted: KaTeX's woff2 files load only for the
 * glyphs a page's formulas use, and our own CSS must declare no fonts at all (checked here).
 *
 * Sizes: raw bytes, and gzip at zlib's default level 6, which is what servers apply on the fly
 * (level 9 would save about 1% more). Each file is compressed on its own, as it is sent; inline
 * blocks are also compressed on their own for the CSS and JS sums, an upper bound.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, type BuiltPage, type PageRole } from './built-site.ts';

/** 1 KB is 1000 bytes: the stricter reading of the budgets. */
export const KB = 1000;

/** The budgets of the performance issue, in bytes (gzip) unless named otherwise. */
export const BUDGETS = {
  /** JS a stage page loads before search opens. */
  stageJs: 6 * KB,
  /** CSS a stage page loads, KaTeX's included. */
  stageCss: 12 * KB,
  /** HTML + CSS + JS of a stage page's first view (KaTeX's woff2 fonts excepted). */
  stageFirstView: 60 * KB,
  /** Everything the home page loads on first view. */
  homeAll: 40 * KB,
  /** Time per page at 50x content over time per page at 1x. */
  perPageGrowth: 1.5,
  /** Build time over Starlight's on the same content, at every size. */
  timeVsStarlight: 0.6,
  /** Peak memory of the build over Starlight's on the same content, at every size. */
  memoryVsStarlight: 0.5,
} as const;

export const GZIP_LEVEL = 6;

/** Gzipped size of some bytes, as a server would send them. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}

export type Kind = 'html' | 'css' | 'js';
export interface Sizes {
  raw: number;
  gzip: number;
}
export interface Asset extends Sizes {
  kind: Kind;
  /** Site path of the file, or `inline` for a block inside the HTML. */
  url: string;
  inline: boolean;
}
/**
 * What the budgets judge of one page, however it was measured: read from the build's files
 * (`measurePage`) or fetched by Chromium (`npm run bench`).
 */
export interface PageFigures {
  /** Site path of the page, with the base, e.g. `/stages/mathematics/`. */
  url: string;
  role: PageRole;
  /** External stylesheets plus inline `<style>` blocks. */
  css: Sizes;
  /** External scripts and their static imports, plus inline scripts. */
  js: Sizes;
  /** The first view apart from KaTeX's fonts: the document (inline blocks within), CSS and JS. */
  firstView: Sizes;
  /** Everything the first view loads. Read from files, fonts are unknown: the same as `firstView`. */
  all: Sizes;
  /** Whether the page renders KaTeX formulas (an element with class `katex`). */
  hasMath: boolean;
  /** Whether the page loads KaTeX's stylesheet. */
  katexCss: boolean;
  /** Web fonts of our own: stylesheets (not KaTeX's) declaring `@font-face`, or font files fetched. */
  fontFaces: string[];
  /** Resources on another origin: `src`/`href` of loaded resources (not anchors), CSS `url()`s, requests. */
  foreignRefs: string[];
}

/** A page as read from the build: its figures and each file they add up. */
export interface PageWeight extends PageFigures {
  assets: Asset[];
  html: Sizes;
}

const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
const SCRIPT = new RegExp(String.raw`<script\b${ATTRS}>([\s\S]*?)</script\s*>`, 'gi');
const STYLE = new RegExp(String.raw`<style\b${ATTRS}>([\s\S]*?)</style\s*>`, 'gi');
const LOADING_TAG = new RegExp(
  String.raw`<(link|img|iframe|source|video|audio|track|embed|object|input)\b${ATTRS}>`,
  'gi',
);
const ATTR = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const KATEX_CLASS =
  /\sclass\s*=\s*(?:"(?:[^"]*\s)?katex(?:\s[^"]*)?"|'(?:[^']*\s)?katex(?:\s[^']*)?'|katex[\s>])/;
/**
 * Static imports in Vite/Rollup output: `import"./a.js"`, `import{x}from"./a.js"`,
 * `export*from"./a.js"`. Dynamic `import("./a.js")` has a parenthesis and does not match.
 */
const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g;
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;
/** Link relations that name a page rather than fetch a resource: links, like anchors. */
const NAVIGATION_RELS = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'help',
  'me',
  'next',
  'prev',
  'bookmark',
]);
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const decode = (value: string) =>
  value.replace(
    /&(amp|quot|#39|#x27|lt|gt);/g,
    (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>' })[e] ?? "'",
  );

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) attrs.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return attrs;
}

/** A URL that leaves the site: a scheme (other than data: and blob:) or a protocol-relative `//`. */
export function isForeign(ref: string): boolean {
  return /^\s*(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(ref) && !/^\s*(?:data|blob):/i.test(ref);
}

/** KaTeX's own files: its stylesheet and the fonts beside it (see src/integrations/katex.ts). */
export const isKatexAsset = (url: string) => /\/_katex\/|katex(?:\.min)?\.css$/i.test(url);

function sizes(data: string | Uint8Array): Sizes {
  return { raw: typeof data === 'string' ? Buffer.byteLength(data) : data.length, gzip: gzipSize(data) };
}

function sum(assets: Asset[]): Sizes {
  return assets.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip }), { raw: 0, gzip: 0 });
}

/**
 * Measures every page of a site built into `dir` for serving under `base` (e.g. `/` or `/sub/path/`).
 * Throws when a page loads a file that is not in the build.
 */
export function measureSite(dir: string, base = '/'): PageWeight[] {
  return builtPages(dir).map((page) => measurePage(dir, base, page));
}

export function measurePage(dir: string, base: string, page: BuiltPage): PageWeight {
  const url = base + page.path;
  const html = readFileSync(page.file, 'utf8');
  const assets: Asset[] = [{ kind: 'html', url, inline: false, ...sizes(html) }];
  const seen = new Set<string>();
  const foreignRefs: string[] = [];
  const fontFaces: string[] = [];

  /** Resolves a reference to a site path and its file; `undefined` for another origin. */
  const resolve = (ref: string, from: string) => {
    if (isForeign(ref)) {
      foreignRefs.push(ref);
      return undefined;
    }
    const path = decodeURIComponent(new URL(ref, `http://site${from}`).pathname);
    const inBuild = path.startsWith(base) ? join(dir, path.slice(base.length)) : undefined;
    if (!inBuild || !existsSync(inBuild))
      throw new Error(`${url} loads ${ref} (${path}), which is not in ${dir}`);
    return { path, file: inBuild };
  };

  const addCss = (text: string, from: string, origin: string) => {
    if (!isKatexAsset(origin) && /@font-face/i.test(text)) fontFaces.push(origin);
    for (const m of text.matchAll(CSS_URL)) if (isForeign(m[2]!)) foreignRefs.push(m[2]!);
    for (const m of text.matchAll(CSS_IMPORT)) loadFile('css', m[2]!, from);
  };
  const addJs = (text: string, from: string, isModule: boolean) => {
    if (isModule) for (const m of text.matchAll(STATIC_IMPORT)) loadFile('js', m[2]!, from, true);
  };
  function loadFile(kind: 'css' | 'js', ref: string, from: string, isModule = false) {
    const target = resolve(ref, from);
    if (!target || seen.has(target.path)) return;
    seen.add(target.path);
    const text = readFileSync(target.file, 'utf8');
    assets.push({ kind, url: target.path, inline: false, ...sizes(text) });
    if (kind === 'css') addCss(text, target.path, target.path);
    else addJs(text, target.path, isModule);
  }

  const withoutComments = html.replace(COMMENT, '');
  for (const [, rawAttrs, body] of withoutComments.matchAll(SCRIPT)) {
    const attrs = attributes(rawAttrs!);
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type)) continue; // JSON data: part of the HTML, never run.
    const src = attrs.get('src');
    if (src !== undefined) loadFile('js', src, url, type === 'module');
    else if (body!.trim()) {
      assets.push({ kind: 'js', url: 'inline', inline: true, ...sizes(body!) });
      addJs(body!, url, type === 'module');
    }
  }
  for (const [, , body] of withoutComments.matchAll(STYLE)) {
    assets.push({ kind: 'css', url: 'inline', inline: true, ...sizes(body!) });
    addCss(body!, url, `inline <style> in ${url}`);
  }
  const markup = withoutComments.replace(SCRIPT, '').replace(STYLE, '');
  let katexCss = false;
  for (const [, tag, rawAttrs] of markup.matchAll(LOADING_TAG)) {
    const attrs = attributes(rawAttrs!);
    const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag!.toLowerCase() === 'link' && rels.some((r) => NAVIGATION_RELS.has(r))) continue;
    for (const name of ['src', 'href', 'data', 'poster']) {
      const ref = attrs.get(name);
      if (ref !== undefined && isForeign(ref)) foreignRefs.push(ref);
    }
    for (const candidate of (attrs.get('srcset') ?? '').split(',')) {
      const ref = candidate.trim().split(/\s+/)[0];
      if (ref && isForeign(ref)) foreignRefs.push(ref);
    }
    const href = attrs.get('href');
    if (tag!.toLowerCase() !== 'link' || href === undefined || isForeign(href)) continue;
    const as = attrs.get('as');
    if (rels.includes('stylesheet') || (rels.includes('preload') && as === 'style')) {
      katexCss ||= isKatexAsset(href);
      loadFile('css', href, url);
    } else if (rels.includes('modulepreload') || (rels.includes('preload') && as === 'script')) {
      loadFile('js', href, url, rels.includes('modulepreload'));
    }
  }

  const firstView = sum(assets.filter((a) => !a.inline));
  return {
    url,
    role: page.role,
    assets,
    html: assets[0]!,
    css: sum(assets.filter((a) => a.kind === 'css')),
    js: sum(assets.filter((a) => a.kind === 'js')),
    firstView,
    all: firstView,
    hasMath: KATEX_CLASS.test(markup),
    katexCss,
    foreignRefs: [...new Set(foreignRefs)],
    fontFaces,
  };
}

/** The budgets each page is held to, by name: the test holds each one to account. */
export const CHECKS = {
  stageJs: 'stage JS before search (gzip)',
  stageCss: 'stage CSS incl. KaTeX (gzip)',
  stageFirstView: 'stage first view without KaTeX fonts (gzip)',
  homeAll: 'home first view, all (gzip)',
  katexOnlyWithMath: 'KaTeX CSS only with math',
  noWebFonts: 'no web fonts of our own',
  sameOrigin: 'no other origin',
} as const;

/** The budgets of the build as content grows, by name: only `npm run bench` measures them. */
export const BUILD_CHECKS = {
  perPageGrowth: '50x: time per page vs 1x',
  timeVsStarlight: 'build time vs Starlight',
  memoryVsStarlight: 'peak build memory vs Starlight',
} as const;

export type PageCheckName = (typeof CHECKS)[keyof typeof CHECKS];
export type BuildCheckName = (typeof BUILD_CHECKS)[keyof typeof BUILD_CHECKS];
/** How a figure reads: bytes as KB, a count, a ratio, memory as MiB. */
export type Unit = 'bytes' | 'count' | 'ratio' | 'memory';

/** One budget applied to one page (or build). */
export interface BudgetCheck {
  /** The page's site path, or the build, e.g. `50x build`. */
  page: string;
  budget: PageCheckName | BuildCheckName;
  unit: Unit;
  actual: number;
  limit: number;
  within: boolean;
  /** What is wrong, for a failing test. */
  detail?: string;
}

/** Each budget's unit and limit, page and build budgets alike. */
export const LIMITS: Record<BudgetCheck['budget'], { unit: Unit; limit: number }> = {
  [CHECKS.stageJs]: { unit: 'bytes', limit: BUDGETS.stageJs },
  [CHECKS.stageCss]: { unit: 'bytes', limit: BUDGETS.stageCss },
  [CHECKS.stageFirstView]: { unit: 'bytes', limit: BUDGETS.stageFirstView },
  [CHECKS.homeAll]: { unit: 'bytes', limit: BUDGETS.homeAll },
  [CHECKS.katexOnlyWithMath]: { unit: 'count', limit: 0 },
  [CHECKS.noWebFonts]: { unit: 'count', limit: 0 },
  [CHECKS.sameOrigin]: { unit: 'count', limit: 0 },
  [BUILD_CHECKS.perPageGrowth]: { unit: 'ratio', limit: BUDGETS.perPageGrowth },
  [BUILD_CHECKS.timeVsStarlight]: { unit: 'ratio', limit: BUDGETS.timeVsStarlight },
  [BUILD_CHECKS.memoryVsStarlight]: { unit: 'ratio', limit: BUDGETS.memoryVsStarlight },
};

interface PageBudget {
  applies: (page: PageFigures) => boolean;
  /** The page's figure, and what is wrong when it is over. */
  measure: (page: PageFigures) => { actual: number; detail?: string };
}

const isStage = (page: PageFigures) => page.role === 'stage';
const everyPage = () => true;
const listed = (items: string[]) => ({ actual: items.length, detail: items.join(', ') });

/** Which pages each page budget applies to, and what it measures of them. */
const PAGE_BUDGETS: Record<PageCheckName, PageBudget> = {
  [CHECKS.stageJs]: { applies: isStage, measure: (p) => ({ actual: p.js.gzip }) },
  [CHECKS.stageCss]: { applies: isStage, measure: (p) => ({ actual: p.css.gzip }) },
  [CHECKS.stageFirstView]: { applies: isStage, measure: (p) => ({ actual: p.firstView.gzip }) },
  [CHECKS.homeAll]: { applies: (p) => p.role === 'home', measure: (p) => ({ actual: p.all.gzip }) },
  [CHECKS.katexOnlyWithMath]: {
    applies: everyPage,
    measure: (p) =>
      p.katexCss && !p.hasMath ? { actual: 1, detail: 'loads KaTeX CSS, shows no formula' } : { actual: 0 },
  },
  [CHECKS.noWebFonts]: { applies: everyPage, measure: (p) => listed(p.fontFaces) },
  [CHECKS.sameOrigin]: { applies: everyPage, measure: (p) => listed(p.foreignRefs) },
};

/** One budget applied to one page or build, judged against its limit. */
function judge(page: string, budget: BudgetCheck['budget'], actual: number, detail?: string): BudgetCheck {
  const { unit, limit } = LIMITS[budget];
  const within = actual <= limit;
  return { page, budget, unit, actual, limit, within, ...(detail ? { detail } : {}) };
}

/** Holds every page to every budget that applies to it: page by page, budgets in `CHECKS` order. */
export function checkPages(pages: readonly PageFigures[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const page of pages) {
    for (const name of Object.values(CHECKS)) {
      const { applies, measure } = PAGE_BUDGETS[name];
      if (!applies(page)) continue;
      const { actual, detail } = measure(page);
      checks.push(judge(page.url, name, actual, detail));
    }
  }
  return checks;
}

/** A build's figures for the growth budgets. */
export interface BuildFigures {
  /** How many times the real stages it holds. */
  factor: number;
  pages: number;
  /** Wall time of the build. */
  ms: number;
}

/** Holds the 50x build to the growth budget against the real one: time per page at most `perPageGrowth` times as much. */
export function checkBuilds(real: BuildFigures, big: BuildFigures): BudgetCheck[] {
  const ratio = big.ms / big.pages / (real.ms / real.pages);
  return [judge(`${big.factor}x build`, BUILD_CHECKS.perPageGrowth, ratio)];
}

/** One size of the side-by-side run: this project's build over Starlight's, on the same content. */
export interface PeerRatio {
  factor: number;
  time: number;
  memory: number;
}

/** Holds each size to the budgets against Starlight: time and peak memory as ratios. */
export function checkAgainstStarlight(ratios: readonly PeerRatio[]): BudgetCheck[] {
  return ratios.flatMap(({ factor, time, memory }) => [
    judge(`${factor}x build`, BUILD_CHECKS.timeVsStarlight, time),
    judge(`${factor}x build`, BUILD_CHECKS.memoryVsStarlight, memory),
  ]);
}

/** One budget over all the checks made of it: the worst figure and the pages over. */
export interface BudgetSummary {
  budget: BudgetCheck['budget'];
  unit: Unit;
  limit: number;
  /** The check with the highest figure; undefined when the budget was not checked. */
  worst: BudgetCheck | undefined;
  /** Sum of the figures: for counts, how many in all. */
  total: number;
  over: BudgetCheck[];
}

/** Each of `budgets` (names), summed up over `checks`, in the order given. */
export function summarize(checks: readonly BudgetCheck[], budgets: readonly BudgetCheck['budget'][]) {
  return budgets.map((budget): BudgetSummary => {
    const of = checks.filter((c) => c.budget === budget);
    return {
      budget,
      ...LIMITS[budget],
      worst: of.reduce<BudgetCheck | undefined>((w, c) => (w && w.actual >= c.actual ? w : c), undefined),
      total: of.reduce((n, c) => n + c.actual, 0),
      over: of.filter((c) => !c.within),
    };
  });
}

/** A figure in its unit: `1.2 KB`, `3`, `1.23x`, `737 MiB`. */
export function formatFigure(unit: Unit, value: number): string {
  if (unit === 'bytes') return kb(value);
  if (unit === 'ratio') return `${value.toFixed(2)}x`;
  if (unit === 'memory') return `${Math.round(value / 2 ** 20)} MiB`;
  return String(value);
}

/** A failed check as one line: page, figure against limit, and what is wrong. */
export function describeCheck(check: BudgetCheck): string {
  const figure = `${formatFigure(check.unit, check.actual)} > ${formatFigure(check.unit, check.limit)}`;
  return `${check.page}: ${check.budget}: ${figure}${check.detail ? ` (${check.detail})` : ''}`;
}

/** `1234` → `1.2 KB`. */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

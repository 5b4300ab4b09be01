/**
 * Performance budgets and the static measure of what each built page loads on first view.
 *
 * One module for the byte-budget test (tests/built/budgets.test.ts) and `npm run bench`, so the
 * numbers and the way bytes are counted cannot drift apart. It reads files only: no browser, no
 * clock, so the same build always gives the same figures.
 *
 * What a page loads on first view, read from its HTML: the document itself; inline `<script>` and
 * `<style>`; `<script src>` and, for module scripts, every static `import` they make, recursively
 * (not dynamic `import()`, which is how search loads on demand); `<link rel="stylesheet">` and the
 * `@import`s inside; `<link rel="modulepreload">` and `<link rel="preload" as="script|style">`.
 * Fonts are not counted: KaTeX's woff2 files load only for the glyphs a page's formulas use, and
 * our own CSS must declare no fonts at all (checked here).
 *
 * Sizes: raw bytes, and gzip at zlib's default level 6, which is what servers apply on the fly
 * (level 9 would save about 1% more). Each file is compressed on its own, as it is sent; inline
 * blocks are also compressed on their own for the CSS and JS sums, an upper bound.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  /** Peak memory of the build at 50x content. */
  peakMemoryBytes: 2 * 1024 ** 3,
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
export interface PageWeight {
  /** Site path of the page, with the base, e.g. `/stages/mathematics/`. */
  url: string;
  role: 'home' | 'stage' | 'other';
  assets: Asset[];
  html: Sizes;
  /** External stylesheets plus inline `<style>` blocks. */
  css: Sizes;
  /** External scripts and their static imports, plus inline scripts. */
  js: Sizes;
  /** What goes over the wire before fonts: the document (inline blocks within) and external CSS and JS. */
  firstView: Sizes;
  /** Whether the page renders KaTeX formulas (an element with class `katex`). */
  hasMath: boolean;
  /** Whether the page links KaTeX's stylesheet. */
  katexCss: boolean;
  /** `src`/`href` of loaded resources (not anchors) and CSS `url()`s on another origin. */
  foreignRefs: string[];
  /** Our own stylesheets (not KaTeX's) that declare `@font-face`. */
  fontFaces: string[];
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

/** Site pages in a built folder: every `index.html`, and `404.html` at the top (Pagefind's files excluded). */
export function findPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !(folder === dir && ['pagefind', '_astro'].includes(entry.name))) walk(path);
      else if (entry.name === 'index.html' || (folder === dir && entry.name === '404.html')) pages.push(path);
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * Measures every page of a site built into `dir` for serving under `base` (e.g. `/` or `/sub/path/`).
 * Throws when a page loads a file that is not in the build.
 */
export function measureSite(dir: string, base = '/'): PageWeight[] {
  return findPages(dir).map((file) => measurePage(dir, base, file));
}

export function measurePage(dir: string, base: string, file: string): PageWeight {
  const rel = relative(dir, file).split(sep).join('/');
  const url = base + rel.replace(/(^|\/)index\.html$/, '$1');
  const html = readFileSync(file, 'utf8');
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

  const external = assets.filter((a) => !a.inline);
  return {
    url,
    role: url === base ? 'home' : url.startsWith(`${base}stages/`) ? 'stage' : 'other',
    assets,
    html: assets[0]!,
    css: sum(assets.filter((a) => a.kind === 'css')),
    js: sum(assets.filter((a) => a.kind === 'js')),
    firstView: sum(external),
    hasMath: KATEX_CLASS.test(markup),
    katexCss,
    foreignRefs: [...new Set(foreignRefs)],
    fontFaces,
  };
}

/** The checks `byteChecks` makes, by name: the test holds each one to account. */
export const CHECKS = {
  stageJs: 'stage JS before search (gzip)',
  stageCss: 'stage CSS incl. KaTeX (gzip)',
  stageFirstView: 'stage first view without fonts (gzip)',
  homeAll: 'home first view, all (gzip)',
  katexOnlyWithMath: 'KaTeX CSS only with math',
  noWebFonts: 'no web fonts of our own',
  sameOrigin: 'no other origin',
} as const;

/** One budget applied to one page. `actual` and `limit` are bytes, or a count for the rule checks. */
export interface BudgetCheck {
  page: string;
  budget: (typeof CHECKS)[keyof typeof CHECKS];
  actual: number;
  limit: number;
  within: boolean;
  /** What is wrong, for a failing test. */
  detail?: string;
}

/** Every byte and rule budget that a build can be held to without a browser. */
export function byteChecks(pages: readonly PageWeight[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (
    page: PageWeight,
    budget: BudgetCheck['budget'],
    actual: number,
    limit: number,
    detail?: string,
  ) =>
    checks.push({
      page: page.url,
      budget,
      actual,
      limit,
      within: actual <= limit,
      ...(detail ? { detail } : {}),
    });
  for (const page of pages) {
    if (page.role === 'stage') {
      add(page, CHECKS.stageJs, page.js.gzip, BUDGETS.stageJs);
      add(page, CHECKS.stageCss, page.css.gzip, BUDGETS.stageCss);
      add(page, CHECKS.stageFirstView, page.firstView.gzip, BUDGETS.stageFirstView);
    }
    if (page.role === 'home') add(page, CHECKS.homeAll, page.firstView.gzip, BUDGETS.homeAll);
    const needless = page.katexCss && !page.hasMath;
    add(
      page,
      CHECKS.katexOnlyWithMath,
      needless ? 1 : 0,
      0,
      needless ? 'links KaTeX CSS, shows no formula' : '',
    );
    add(page, CHECKS.noWebFonts, page.fontFaces.length, 0, page.fontFaces.join(', '));
    add(page, CHECKS.sameOrigin, page.foreignRefs.length, 0, page.foreignRefs.join(', '));
  }
  return checks;
}

/** A failed check as one line: page, figure against limit, and what is wrong. */
export function describeCheck(check: BudgetCheck): string {
  const bytes = check.limit >= KB;
  const figure = bytes ? `${kb(check.actual)} > ${kb(check.limit)}` : `${check.actual} > ${check.limit}`;
  return `${check.page}: ${check.budget}: ${figure}${check.detail ? ` (${check.detail})` : ''}`;
}

/** `1234` → `1.2 KB`. */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

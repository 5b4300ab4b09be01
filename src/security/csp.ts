import type { AstroUserConfig } from 'astro';

/** What `security.csp.directives` accepts (Astro does not export the type by name). */
type CspDirective = NonNullable<
  Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']
>[number];

/**
 * The content security policy, in one place. Two copies of it reach the browser, and a browser
 * enforces both (a request must pass each, so the effective policy is their intersection):
 *
 * - Every page carries a `<meta>` policy written by Astro's `security.csp`: the directives below,
 *   plus `script-src` and `style-src` with the hashes of the inline scripts and styles of this build.
 *   A meta policy is all that GitHub Pages can deliver, so it must be complete on its own.
 * - Hosts that send headers (`public/_headers`, `deploy/nginx.conf`) send the same directives plus
 *   `frame-ancestors`, which a meta policy cannot carry. The header leaves `script-src` and
 *   `style-src` out, and with them `default-src` (their fallback): a static header cannot know each
 *   build's hashes, and anything it could say instead ('unsafe-inline', or no inline script at all)
 *   is either looser than the meta, and so adds nothing, or breaks the page. Scripts and styles are
 *   therefore held to the meta's hash lists, and everything else to both policies.
 */

/** Sources of each fetch and navigation directive, the same in the meta and the header. */
const SHARED: Record<string, string[]> = {
  // Pagefind fetches its index and its WebAssembly; the service worker fetches what it precaches.
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  // KaTeX's fonts are self-hosted (src/integrations/katex.ts); we have no other web fonts.
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  // The service worker (sw.js) and Pagefind's search worker (pagefind/pagefind-worker.js).
  'worker-src': ["'self'"],
  'media-src': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // The search form submits to our own /search/ page.
  'form-action': ["'self'"],
};

const render = (directives: Record<string, string[]>) =>
  Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`);

/**
 * Directives for `security.csp.directives`: Astro adds `script-src` and `style-src` with hashes.
 * `default-src 'none'` makes anything not listed here (or added later without thought) fail loudly.
 */
export const PAGE_DIRECTIVES = [`default-src 'none'`, ...render(SHARED)] as CspDirective[];

/**
 * `style-src-attr`: KaTeX places every glyph with an inline `style` (height, vertical-align, margin;
 * about 180 distinct values on the Mathematics page) and Shiki colours code tokens with inline
 * custom properties. Hashing each value ('unsafe-hashes') would add about 10 KB to every page with
 * formulas; a style attribute has no selectors, so it cannot read the page, and anything it could
 * load is held to img-src and font-src 'self'. `<style>` elements and stylesheets stay hash- or
 * origin-bound (`style-src 'self'` plus Astro's hashes).
 */
export const STYLE_ATTRIBUTE_SOURCES = ["'unsafe-inline'"];

/** The policy hosts send as a `Content-Security-Policy` header with every response. */
export const HEADER_CSP = [...render(SHARED), `frame-ancestors 'none'`].join('; ');

/**
 * Pagefind's search worker compiles Pagefind's WebAssembly: the one place that needs
 * 'wasm-unsafe-eval' (which allows compiling WebAssembly, not JavaScript `eval`). Pages do not get
 * it: Pagefind runs its search in this worker, and a page that fell back to compiling it would show
 * up as a violation in the end-to-end tests. A worker takes its policy from its own response, so
 * hosts that send headers send this one for the worker script; without headers it has none.
 */
export const PAGEFIND_WORKER_CSP = [
  `default-src 'none'`,
  `script-src 'self' 'wasm-unsafe-eval'`,
  `connect-src 'self'`,
].join('; ');

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the checks need to know of one built page. */
export interface BuiltPage {
  /** Every `id` attribute, in document order, repeats included. */
  ids: string[];
  /** Headings that carry an id, with their text. */
  headings: { id: string; text: string }[];
}

/** The built site: site path before the base (`/`, `/stages/mlops/`, `/404.html`) → its page. */
export type BuiltSite = Map<string, BuiltPage>;

/** Top-level folders of a build that hold assets, never pages: Astro's bundles, KaTeX, Pagefind. */
export const ASSET_DIRS: readonly string[] = ['_astro', '_katex', 'pagefind'];

/** Every file below `dir`, as a path relative to it with `/` separators, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Whether a file of a build (path relative to it) is a page: an `index.html`, or `404.html` at the top. */
export function isPageFile(file: string): boolean {
  const [top, ...rest] = file.split('/');
  if (rest.length && ASSET_DIRS.includes(top!)) return false;
  return file === '404.html' || file === 'index.html' || file.endsWith('/index.html');
}

/**
 * The one walk over a build folder (the checks, the byte budgets, `npm run bench` and the end-to-end
 * tests all list pages here): each page's file and where it is served relative to the base, `''` for
 * home, `stages/x/`, `404.html`, in order of that path.
 */
export function builtPages(dir: string): { file: string; path: string }[] {
  return builtFiles(dir)
    .filter(isPageFile)
    .map((file) => ({ file: join(dir, file), path: file.replace(/(^|\/)index\.html$/, '$1') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');

/**
 * Reads ids and headings from HTML as Astro writes it (double-quoted attributes). Scripts and comments
 * are dropped first: a string in them is not an element.
 */
export function readPage(html: string): BuiltPage {
  const markup = html.replace(/<script\b[\s\S]*?<\/script\s*>|<!--[\s\S]*?-->/gi, '');
  const ids = [...markup.matchAll(/<[a-z][\w-]*\b[^>]*?\sid="([^"]*)"/gi)].map((m) => decode(m[1] ?? ''));
  const headings = [...markup.matchAll(/<h[1-6]\b[^>]*?\sid="([^"]*)"[^>]*>([\s\S]*?)<\/h[1-6]>/gi)].map((m) => ({
    id: decode(m[1] ?? ''),
    text: decode((m[2] ?? '').replace(/<[^>]*>/g, '')).trim(),
  }));
  return { ids, headings };
}

/** The whole built site, read from its output folder. */
export function readBuiltSite(outDir: string): BuiltSite {
  return new Map(
    builtPages(outDir).map(({ path, file }) => [`/${path}`, readPage(readFileSync(file, 'utf8'))]),
  );
}

/**
 * The one walk over a built site (`dist/`, `dist-subpath/`, a benchmark's copy): which files are
 * pages, where each is served, and what a folder weighs. The byte budgets (budgets.ts), `npm run
 * bench` and the end-to-end tests that visit every page all list pages here, so they agree.
 *
 * A page is an `index.html` anywhere outside the asset folders, or `404.html` at the top. The asset
 * folders are top-level only, where the build puts them: a page never lives inside one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Top-level folders of a build that hold assets, never pages: Astro's bundles, KaTeX, Pagefind. */
export const ASSET_DIRS: readonly string[] = ['_astro', '_katex', 'pagefind'];

export type PageRole = 'home' | 'stage' | 'other';

export interface BuiltPage {
  /** The HTML file on disk. */
  file: string;
  /** Where the page is served, relative to the base: `''` for home, `stages/x/`, `404.html`. */
  path: string;
  role: PageRole;
}

/** Every file below `dir`, as a path relative to it with `/` separators, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Whether a file of a build (path relative to it, `/` separators) is a page. */
export function isPageFile(file: string): boolean {
  const [top, ...rest] = file.split('/');
  if (rest.length && ASSET_DIRS.includes(top!)) return false;
  return file === '404.html' || file === 'index.html' || file.endsWith('/index.html');
}

/** What a page is, from where it is served (relative to the base). */
export function pageRole(path: string): PageRole {
  return path === '' ? 'home' : path.startsWith('stages/') ? 'stage' : 'other';
}

/** Every page of the site built into `dir`, in order of `path`. */
export function builtPages(dir: string): BuiltPage[] {
  return builtFiles(dir)
    .filter(isPageFile)
    .map((file) => {
      const path = file.replace(/(^|\/)index\.html$/, '$1');
      return { file: join(dir, file), path, role: pageRole(path) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Bytes and number of files below `dir`, e.g. the Pagefind index. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = builtFiles(dir);
  return { bytes: files.reduce((n, file) => n + statSync(join(dir, file)).size, 0), files: files.length };
}

/**
 * A built site as the budgets and the benchmark see it: its pages (from the one walker in
 * src/content/checks/built-site.ts, which the content checks use too), each with its role, and what
 * a folder weighs.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, builtPages as pagesOf } from '../../src/content/checks/built-site.ts';

export type PageRole = 'home' | 'stage' | 'other';

export interface BuiltPage {
  /** The HTML file on disk. */
  file: string;
  /** Where the page is served, relative to the base: `''` for home, `stages/x/`, `404.html`. */
  path: string;
  role: PageRole;
}

/** What a page is, from where it is served (relative to the base). */
export function pageRole(path: string): PageRole {
  return path === '' ? 'home' : path.startsWith('stages/') ? 'stage' : 'other';
}

/** Every page of the site built into `dir`, in order of `path`, with its role. */
export function builtPages(dir: string): BuiltPage[] {
  return pagesOf(dir).map((page) => ({ ...page, role: pageRole(page.path) }));
}

/** Bytes and number of files below `dir`, e.g. the Pagefind index. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = builtFiles(dir);
  return { bytes: files.reduce((n, file) => n + statSync(join(dir, file)).size, 0), files: files.length };
}

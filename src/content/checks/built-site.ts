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

/** Folders of the build that hold assets, not pages. */
const NOT_PAGES = new Set(['_astro', '_katex', 'pagefind']);

/** Every HTML file of a build folder, with its site path (`stages/x/index.html` → `/stages/x/`). */
export function builtPages(outDir: string): { path: string; file: string }[] {
  const pages: { path: string; file: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!(folder === outDir && NOT_PAGES.has(entry.name))) walk(file);
      } else if (entry.name.endsWith('.html')) {
        const path = `/${relative(outDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
        pages.push({ path, file });
      }
    }
  };
  walk(outDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
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
  return new Map(builtPages(outDir).map(({ path, file }) => [path, readPage(readFileSync(file, 'utf8'))]));
}

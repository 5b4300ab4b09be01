import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built page, as a path relative to the site root (`''` for home, `stages/x/`, `404.html`). */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !['pagefind', '_astro', '_katex'].includes(entry.name)) walk(path);
      else if (entry.name === 'index.html')
        pages.push(relative(dir, folder).replace(/\\/g, '/').replace(/(.)$/, '$1/'));
      else if (entry.name === '404.html') pages.push('404.html');
    }
  };
  walk(dir);
  return pages.sort();
}

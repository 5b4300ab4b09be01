import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/content/checks/built-site.ts';

/**
 * What stands between a page's bytes and its first paint, read from the built HTML (the timings
 * themselves are `npm run lighthouse`'s, not a test's): the site's own CSS is inline, so the head links
 * no stylesheet but KaTeX's on the review page (whose answers may hold formulas); a stage links KaTeX's
 * CSS only where its formulas begin, after the title, summary and rail, and before any formula so none
 * shows unstyled.
 */
const pages = builtPages('dist').map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const KATEX_LINK = /<link rel="stylesheet" href="[^"]*katex\.min\.css">/;

describe('first paint of the built pages', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pages.map((p) => [p.path || '/', p] as const))('%s: no stylesheet link in the head', (_, page) => {
    const links = head(page.html).match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [];
    expect(links.filter((link) => page.path !== 'review/' || !KATEX_LINK.test(link))).toEqual([]);
  });

  const stages = pages.filter((p) => p.path.startsWith('stages/') && KATEX_LINK.test(p.html));
  it('some stages show formulas', () => expect(stages.length).toBeGreaterThan(3));

  it.each(stages.map((p) => [p.path, p] as const))(
    '%s: KaTeX CSS after the rail, before formulas',
    (_, page) => {
      const link = page.html.search(KATEX_LINK);
      expect(link).toBeGreaterThan(page.html.indexOf('class="rail"'));
      expect(link).toBeGreaterThan(page.html.indexOf('class="summary"'));
      expect(link).toBeLessThan(page.html.indexOf('class="katex'));
    },
  );
});

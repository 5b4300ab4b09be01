import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/content/checks/built-site.ts';

/**
 * Astro's HTML compression drops the line break between a sentence and a link or code that starts the
 * next source line ("this browser:" ⏎ `<a>export it</a>` became "browser:export it"). Such a break needs
 * `{' '}`; this finds every page where words and an inline element ran together.
 */
const GLUED = /[A-Za-z.,:;][<](?:a|code|strong|em|kbd)[ >][^<]{0,30}/g;
const pages = builtPages('dist').map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));

describe('word spacing on the built pages', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pages.map((p) => [p.path || '/', p] as const))(
    '%s: no word runs into a link or code',
    (_, page) => {
      expect(page.html.match(GLUED) ?? []).toEqual([]);
    },
  );
});

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes the built site with Pagefind's Node API, so `astro build` alone yields search. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mlr:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'en',
          // KaTeX draws each formula twice; its visual HTML is glyph soup that pollutes results.
          excludeSelectors: ['.katex-html'],
        });
        if (!index) fail('start', errors);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) fail('index the site', added.errors);
          if (added.page_count === 0) fail('index the site', ['no pages were found in ' + outDir]);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) fail('write its files', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

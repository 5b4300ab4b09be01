import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecords } from '../search/records.ts';
import { checkedContent } from './content-checks.ts';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes the built site with Pagefind's Node API, so `astro build` alone yields search. */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'mlr:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { stages, resources } = checkedContent(root);
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
          const records = searchRecords(stages, resources);
          for (const record of records) {
            const { errors } = await index.addCustomRecord(record);
            if (errors.length) fail(`index ${record.url}`, errors);
          }
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) fail('write its files', written.errors);
          logger.info(
            `indexed ${added.page_count} pages and ${records.length} milestones, resources and questions`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import type { CheckedContent } from '../content/checks/check-content.ts';
import { pagefindDir } from '../paths.ts';
import { searchRecords } from '../search/records.ts';

function fail(step: string, errors: string[]): never {
  throw new AstroError(
    `Pagefind could not ${step}:\n  ${errors.join('\n  ')}`,
    "Search is part of every build; the lines above are Pagefind's own errors.",
  );
}

/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone yields search: the pages,
 * plus one record per milestone, resource and self-check question, built from the checked content.
 */
export async function writeSearchIndex(
  content: Pick<CheckedContent, 'stages' | 'resources'>,
  { dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>,
): Promise<void> {
  const outDir = fileURLToPath(dir);
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // KaTeX draws each formula twice; its visual HTML is glyph soup that pollutes results. Its
    // MathML stays (it reads as text: "w←w−η∇L(w)") but not the TeX source kept in <annotation>.
    excludeSelectors: ['.katex-html', '.katex-mathml annotation'],
  });
  if (!index) fail('start', errors);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) fail('index the site', added.errors);
    if (added.page_count === 0) fail('index the site', ['no pages were found in ' + outDir]);
    const records = searchRecords(content.stages, content.resources);
    // All at once: Pagefind answers each request in turn, so waiting for one before sending the next
    // only adds a round trip per record (thousands of them at larger sizes).
    const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    results.forEach(({ errors }, i) => {
      if (errors.length) fail(`index ${records[i]?.url}`, errors);
    });
    const written = await index.writeFiles({ outputPath: `${outDir}${pagefindDir}` });
    if (written.errors.length) fail('write its files', written.errors);
    logger.info(
      `indexed ${added.page_count} pages and ${records.length} sections, milestones, resources and questions`,
    );
  } finally {
    await pagefind.close();
  }
}

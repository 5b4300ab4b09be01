import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, HookParameters } from 'astro';
import type { CheckedContent } from '../content/checks/check-content.ts';
import { markdownProcessor } from '../markdown/processor.ts';
import { buildMemoryGuard } from './build-memory.ts';
import {
  checkBuiltPages,
  checkContentInBackground,
  checkContentOrFail,
  recheckOnChange,
} from './content-checks.ts';
import { copyKatexAssets, serveKatex } from './katex.ts';
import { precacheSite } from './offline-precache.ts';
import { writeSearchIndex } from './search-index.ts';

/** Says so when the MDX compile limit saw no document although the site has stages to compile. */
function warnIfCompileLimitIdle(
  content: CheckedContent,
  { logger }: Pick<HookParameters<'astro:build:done'>, 'logger'>,
) {
  if (content.stages.length > 0 && markdownProcessor.compiled() === 0)
    logger.warn(
      'MDX compile limit: no stage went through it, so @astrojs/mdx no longer calls createMdxRenderer ' +
        'and every stage compiles at once again; see src/markdown/compile-limit.ts',
    );
}

/**
 * The roadmap's build, as one integration (the way `starlight()` composes its parts): it checks the
 * content before anything is built, adds MDX and (for deploys with a public address) the sitemap, and
 * after the pages are written runs its steps in the order they depend on each other. Each step is a
 * plain function over the hook's parameters; the checked content passes from one hook to the next here.
 */
export function roadmap(): AstroIntegration {
  let root = process.cwd();
  let content: CheckedContent | undefined;
  let checking: Promise<CheckedContent> | undefined;
  let memory: ReturnType<typeof buildMemoryGuard> | undefined;
  return {
    name: 'mlr:roadmap',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') checking = checkContentInBackground(root, { logger });
        else content = checkContentOrFail(root, { logger });
        memory = command === 'build' ? buildMemoryGuard() : undefined;
        updateConfig({
          // Static MDX subtrees (KaTeX output above all) compile to HTML strings instead of JSX calls:
          // at 50x content this cut the build's peak memory by a third and its time by a quarter.
          integrations: [mdx({ optimize: true }), ...(config.site ? [sitemap()] : [])],
          vite: { plugins: memory ? [memory.vitePlugin] : [] },
        });
      },
      'astro:server:setup': (params) => {
        recheckOnChange(root, params);
        serveKatex(params);
      },
      // Nothing is bundled before the content has passed its checks.
      'astro:build:start': async () => {
        content = await checking;
      },
      'astro:build:done': async (params) => {
        if (!content) throw new Error('mlr:roadmap: astro:build:done ran before astro:config:setup');
        // Links and ids first: a broken page should stop the build before the slow steps.
        checkBuiltPages(content, params);
        copyKatexAssets(params);
        memory?.release(params);
        // The index reads the built pages, and the service worker precaches the index.
        await writeSearchIndex(content, params);
        await precacheSite(params);
        warnIfCompileLimitIdle(content, params);
      },
    },
  };
}

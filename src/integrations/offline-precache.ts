import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Writes `sw.js` into a built site: precaches every page, stylesheet, script, woff2 font,
 * icon and the whole Pagefind bundle, so that after one visit everything works offline.
 * Exported for the end-to-end test that simulates a new deploy.
 */
export async function writeServiceWorker(
  outDir: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: ['**/*.{html,css,js,woff2,svg,png,webmanifest}', 'pagefind/**/*'],
    // Unused: Pagefind's own UIs (we search through its JS API) and its no-language index.
    globIgnores: [
      'sw.js',
      'pagefind/pagefind-*ui.*',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.unknown.pagefind',
    ],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cacheId: 'ml-roadmap',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new version waits until the learner chooses to reload (client/service-worker.ts).
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // Pagefind asks for pagefind-entry.json?ts=<metaCacheTag>; the precached copy answers.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    directoryIndex: 'index.html',
    navigateFallback: '404.html',
    navigateFallbackDenylist: [/\/pagefind\//, /\.[a-z0-9]+$/i],
    dontCacheBustURLsMatching: /\/(_astro|_katex)\//,
  });
}

/** Generates the service worker after the build (and after the Pagefind index). */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'mlr:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB)`);
      },
    },
  };
}

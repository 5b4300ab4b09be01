import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { build } from 'rolldown';
// The one function, not the package's index: that loads Workbox's own bundler and adds a second to the build.
import { getManifest } from 'workbox-build/build/get-manifest.js';

const source = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** Every page, stylesheet, script, woff2 font, icon and the whole Pagefind bundle, with a revision each. */
function precacheList(outDir: string) {
  return getManifest({
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
    // Their names carry a content hash already.
    dontCacheBustURLsMatching: /\/(_astro|_katex)\//,
  });
}

/**
 * Writes `sw.js` into a built site, so that after one visit everything works offline. The worker is
 * bundled here with the list in place (Rolldown, which Vite builds with, takes a fraction of the time
 * of Workbox's generateSW). Exported for the end-to-end test that simulates a new deploy.
 */
export async function writeServiceWorker(
  outDir: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  const { manifestEntries, count, size, warnings } = await precacheList(outDir);
  const bundle = await build({
    input: source,
    write: false,
    platform: 'browser',
    transform: {
      define: {
        PRECACHE: JSON.stringify(manifestEntries ?? []),
        // Workbox's development logging goes when this is known at bundle time.
        'process.env.NODE_ENV': '"production"',
      },
    },
    output: { format: 'iife', minify: true },
  });
  await writeFile(join(outDir, 'sw.js'), bundle.output[0].code);
  return { count, size, warnings };
}

/** Generates the service worker once everything else is written (the search index above all). */
export async function precacheSite({
  dir,
  logger,
}: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
  for (const warning of warnings) logger.warn(warning);
  logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB)`);
}

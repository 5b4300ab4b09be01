// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/markdown/processor.ts';
import { katexAssets } from './src/integrations/katex.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefindIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/offline-precache.ts';

// One id per build: Pagefind's metaCacheTag and the service worker's cache generation.
const buildId = process.env.MLR_BUILD_ID || Date.now().toString(36);

export default defineConfig({
  // Set SITE_URL when deploying so canonical URLs and the sitemap are absolute.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown processor runs no remark/rehype plugins; math needs unified.
  markdown: {
    processor: markdownProcessor,
    // Both themes as CSS variables; styles/base.css picks one per colour scheme.
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  // Order matters: the service worker precaches what the Pagefind and KaTeX steps wrote.
  integrations: [
    contentChecks(),
    // Static MDX subtrees (KaTeX output above all) compile to HTML strings instead of JSX calls:
    // at 50x content this cuts the build's peak memory by a third and its time by a quarter.
    mdx({ optimize: true }),
    // A sitemap needs absolute URLs, so only deploys that set SITE_URL get one.
    ...(process.env.SITE_URL ? [sitemap()] : []),
    katexAssets(),
    // Hands freed heap pages back while bundling and before Pagefind starts (see the module).
    buildMemory(),
    pagefindIndex(),
    serviceWorker(),
  ],
  vite: { define: { __MLR_BUILD_ID__: JSON.stringify(buildId) } },
  devToolbar: { enabled: false },
});

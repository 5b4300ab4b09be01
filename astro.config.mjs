// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import { roadmap } from './src/integrations/roadmap.ts';

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
  // Content checks, MDX, sitemap, KaTeX assets, search index and service worker, in that order.
  integrations: [roadmap()],
  vite: { define: { __MLR_BUILD_ID__: JSON.stringify(buildId) } },
  devToolbar: { enabled: false },
});

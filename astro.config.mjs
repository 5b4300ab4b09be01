// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import { roadmap } from './src/integrations/roadmap.ts';
import { PAGE_DIRECTIVES, STYLE_ATTRIBUTE_SOURCES } from './src/security/csp.ts';
import { THEME_SCRIPT_HASH } from './src/components/theme-script.ts';

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
  // A strict policy in every page's <meta>: scripts and <style> by hash or from our origin only.
  // What each directive allows, and how the host headers add to it: src/security/csp.ts.
  security: {
    csp: {
      directives: PAGE_DIRECTIVES,
      // The inline theme script is not one Astro bundles, so it does not hash it for us.
      scriptDirective: { hashes: [THEME_SCRIPT_HASH] },
      styleDirective: {
        resources: STYLE_ATTRIBUTE_SOURCES.map((resource) => ({ resource, kind: 'attribute' })),
      },
    },
  },
});

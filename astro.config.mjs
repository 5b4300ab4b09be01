// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import { roadmap } from './src/integrations/roadmap.ts';
import { PAGE_DIRECTIVES, STYLE_ATTRIBUTE_SOURCES } from './src/security/csp.ts';
import { THEME_SCRIPT_HASH } from './src/components/theme-script.ts';

/** Client modules every page loads (not those loaded on first use, nor one page's own). */
const SITE_MODULES =
  /\/src\/(paths\.ts|client\/(define|in-slices|listeners|progress-element|progress|storage|theme|theme-key|search-trigger|service-worker-loader|checklist|stage-progress|bar|progress-notice|new-marks|toc-loader|review-count|site-elements|scroll-focus-loader)\.ts|progress\/(model|parse|migrations|store|backups|changes|notes|aliases|tally|wording)\.ts)|preload-helper/;

// One id per build: Pagefind's metaCacheTag and the service worker's cache generation.
const buildId = process.env.MLR_BUILD_ID || Date.now().toString(36);

export default defineConfig({
  // Set SITE_URL when deploying so canonical URLs and the sitemap are absolute.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The site's own CSS goes in each page's <style> (hashed into the CSP like any other): a linked
    // stylesheet blocks the first paint for one more round trip, which costs a phone more than the
    // few KB of gzip each page repeats.
    inlineStylesheets: 'always',
  },
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
  vite: {
    define: { __MLR_BUILD_ID__: JSON.stringify(buildId) },
    plugins: [
      {
        // What loads on first use (search, the note editor) comes through plain dynamic imports: Vite's
        // preload helper for them would add almost 1 KB of gzip to every page, a sixth of a stage page's
        // script budget. Astro sets the option for its builds, so it is set per environment, after it.
        name: 'mlr:no-module-preload',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  modulePreload: false,
                  // Every page loads these; one file gzips far better than a dozen small ones.
                  rolldownOptions: {
                    output: { codeSplitting: { groups: [{ name: 'site', test: SITE_MODULES }] } },
                  },
                },
              }
            : undefined,
      },
    ],
  },
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

import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { KATEX_VERSION } from '../markdown/katex-version.ts';
import { katexCssPath } from '../paths.ts';

const require = createRequire(import.meta.url);
const katexDir = join(dirname(require.resolve('katex/package.json')), 'dist');
const KATEX_CSS_PATH = katexCssPath(KATEX_VERSION);

const LEGACY_FONT = /,\s*url\([^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g;

/** KaTeX's CSS without the woff and ttf fallbacks: every browser we support takes woff2. */
function katexCss(): string {
  return readFileSync(join(katexDir, 'katex.min.css'), 'utf8').replace(LEGACY_FONT, '');
}

const woff2Fonts = () => readdirSync(join(katexDir, 'fonts')).filter((n) => n.endsWith('.woff2'));

/**
 * Self-hosts KaTeX's stylesheet and woff2 fonts (same version as rehype-katex renders with)
 * as a plain file, so that only pages with formulas link it.
 */
export function katexAssets(): AstroIntegration {
  return {
    name: 'mlr:katex-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const prefix = `/${dirname(KATEX_CSS_PATH)}/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          const at = path.indexOf(prefix);
          if (at < 0) return next();
          const rest = path.slice(at + prefix.length);
          if (rest === 'katex.min.css') {
            res.setHeader('Content-Type', 'text/css');
            return res.end(katexCss());
          }
          const font = rest.replace(/^fonts\//, '');
          if (rest.startsWith('fonts/') && woff2Fonts().includes(font)) {
            res.setHeader('Content-Type', 'font/woff2');
            return res.end(readFileSync(join(katexDir, 'fonts', font)));
          }
          next();
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), dirname(KATEX_CSS_PATH));
        mkdirSync(join(out, 'fonts'), { recursive: true });
        writeFileSync(join(out, 'katex.min.css'), katexCss());
        for (const font of woff2Fonts())
          copyFileSync(join(katexDir, 'fonts', font), join(out, 'fonts', font));
      },
    },
  };
}

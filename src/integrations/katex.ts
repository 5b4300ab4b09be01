import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
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

/** In dev, serves KaTeX's stylesheet and fonts where built pages find them. */
export function serveKatex({ server }: Pick<HookParameters<'astro:server:setup'>, 'server'>): void {
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
}

/**
 * Self-hosts KaTeX's stylesheet and woff2 fonts (the release rehype-katex renders with) as plain files,
 * so that only pages with formulas link them.
 */
export function copyKatexAssets({ dir }: Pick<HookParameters<'astro:build:done'>, 'dir'>): void {
  const out = join(fileURLToPath(dir), dirname(KATEX_CSS_PATH));
  mkdirSync(join(out, 'fonts'), { recursive: true });
  writeFileSync(join(out, 'katex.min.css'), katexCss());
  for (const font of woff2Fonts()) copyFileSync(join(katexDir, 'fonts', font), join(out, 'fonts', font));
}

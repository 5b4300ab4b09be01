import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../roadmap/problems.ts';
import { contentDir } from '../roadmap/content-dir.ts';
import { readContent } from '../roadmap/source.ts';
import { validateContent } from '../roadmap/validate.ts';

/** Fails `astro build` and `astro dev` on any content error, naming file, field and fix. */
export function contentChecks(): AstroIntegration {
  return {
    name: 'mlr:content-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = validateContent(readContent(`${root}${contentDir}`, root));
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) {
          throw new Error(
            `${errors.length} content error(s):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
          );
        }
      },
    },
  };
}

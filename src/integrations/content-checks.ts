import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, type Problem } from '../content/checks/problems.ts';
import { contentDir } from '../content/content-dir.ts';
import { readContent } from '../content/checks/read-content.ts';
import { checkContent, type CheckedContent } from '../content/checks/check-content.ts';

/** The latest check of each project, so later build steps need not parse every body again. */
const latest = new Map<string, CheckedContent>();

function problemsIn(root: string): Problem[] {
  const checked = checkContent(readContent(join(root, contentDir), root));
  latest.set(root, checked);
  return checked.problems;
}

/** The content of the project at `root` as this build checked it (checked now if it was not). */
export function checkedContent(root: string): CheckedContent {
  if (!latest.has(root)) problemsIn(root);
  return latest.get(root)!;
}
const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

function summary(errors: Problem[]): string {
  return `${errors.length} content error(s):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

function warn(problems: Problem[], logger: AstroIntegrationLogger) {
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
}

/**
 * Fails `astro build` and `astro dev` on any content error, naming file, field and fix. The dev server
 * then checks again whenever a content file changes, and logs what it finds without stopping, so a
 * mistake made while previewing shows up in the terminal at once rather than at the next build.
 */
export function contentChecks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'mlr:content-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const problems = problemsIn(root);
        warn(problems, logger);
        const errors = errorsOf(problems);
        if (errors.length) throw new Error(summary(errors));
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = join(root, contentDir);
        let pending: ReturnType<typeof setTimeout> | undefined;
        let failing = false;
        server.watcher.on('all', (_event: string, path: string) => {
          if (!path.startsWith(folder + sep)) return;
          // One save can fire several events: check once they settle.
          clearTimeout(pending);
          pending = setTimeout(() => {
            const problems = problemsIn(root);
            warn(problems, logger);
            const errors = errorsOf(problems);
            if (errors.length) logger.error(summary(errors));
            else if (failing) logger.info('content errors fixed: the checks pass again');
            failing = errors.length > 0;
          }, 100);
        });
      },
    },
  };
}

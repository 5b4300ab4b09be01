import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { AstroError } from 'astro/errors';
import { readBuiltSite } from '../content/checks/built-site.ts';
import { checkBodies, type BodyStage } from '../content/checks/body-checks.ts';
import { checkContent, checkEntries, type CheckedContent } from '../content/checks/check-content.ts';
import { formatProblem, type Problem } from '../content/checks/problems.ts';
import { readContent } from '../content/checks/read-content.ts';
import { checkRenderedPages } from '../content/checks/rendered-pages.ts';
import { contentDir } from '../content/content-dir.ts';

const HINT =
  'Each line names the file, the field (or body line), what is wrong and how to fix it; ' +
  'CONTRIBUTING.md explains every check.';

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const listed = (errors: Problem[]) =>
  `${errors.length} content error(s):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`;

function warn(problems: Problem[], logger: AstroIntegrationLogger) {
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
}

/** Reads and checks the content of the project at `root`. */
export const checkProject = (root: string): CheckedContent =>
  checkContent(readContent(join(root, contentDir), root));

/** Logs the warnings and stops the command on any error, naming file, field and fix. */
function passOrFail(problems: Problem[], logger: AstroIntegrationLogger): void {
  warn(problems, logger);
  const errors = errorsOf(problems);
  if (errors.length) throw new AstroError(listed(errors), HINT);
}

/** The check `astro dev` runs first. Returns what it checked. */
export function checkContentOrFail(
  root: string,
  { logger }: Pick<HookParameters<'astro:config:setup'>, 'logger'>,
): CheckedContent {
  const checked = checkProject(root);
  passOrFail(checked.problems, logger);
  return checked;
}

/**
 * The same checks for `astro build`, the slow one in a worker thread. The entries are checked here and
 * now; the bodies are parsed while Astro starts Vite and syncs the content, and the build awaits them
 * (the promise) before it bundles anything. Where no worker can run (a Node without type stripping),
 * the bodies are checked on this thread instead.
 */
export function checkContentInBackground(
  root: string,
  { logger }: Pick<HookParameters<'astro:config:setup'>, 'logger'>,
): Promise<CheckedContent> {
  const source = readContent(join(root, contentDir), root);
  const entries = checkEntries(source);
  passOrFail(entries.problems, logger);
  const stages: BodyStage[] = source.stages.map(({ id, file, body, bodyLine }) => ({
    id,
    file,
    body,
    bodyLine,
  }));
  const checked = new Promise<ReturnType<typeof checkBodies>>((resolve) => {
    const inThread = () => resolve(checkBodies(stages));
    try {
      const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
        workerData: stages,
      });
      worker.once('message', (result: ReturnType<typeof checkBodies>) => {
        resolve(result);
        void worker.terminate();
      });
      worker.once('error', (error) => {
        logger.warn(`content checks: the worker thread failed (${error.message}); checking on this thread`);
        inThread();
      });
    } catch (error) {
      logger.warn(`content checks: no worker thread (${String(error)}); checking on this thread`);
      inThread();
    }
  });
  return checked.then(({ problems, bodies }) => {
    passOrFail(problems, logger);
    return { ...entries, bodies };
  });
}

/**
 * In dev, checks again whenever a content file changes and logs what it finds without stopping the
 * server, so a mistake made while previewing shows up at once rather than at the next build.
 */
export function recheckOnChange(
  root: string,
  { server, logger }: Pick<HookParameters<'astro:server:setup'>, 'server' | 'logger'>,
): void {
  const folder = join(root, contentDir);
  let pending: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  server.watcher.on('all', (_event: string, path: string) => {
    if (!path.startsWith(folder + sep)) return;
    // One save can fire several events: check once they settle.
    clearTimeout(pending);
    pending = setTimeout(() => {
      const problems = checkProject(root).problems;
      warn(problems, logger);
      const errors = errorsOf(problems);
      if (errors.length) logger.error(listed(errors));
      else if (failing) logger.info('content errors fixed: the checks pass again');
      failing = errors.length > 0;
    }, 100);
  });
}

/** After the pages are written: every body link lands on a page and an id that exist, no id repeats. */
export function checkBuiltPages(
  checked: Pick<CheckedContent, 'bodies' | 'stages'>,
  { dir }: Pick<HookParameters<'astro:build:done'>, 'dir'>,
): void {
  const site = readBuiltSite(fileURLToPath(dir));
  const errors = errorsOf(checkRenderedPages(checked.bodies, checked.stages, site));
  if (errors.length) throw new AstroError(listed(errors), HINT);
}

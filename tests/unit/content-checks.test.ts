import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HookParameters } from 'astro';
import {
  checkContentInBackground,
  checkContentOrFail,
  recheckOnChange,
} from '../../src/integrations/content-checks.ts';

type Logger = Record<'warn' | 'error' | 'info', (message: string) => void>;
type ServerParams = Pick<HookParameters<'astro:server:setup'>, 'server' | 'logger'>;

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const temps: string[] = [];

/**
 * Runs the check `astro build` and `astro dev` run first, on a project whose `content/` folder is a copy
 * of a fixture. Its throw is what stops the build.
 */
function setupWith(fixture: string) {
  const root = mkdtempSync(join(tmpdir(), 'mlr-content-'));
  temps.push(root);
  cpSync(join(fixtures, fixture), join(root, 'content'), { recursive: true });
  const logger = {
    warn: vi.fn<Logger['warn']>(),
    error: vi.fn<Logger['error']>(),
    info: vi.fn<Logger['info']>(),
  };
  // Only the logger methods the checks call; the rest of Astro's logger is not needed.
  const params = { logger } as unknown as Pick<HookParameters<'astro:config:setup'>, 'logger'>;
  const run = () => checkContentOrFail(root, params);
  /** The build's variant: entries checked at once, bodies in a worker thread. */
  const runInBackground = () => checkContentInBackground(root, params);
  /** Starts a pretend dev server whose file watcher the test drives. */
  const serve = () => {
    const watcher = new EventEmitter();
    recheckOnChange(root, { server: { watcher }, logger } as unknown as ServerParams);
    return watcher;
  };
  return { root, run, runInBackground, serve, warn: logger.warn, logger };
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content-checks build hook', () => {
  it('fails the build on an error, naming file, field and fix', () => {
    const { run } = setupWith('unknown-prerequisite');
    expect(run).toThrow(
      '1 content error(s):\n  content/stages/counting.mdx: prerequisites[0]: unknown stage "tallying"',
    );
  });

  it('returns what it checked, for the later build steps', () => {
    const { run } = setupWith('clean');
    const checked = run();
    expect(checked.stages.map((s) => s.id)).toEqual(['counting', 'sorting']);
    expect(checked.bodies.map((b) => b.id)).toEqual(['counting', 'sorting']);
  });

  it('lets clean content through', () => {
    const { run, warn } = setupWith('clean');
    expect(run).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it('logs a warning without failing', () => {
    const { run, warn } = setupWith('uncited-resource');
    expect(run).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^content\/resources\.yaml: \[1\]\.id: resource "pebble-sorting-notes" is never cited/,
      ),
    );
  });

  describe('in a worker thread, as astro build runs it', () => {
    it('returns what the in-thread check returns', async () => {
      const { run, runInBackground, warn } = setupWith('clean');
      expect(await runInBackground()).toEqual(run());
      // It says so when it has to fall back to this thread.
      expect(warn).not.toHaveBeenCalled();
    });

    it('stops at once on an entry error, before any body is parsed', () => {
      const { runInBackground } = setupWith('unknown-prerequisite');
      expect(runInBackground).toThrow(
        'content/stages/counting.mdx: prerequisites[0]: unknown stage "tallying"',
      );
    });

    it('rejects with the body errors the worker found, naming file and line', async () => {
      const { run, runInBackground } = setupWith('mdx-expression');
      let message = '';
      try {
        run();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/content\/stages\/\S+\.mdx: body \(line \d+\): \{/);
      await expect(runInBackground()).rejects.toThrow(message);
    });
  });

  it('checks again in dev when a content file changes, logging without stopping', () => {
    vi.useFakeTimers();
    try {
      const { root, run, serve, logger } = setupWith('clean');
      run();
      const watcher = serve();
      const file = join(root, 'content/stages/sorting.mdx');
      writeFileSync(file, '---\ntitle: Sorting\n---\n');
      watcher.emit('all', 'change', file);
      watcher.emit('all', 'change', file);
      vi.advanceTimersByTime(200);
      expect(logger.error).toHaveBeenCalledTimes(1);
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining('content/stages/sorting.mdx: order: is missing'),
      );

      cpSync(join(fixtures, 'clean/stages/sorting.mdx'), file);
      watcher.emit('all', 'change', file);
      vi.advanceTimersByTime(200);
      expect(logger.info).toHaveBeenCalledWith('content errors fixed: the checks pass again');

      watcher.emit('all', 'change', join(root, 'src/pages/index.astro'));
      vi.advanceTimersByTime(200);
      expect(logger.error).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

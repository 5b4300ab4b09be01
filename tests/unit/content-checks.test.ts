import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentChecks } from '../../src/integrations/content-checks.ts';

type SetupHook = (options: { config: { root: URL }; logger: { warn: (message: string) => void } }) => void;

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const temps: string[] = [];

/**
 * Runs the integration's `astro:config:setup` hook, the one `astro build` and `astro dev` run first, on a
 * project whose `content/` folder is a copy of a fixture. Its throw is what stops the build.
 */
function setupWith(fixture: string) {
  const root = mkdtempSync(join(tmpdir(), 'mlr-content-'));
  temps.push(root);
  cpSync(join(fixtures, fixture), join(root, 'content'), { recursive: true });
  const warn = vi.fn<(message: string) => void>();
  const hook = contentChecks().hooks['astro:config:setup'] as unknown as SetupHook;
  const run = () => hook({ config: { root: pathToFileURL(`${root}/`) }, logger: { warn } });
  return { run, warn };
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content-checks build hook', () => {
  it('fails the build on a broken link, naming file, line and fix', () => {
    const { run } = setupWith('broken-page-link');
    expect(run).toThrow(
      '1 content error(s):\n  content/stages/sorting.mdx: body (line 19): link "../countng/" goes to ' +
        '/stages/countng/, which is not a page of the site; did you mean "../counting/"?',
    );
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
});

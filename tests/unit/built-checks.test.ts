import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mlr-built-checks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The checks that need the real pages run inside `astro build`, on what it rendered. This builds the
 * project with a fixture content folder holding five link and id mistakes, and holds the build to
 * stopping on exactly those, each named by file, line and fix.
 */
describe('astro build on content with broken links and a duplicate id', () => {
  it('stops after rendering, naming each mistake', { timeout: 180_000 }, async () => {
    process.env.MLR_CONTENT_DIR = 'tests/fixtures/links-on-built-pages';
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    let failure: unknown;
    try {
      // Its own cache too: Astro's content store there would otherwise mix this content with the real one.
      await build({ root, outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), logLevel: 'silent' });
    } catch (error) {
      failure = error;
    } finally {
      delete process.env.MLR_CONTENT_DIR;
    }
    const { message, hint } = failure as { message: string; hint?: string };
    const counting = 'tests/fixtures/links-on-built-pages/stages/counting.mdx';
    const sorting = 'tests/fixtures/links-on-built-pages/stages/sorting.mdx';
    expect(message.split('\n')).toEqual([
      '5 content error(s):',
      expect.stringMatching(
        `^  ${counting}: body \\(line 27\\): heading "Count to ten" gets the id "count-to-ten", which milestone milestones\\[0\\] also has; reword the heading`,
      ),
      expect.stringMatching(
        `^  ${counting}: body \\(line 22\\): link "#count-to-tne" goes to #count-to-tne, which is not an id on /stages/counting/; did you mean "#count-to-ten"\\?`,
      ),
      expect.stringMatching(
        `^  ${counting}: body \\(line 23\\): link "../../progress" lacks the trailing slash of /progress/; write "../../progress/"`,
      ),
      expect.stringMatching(
        `^  ${sorting}: body \\(line 19\\): link "../countng/" goes to /stages/countng/, which is not a page of the site; did you mean "../counting/"\\?`,
      ),
      expect.stringMatching(
        `^  ${sorting}: body \\(line 19\\): link "/stages/counting/#check-1" starts at the site root, .*; write it relative to this page: "../counting/#check-1"$`,
      ),
    ]);
    expect(hint).toMatch(/CONTRIBUTING\.md/);
  });
});

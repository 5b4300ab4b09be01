import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm start` and `npm run dev` must not send Astro's usage telemetry (scripts/astro.mjs).
describe("the npm scripts that run Astro's CLI", () => {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

  it.each(['dev', 'start', 'preview', 'build'])('`npm run %s` goes through scripts/astro.mjs', (name) => {
    const script = scripts[name] ?? '';
    const astroCalls = script.split('&&').filter((part) => /\bastro\b/.test(part));
    if (name === 'build') return expect(script).toBe('astro build'); // Only CI and hosts run this.
    expect(astroCalls.length).toBeGreaterThan(0);
    for (const call of astroCalls) expect(call.trim()).toMatch(/^node scripts\/astro\.mjs /);
  });

  it("hands Astro's own process ASTRO_TELEMETRY_DISABLED=1, whatever the shell had", () => {
    // A preload that reports the variable from inside Astro's CLI process, then stops it.
    const dir = mkdtempSync(join(tmpdir(), 'mlr-telemetry-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `if (/[\\\\/]bin[\\\\/]astro\\.mjs$/.test(process.argv[1] ?? '')) {
        console.log('astro sees ' + process.env.ASTRO_TELEMETRY_DISABLED);
        process.exit(0);
      }`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` };
    delete env.ASTRO_TELEMETRY_DISABLED;
    const output = execFileSync(process.execPath, ['scripts/astro.mjs', 'dev'], { env, encoding: 'utf8' });
    expect(output.trim()).toBe('astro sees 1');
  }, 30_000); // Two Node processes start: on a busy machine that alone can pass Vitest's 5 s default.
});

#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { OVERLAP_TOOL, sharedMissing } from '../tests/shared-guide.mjs';
import { SUBPATH, SUBPATH_OUT_DIR, SUBPATH_SITE_URL } from '../tests/sites.mjs';

/** Why the overlap check cannot run here (only outside CI), or undefined; see tests/shared-guide.mjs. */
function overlapMissing() {
  try {
    return sharedMissing(OVERLAP_TOOL);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
const skipOverlap = overlapMissing();

const steps = [
  ['our own words (guide overlap)', 'node', [OVERLAP_TOOL, 'content', 'src'], {}, skipOverlap],
  ['formatting (Prettier)', 'npx', ['prettier', '--check', '.']],
  ['types (astro check, tsc)', 'npm', ['run', '--silent', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['astro', 'build']],
  [
    'build under a sub-path, as a deploy with a public address',
    'npx',
    ['astro', 'build', '--base', SUBPATH, '--outDir', SUBPATH_OUT_DIR],
    { SITE_URL: SUBPATH_SITE_URL },
  ],
  [
    'byte budgets and page policies of the builds',
    'npx',
    ['vitest', 'run', '--config', 'vitest.dist.config.ts'],
  ],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

for (const [label, command, args, env = {}, skipped] of steps) {
  if (skipped) {
    console.log(`\n⚠ ${label}: skipped, because ${skipped}.`);
    continue;
  }
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  // Astro's CLI sends anonymous usage telemetry unless told not to; tests never phone home.
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log(
  skipOverlap
    ? '\n✔ all checks passed but one: the guide overlap was skipped (see above)'
    : '\n✔ all checks passed',
);

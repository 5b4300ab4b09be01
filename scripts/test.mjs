#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { GUIDE, OVERLAP_TOOL, sharedMissing } from '../tests/shared-guide.mjs';
import { SUBPATH, SUBPATH_OUT_DIR, SUBPATH_SITE_URL } from '../tests/sites.mjs';

/** Why a check that needs the guide's folder cannot run here (only outside CI), or undefined. */
function missing(/** @type {string} */ file) {
  try {
    return sharedMissing(file);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
const skipOverlap = missing(OVERLAP_TOOL);
const skipGuide = missing(GUIDE);

const steps = [
  ['our own words (guide overlap)', 'node', [OVERLAP_TOOL, 'content', 'src'], {}, skipOverlap],
  ['every guide heading covered by a stage', 'node', ['scripts/guide-coverage.mjs', GUIDE], {}, skipGuide],
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
  skipOverlap || skipGuide
    ? '\n✔ all checks passed but the two that need the guide, which were skipped (see above)'
    : '\n✔ all checks passed',
);

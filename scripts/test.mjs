#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SUBPATH, SUBPATH_OUT_DIR, SUBPATH_SITE_URL } from '../tests/sites.mjs';

// The source guide and its overlap tool live beside the project, in ../shared (MLR_SHARED_DIR moves it).
const overlapTool = `${process.env.MLR_SHARED_DIR ?? '../shared'}/tools/guide-overlap.mjs`;
if (!existsSync(overlapTool)) {
  console.error(`✖ ${overlapTool} is missing: the guide and its overlap tool must sit beside the project.`);
  process.exit(1);
}

const steps = [
  ['our own words (guide overlap)', 'node', [overlapTool, 'content', 'src']],
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
  ['byte budgets of the builds', 'npx', ['vitest', 'run', '--config', 'vitest.dist.config.ts']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

for (const [label, command, args, env = {}] of steps) {
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
console.log('\n✔ all checks passed');

#!/usr/bin/env node
// Astro's CLI without its anonymous usage telemetry: `npm start` and `npm run dev` go through here.
// An environment variable in the npm script itself (`ASTRO_TELEMETRY_DISABLED=1 astro dev`) would
// not work in Windows shells, so this sets it in Node and runs Astro's own bin with the same arguments.
// Usage: node scripts/astro.mjs <astro arguments>   e.g. node scripts/astro.mjs dev
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('astro/package.json');
const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
const { status, signal } = spawnSync(
  process.execPath,
  [join(dirname(manifest), bin.astro), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
process.exit(status ?? (signal ? 1 : 0));

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser.ts';
import { ROOT_PORT, SUBPATH, SUBPATH_OUT_DIR, SUBPATH_PORT } from './tests/sites.mjs';

// The built site at the root, and the same site built under a sub-path (see scripts/test.mjs).
const ROOT_URL = `http://localhost:${ROOT_PORT}/`;
const SUBPATH_URL = `http://localhost:${SUBPATH_PORT}${SUBPATH}`;

const use = {
  browserName: 'chromium' as const,
  // Service workers precache the whole site; only the offline tests want that (they allow it).
  serviceWorkers: 'block' as const,
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Two workers on a shared 2-core machine, and many tests walk several pages or wait for the service
  // worker to precache the whole site (870 files): 25-35 s is common, so 30 s (the default) is too tight.
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'root', testIgnore: /subpath\.spec\.ts/, use: { ...use, baseURL: ROOT_URL } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { ...use, baseURL: SUBPATH_URL } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${ROOT_PORT} /`,
      url: ROOT_URL,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs ${SUBPATH_OUT_DIR} ${SUBPATH_PORT} ${SUBPATH}`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

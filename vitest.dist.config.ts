import { defineConfig } from 'vitest/config';

/** Tests over the built site (dist/, dist-subpath/): `npm test` runs them after the builds. */
export default defineConfig({
  test: { include: ['tests/built/**/*.test.ts'], environment: 'node' },
});

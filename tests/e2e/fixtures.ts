import { test as base, expect } from '@playwright/test';
import { collectViolations } from './csp-violations.ts';

/**
 * Every test fails on an uncaught page error, a request to another origin or a breach of the
 * content security policy: the site must never crash, never call out, and never need a looser policy.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, context, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const violations = await collectViolations(context);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.push(url);
      });
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(violations, 'content security policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

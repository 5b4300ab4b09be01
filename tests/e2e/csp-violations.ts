import type { BrowserContext } from '@playwright/test';

/** What a `securitypolicyviolation` event says, enough to find the culprit. */
export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Collects every content-security-policy violation in every page of `context`, including pages a
 * test opens later and pages reached by navigation: the browser fires `securitypolicyviolation` on
 * the document for anything a policy blocks (inline script or style, a fetch, a worker, WebAssembly).
 */
export async function collectViolations(context: BrowserContext): Promise<Violation[]> {
  const seen: Violation[] = [];
  await context.exposeBinding('__mlrReportViolation', (_source, violation: Violation) => {
    seen.push(violation);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __mlrReportViolation: (v: Violation) => void })
      .__mlrReportViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report({
        page: location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return seen;
}

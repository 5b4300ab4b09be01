/**
 * How long after the load event the service worker registers. Its first install fetches the whole site
 * (about 900 files, 4 MB) to work offline; on a 2-core phone that competes with the page's own first
 * seconds, when the learner starts to read and tap (measured: it cost the stage pages' Lighthouse runs
 * up to 300 ms of blocking time). A few seconds later the learner is reading, and nothing is lost.
 */
export const REGISTER_DELAY_MS = 3000;

// The code that registers (register-service-worker.ts) loads only then too. A deploy or a lost
// connection in those seconds can make that file fail to load: the site works without the worker, and
// the next page tries again.
if ('serviceWorker' in navigator) {
  const register = () => import('./register-service-worker.ts').catch(() => undefined);
  const start = () => setTimeout(register, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

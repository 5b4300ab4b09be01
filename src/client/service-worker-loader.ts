/**
 * How long after the load event the service worker registers. Its first install fetches the whole site
 * (about 900 files, 4 MB) to work offline; on a 2-core phone that competes with the page's own first
 * seconds, when the learner starts to read and tap (measured: it cost the stage pages' Lighthouse runs
 * up to 300 ms of blocking time). A few seconds later the learner is reading, and nothing is lost.
 */
export const REGISTER_DELAY_MS = 3000;

// The code that registers (register-service-worker.ts) loads only then too.
if ('serviceWorker' in navigator) {
  const start = () => setTimeout(() => void import('./register-service-worker.ts'), REGISTER_DELAY_MS);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

// The service worker registers after the load event, so that neither registering it nor checking for
// an update competes with the page's own loading; its code (register-service-worker.ts) loads then too.
if ('serviceWorker' in navigator) {
  const start = () => void import('./register-service-worker.ts');
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

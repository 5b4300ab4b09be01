import { basePath } from '../paths.ts';

/**
 * Registers the service worker in built sites (never in dev, where it would serve stale files),
 * and tells the learner when a new version is ready, reloading only when they choose to. Loaded by
 * service-worker-loader.ts a few seconds after the page has loaded.
 */
const base = basePath();
const notice = document.querySelector<HTMLElement>('[data-update-notice]');

function offerUpdate(waiting: ServiceWorker) {
  if (!notice || !notice.hidden) return;
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** Offers a worker once it has installed, if it replaces an active one (a first install is no update). */
function track(worker: ServiceWorker | null) {
  if (!worker) return;
  const check = () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
  };
  check();
  worker.addEventListener('statechange', check);
}

async function register() {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // The browser may have found the update before this script ran: look at every slot.
  track(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // Check for a new deploy on every page load rather than whenever the browser gets round to it.
  if (navigator.onLine) await registration.update();
}

// Only loaded where service workers exist (service-worker-loader.ts checks).
if (import.meta.env.PROD) {
  register().catch(() => undefined); // Offline support is a bonus; the site works without it.
} else {
  void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
}

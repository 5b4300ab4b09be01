/**
 * The service worker, bundled by the build (integrations/offline-precache.ts) with the list of files to
 * precache in place of `PRECACHE`. It precaches the whole site, so that after one visit every page and the
 * search index work offline, and it waits for the learner to choose a reload before a new version takes over.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const PRECACHE: PrecacheEntry[];
/** The worker's own global, typed by hand: the DOM and WebWorker type libraries cannot share a program. */
declare const self: {
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
  skipWaiting(): Promise<void>;
};

setCacheNameDetails({ prefix: 'ml-roadmap' });
// A new version waits until the learner chooses to reload (client/register-service-worker.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
precacheAndRoute(PRECACHE, {
  // Pagefind asks for pagefind-entry.json?ts=<metaCacheTag>; the precached copy answers.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/],
  directoryIndex: 'index.html',
});
cleanupOutdatedCaches();
// An address the site does not have gets the precached 404 page, offline too; files and search do not.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('404.html'), {
    denylist: [/\/pagefind\//, /\.[a-z0-9]+$/i],
  }),
);

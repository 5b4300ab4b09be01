import { HEADER_CSP, PAGEFIND_WORKER_CSP } from '../security/csp.ts';

/**
 * The response headers of a deploy, owned here and written out for each kind of host by
 * `npm run deploy:config` (public/_headers, deploy/nginx.conf). A unit test fails when a written
 * file differs from what this module says, so the hosts cannot drift apart.
 */

/** Sent with every response, the 404 page included. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  // Links to other sites (resources) leak nothing about what a learner was reading.
  'Referrer-Policy': 'no-referrer',
  // Every powerful feature off: the roadmap needs none (downloads and file pickers are not features).
  'Permissions-Policy': [
    'accelerometer',
    'autoplay',
    'browsing-topics',
    'camera',
    'display-capture',
    'encrypted-media',
    'fullscreen',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
};

/** Content-hashed file names: a changed file gets a new name, so a copy may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server before every use: a new deploy shows up on the next load. */
export const REVALIDATE = 'no-cache';

/** Folders (under the base path) whose files never change under the same name. */
export const IMMUTABLE_FOLDERS = ['_astro', '_katex'];
/**
 * Files at fixed names that must be revalidated. Pages are too, but they have no pattern a
 * `_headers` rule can name (see render.ts).
 */
export const REVALIDATED_FILES = ['sw.js', 'manifest.webmanifest'];

/** Pagefind's search worker, which gets its own, narrower policy (src/security/csp.ts). */
export const PAGEFIND_WORKER = 'pagefind/pagefind-worker.js';
export const PAGEFIND_WORKER_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PAGEFIND_WORKER_CSP,
};

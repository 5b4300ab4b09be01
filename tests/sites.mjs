// The two builds the end-to-end tests run against: one at the root, one under a sub-path.
// MLR_E2E_PORT moves both servers, so two checkouts can run their tests at once.
export const SUBPATH = '/sub/path/';
export const ROOT_PORT = Number(process.env.MLR_E2E_PORT || 4400);
export const SUBPATH_PORT = ROOT_PORT + 1;
export const SUBPATH_OUT_DIR = 'dist-subpath';
// The sub-path build also plays a deploy that sets its public address (canonical URLs, sitemap).
export const SUBPATH_SITE_URL = 'https://roadmap.example.org';

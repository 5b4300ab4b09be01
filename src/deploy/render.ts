import {
  IMMUTABLE,
  IMMUTABLE_FOLDERS,
  PAGEFIND_WORKER,
  PAGEFIND_WORKER_HEADERS,
  REVALIDATE,
  REVALIDATED_FILES,
  SECURITY_HEADERS,
} from './headers.ts';

const GENERATED =
  'Generated from src/deploy/headers.ts by `npm run deploy:config`: edit that module, not this file.';

/**
 * `_headers` for Netlify and Cloudflare Pages (a site at the root of its domain). Both apply every
 * rule whose path matches, so no two rules here set the same header for one path: where Cloudflare
 * would join two Cache-Control values, the stricter would win. Pages therefore keep the hosts'
 * default, which is to revalidate every time (`max-age=0, must-revalidate` on both).
 */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    `# ${GENERATED}`,
    block('/*', SECURITY_HEADERS),
    ...IMMUTABLE_FOLDERS.map((folder) => block(`/${folder}/*`, { 'Cache-Control': IMMUTABLE })),
    ...REVALIDATED_FILES.map((file) => block(`/${file}`, { 'Cache-Control': REVALIDATE })),
    // Both hosts add this to the site-wide policy (two policies: a request must pass both); the
    // site-wide one does not restrict scripts, so the worker's own is the one that counts.
    block(`/${PAGEFIND_WORKER}`, PAGEFIND_WORKER_HEADERS),
    '',
  ].join('\n\n');
}

export interface NginxOptions {
  /** The URL path the site is built for (`astro build --base`), with slashes at both ends. */
  base: string;
  /**
   * nginx's `root`: the folder in which the URL path `base` holds the built site. For base `/` that
   * is the build itself (dist/); for `/roadmap/`, a folder with the build in its `roadmap/`.
   */
  root: string;
  /** nginx's `listen` value. */
  listen: string;
}

export const NGINX_DEFAULTS: NginxOptions = { base: '/', root: '/srv/ml-roadmap', listen: '80' };

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * An nginx `server` block. `add_header` in a location replaces every header inherited from outside
 * it, so each location lists the whole set; `always` sends them with 404s too.
 */
export function nginxServer({ base, root, listen }: NginxOptions = NGINX_DEFAULTS): string {
  if (!/^\/(?:.+\/)?$/.test(base)) throw new Error(`base must start and end with "/": ${base}`);
  const headers = (extra: Record<string, string>, indent = '        ') =>
    Object.entries({ ...SECURITY_HEADERS, ...extra })
      .map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`)
      .join('\n');
  const b = escapeRegex(base);
  return `# ${GENERATED}
# The ML Engineer Roadmap, built with \`astro build${base === '/' ? '' : ` --base ${base}`}\`, in ${root}${base}.
# Put this file in /etc/nginx/conf.d/ (or include it from the http block) and reload nginx.
server {
    listen ${listen};
    server_name _;
    server_tokens off;
    charset utf-8;
    # Redirects (such as /stages/mlops to /stages/mlops/) keep whatever host and port the visitor used.
    absolute_redirect off;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_types text/css text/javascript application/javascript application/json
               application/manifest+json application/wasm image/svg+xml text/plain application/xml;

    root ${root};

    location ${base} {
        index index.html;
        error_page 404 ${base}404.html;
        # Pages, the search index and everything else not named below: revalidated on every load.
${headers({ 'Cache-Control': REVALIDATE })}

        location ~ ^${b}(?:${IMMUTABLE_FOLDERS.join('|')})/ {
${headers({ 'Cache-Control': IMMUTABLE }, '            ')}
        }
        location ~ ^${b}${escapeRegex(PAGEFIND_WORKER)}$ {
${headers({ 'Cache-Control': REVALIDATE, ...PAGEFIND_WORKER_HEADERS }, '            ')}
        }
        location ~ \\.webmanifest$ {
            types { application/manifest+json webmanifest; }
${headers({ 'Cache-Control': REVALIDATE }, '            ')}
        }
    }
}
`;
}

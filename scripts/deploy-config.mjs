#!/usr/bin/env node
// `npm run deploy:config`: writes public/_headers and deploy/nginx.conf from src/deploy/headers.ts.
// With --base, --root or --listen it prints an nginx server block for that deploy instead, e.g.
//   node scripts/deploy-config.ts --base /roadmap/ --root /var/www > /etc/nginx/conf.d/roadmap.conf
// Needs Node 22.18 or newer (it imports TypeScript modules directly).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HEADERS_FILE, NGINX_FILE } from '../src/deploy/files.ts';
import { headersFile, NGINX_DEFAULTS, nginxServer } from '../src/deploy/render.ts';

const { values } = parseArgs({
  options: { base: { type: 'string' }, root: { type: 'string' }, listen: { type: 'string' } },
});

if (values.base || values.root || values.listen) {
  process.stdout.write(nginxServer({ ...NGINX_DEFAULTS, ...values }));
} else {
  writeFileSync(HEADERS_FILE, headersFile());
  writeFileSync(NGINX_FILE, nginxServer());
  console.log(`wrote ${HEADERS_FILE} and ${NGINX_FILE}`);
}

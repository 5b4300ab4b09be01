#!/usr/bin/env node
// The base path and address of a GitHub Pages site, from its repository ("owner/name"):
// a project site lives at https://owner.github.io/name/, a user or organisation site (a repository
// named owner.github.io) at https://owner.github.io/. Used by .github/workflows/deploy.yml.
// Usage: node scripts/pages-base.mjs owner/name   → prints BASE=… and SITE_URL=… lines for $GITHUB_ENV
import { fileURLToPath } from 'node:url';

/**
 * @param {string} repository
 * @returns {{ base: string, siteUrl: string }}
 */
export function pagesAddress(repository) {
  const [owner, name, ...rest] = repository.split('/');
  if (!owner || !name || rest.length) throw new Error(`expected owner/name, got "${repository}"`);
  const host = `${owner.toLowerCase()}.github.io`;
  return { base: name.toLowerCase() === host ? '/' : `/${name}/`, siteUrl: `https://${host}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { base, siteUrl } = pagesAddress(process.argv[2] ?? '');
  console.log(`BASE=${base}\nSITE_URL=${siteUrl}`);
}

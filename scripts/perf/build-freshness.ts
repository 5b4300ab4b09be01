/** Whether a built site is older than what it is built from, so a script knows to build first. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads: sources, content, static files and the configuration. */
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** Latest modification time below `path` (a file or a folder), 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Why `dist` (below `project`) needs a build, or null when it is newer than every input. */
export function staleReason(project: string, dist = 'dist'): string | null {
  const home = join(project, dist, 'index.html');
  if (!existsSync(home)) return `${dist}/ has no build`;
  const built = statSync(home).mtimeMs;
  const changed = INPUTS.find((input) => newest(join(project, input)) > built);
  return changed ? `${changed} changed since ${dist}/ was built` : null;
}

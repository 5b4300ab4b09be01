/** An internal link resolved against the page it sits on. */
export interface ResolvedLink {
  /** Path on the site, before the base path: `/stages/mlops/`. */
  path: string;
  /** The anchor without `#`, decoded; '' when there is none. */
  hash: string;
  /** Written from the site root (`/stages/x/`) rather than relative to the page. */
  rootAbsolute: boolean;
}

// Any origin works: it only gives `URL` something to resolve relative paths against.
const ORIGIN = 'https://site.invalid';

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Resolves a link target written on the page at `fromPath` (such as `/stages/ml-fundamentals/`), the way
 * a browser would. Returns null for links that leave the site (`https:`, `mailto:`, `//host`): those are
 * not ours to check.
 */
export function resolveLink(target: string, fromPath: string): ResolvedLink | null {
  const text = target.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith('//')) return null;
  const url = new URL(text, ORIGIN + fromPath);
  if (url.origin !== ORIGIN) return null;
  return { path: decode(url.pathname), hash: decode(url.hash.slice(1)), rootAbsolute: text.startsWith('/') };
}

/** The relative link from the page at `fromPath` to `toPath` (both ending in `/`), plus `#hash` if any. */
export function relativeLink(fromPath: string, toPath: string, hash = ''): string {
  const anchor = hash ? `#${hash}` : '';
  if (fromPath === toPath && anchor) return anchor;
  const from = fromPath.split('/').filter(Boolean);
  const to = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const down = to.slice(common).join('/');
  const path = '../'.repeat(from.length - common) + (down ? `${down}/` : '');
  return (path || './') + anchor;
}

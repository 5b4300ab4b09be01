/** A site path under the configured base (`import.meta.env.BASE_URL`), e.g. `href('stages/x/')`. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

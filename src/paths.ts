/**
 * The one owner of the site's addresses and of the keys built from content ids: pages, search
 * records, build steps and client code all import these instead of spelling a URL or key out.
 * Paths here are site paths before the base; `href()` puts one under the configured base.
 */

/** The site's base path (`--base`), always ending in `/`. Vite fills in `BASE_URL` at build time. */
export function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A site path (`/stages/x/`, `search/` or '' for home) under the base: what goes in an `href`. */
export function href(path = ''): string {
  return basePath() + path.replace(/^\//, '');
}

export const homePath = '/';
export const searchPath = '/search/';
export const progressPath = '/progress/';
export const reviewPath = '/review/';
export const planPath = '/plan/';
/** Where a link that carries progress to another device opens (the progress rides in the fragment). */
export const sendPath = '/send/';

/** The page of a stage, e.g. `/stages/mlops/`. */
export const stagePath = (stageId: string) => `/stages/${stageId}/`;

/** A milestone's place on its stage page, e.g. `/stages/mlops/#dvc-data-versioning`. */
export const milestonePath = (stageId: string, milestoneId: string) => `${stagePath(stageId)}#${milestoneId}`;

/** The key learners' progress is stored under: `<stage-id>/<milestone-id>`. Never change its shape. */
export const milestoneKey = (stageId: string, milestoneId: string) => `${stageId}/${milestoneId}`;

/**
 * The key a self-check question's review card is stored under: `<stage-id>/q-<hash>`, the hash being
 * FNV-1a (32 bits, base 36) of the question text. Derived from the text, not the position, so adding,
 * removing or reordering questions keeps every card; rewording a question starts it afresh as a new
 * card (the old card stays stored, unused). Never change how it is computed.
 */
export function questionKey(stageId: string, question: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < question.length; i++) hash = Math.imul(hash ^ question.charCodeAt(i), 0x01000193);
  return `${stageId}/q-${(hash >>> 0).toString(36)}`;
}

/** The id of a milestone on the progress page, which lists every stage: `<stage-id>--<milestone-id>`. */
export const progressAnchor = (stageId: string, milestoneId: string) => `${stageId}--${milestoneId}`;

/** Where KaTeX's stylesheet is served, versioned so caches never mix two releases. */
export const katexCssPath = (version: string) => `_katex/${version}/katex.min.css`;

/** Where Pagefind writes its bundle in the built site. */
export const pagefindDir = 'pagefind/';

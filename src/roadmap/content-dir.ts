/**
 * The content folder, relative to the project root. `MLR_CONTENT_DIR` points a build at another
 * folder (the benchmark's synthetic content, a fixture); it defaults to `content`.
 */
export const contentDir = (process.env.MLR_CONTENT_DIR ?? 'content').replace(/\/+$/, '');

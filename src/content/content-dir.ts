/**
 * The content folder, relative to the project root: stages in `stages/`, `resources.yaml`.
 * `MLR_CONTENT_DIR` points a build at another folder, as the tests do with their fixtures.
 */
export const contentDir = process.env.MLR_CONTENT_DIR ?? 'content';

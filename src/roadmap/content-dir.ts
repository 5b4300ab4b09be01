/** The content folder, relative to the project root: stages in `stages/`, `resources.yaml`. */
export const contentDir = 'content';

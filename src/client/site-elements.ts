/**
 * The custom elements that pages of every kind use, defined once from the layout's one script: each
 * component loading its own would make a file of its own for each, and on a stage page those files'
 * overhead alone was a twentieth of the script budget. A page without one of these elements pays
 * nothing more, since the code is in the file every page loads anyway (astro.config.mjs).
 */
import './checklist.ts';
import './new-marks.ts';
import './progress-notice.ts';
import './review-count.ts';
import './stage-progress.ts';
import './toc-loader.ts';

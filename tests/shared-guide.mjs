// The source guide and its overlap tool live beside the project, in ../shared (MLR_SHARED_DIR moves it).
// A contributor who cloned only this repository has no such folder: the checks that need it skip with
// a reason there, and fail in CI (CI=true), where a missing guide means a broken checkout.
import { existsSync } from 'node:fs';

export const SHARED_DIR = process.env.MLR_SHARED_DIR ?? '../shared';
export const OVERLAP_TOOL = `${SHARED_DIR}/tools/guide-overlap.mjs`;
export const GUIDE = `${SHARED_DIR}/guide/career-guide.txt`;

/**
 * Why a check that needs `file` from the shared folder cannot run, or undefined when it can.
 * Throws in CI instead: there the check must run.
 * @param {string} file
 * @returns {string | undefined}
 */
export function sharedMissing(file) {
  if (existsSync(file)) return undefined;
  const reason =
    `${file} is missing: the source guide and its tools sit beside the project in ${SHARED_DIR} ` +
    '(set MLR_SHARED_DIR if they are elsewhere)';
  if (process.env.CI) throw new Error(`${reason}. CI must run this check.`);
  return reason;
}

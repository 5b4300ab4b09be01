import { backupKey } from './backups.ts';
import type { Progress } from './model.ts';
import { readReview } from './review.ts';
import { withReview } from './review-edits.ts';

/**
 * Sets aside review data that failed its check, as corrupt progress is: the whole stored value is kept
 * under an `unreadable` backup (the progress page lists and restores it), and only then is the review
 * field replaced by what passed. Returns the cleaned progress to save, or null when there was nothing
 * to clean or the backup could not be written (then nothing may be overwritten).
 */
export function setAsideBadReview(storage: Storage | null, progress: Progress, now: Date): Progress | null {
  const { review, clean } = readReview(progress);
  if (clean || !storage) return null;
  try {
    storage.setItem(backupKey('unreadable', now), JSON.stringify(progress));
  } catch {
    return null;
  }
  return withReview(progress, review);
}

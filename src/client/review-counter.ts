import type { Progress } from '../progress/model.ts';
import { readReview } from '../progress/review.ts';
import { inReview, reviewQueue } from '../progress/review-queue.ts';
import { reviewIndex } from './review-data.ts';

/** How many questions are due now, and whether `stage` (if given) is in review. */
export function dueCount(progress: Progress, stage: string | undefined): { due: number; shown: boolean } {
  const { review } = readReview(progress);
  const due = reviewQueue(reviewIndex, progress, review, new Date()).due.length;
  return { due, shown: due > 0 && (stage === undefined || inReview(progress, review, stage)) };
}

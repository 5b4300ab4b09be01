import { readReview } from '../progress/review.ts';
import { inReview, reviewQueue } from '../progress/review-queue.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { store } from './progress.ts';
import { reviewIndex } from './review-data.ts';

/**
 * `<mlr-review-count>`: "N questions to review", linking to the review page, when N > 0. Counts from
 * the due dates stored with each card, so the scheduler (ts-fsrs) never loads here.
 */
class ReviewCount extends ProgressElement {
  protected render() {
    const progress = store.get();
    const { review } = readReview(progress);
    const due = reviewQueue(reviewIndex, progress, review, new Date()).due.length;
    const stage = this.dataset.stage;
    this.child('link').textContent = `${due} question${due === 1 ? '' : 's'} to review`;
    this.hidden = due === 0 || (stage !== undefined && !inReview(progress, review, stage));
  }
}

define('mlr-review-count', ReviewCount);

import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress } from './progress.ts';

/**
 * `<mlr-review-count>`: "N questions to review", linking to the review page, when N > 0. Counts from
 * the due dates stored with each card, so the scheduler (ts-fsrs) never loads here. Questions come due
 * only once a stage is started or chosen, so with no progress at all the counting code does not load.
 */
class ReviewCount extends ProgressElement {
  private counter: Promise<typeof import('./review-counter.ts')> | undefined;

  protected render() {
    const progress = currentProgress();
    if (Object.keys(progress.milestones).length === 0 && progress.review === undefined) {
      this.hidden = true;
      return;
    }
    this.counter ??= import('./review-counter.ts');
    void this.counter.then(({ dueCount }) => {
      const { due, shown } = dueCount(currentProgress(), this.dataset.stage);
      this.child('link').textContent = `${due} question${due === 1 ? '' : 's'} to review`;
      this.hidden = !shown;
    });
  }
}

define('mlr-review-count', ReviewCount);

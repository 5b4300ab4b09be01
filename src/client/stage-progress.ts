import { summarise } from '../progress/summary.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { roadmapIndex, store } from './progress.ts';

/**
 * `<mlr-stage-progress data-stage="id">`: a progress bar with its text, for one stage.
 * Hidden without JavaScript, since progress lives in the browser.
 */
class StageProgress extends ProgressElement {
  protected render() {
    const tally = summarise(roadmapIndex, store.get()).stages[this.dataset.stage ?? ''];
    if (!tally) return;
    const bar = this.child<HTMLProgressElement>('bar');
    bar.max = tally.total;
    bar.value = tally.done;
    this.child('text').textContent =
      `${tally.done} of ${tally.total} milestones done · ${tally.hoursDone} of ${tally.hoursTotal} hours`;
    this.hidden = false;
  }
}

define('mlr-stage-progress', StageProgress);

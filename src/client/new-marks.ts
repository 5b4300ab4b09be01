import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-new-marks>`: marks the page's milestones (`[data-milestone]`) added since the learner's last
 * visit with a "New" badge, in words so it needs no colour and reaches screen readers, until the
 * learner dismisses the notice on home or /progress/. A browser that never recorded a visit has
 * nothing new, so the marking code loads only once one was recorded.
 */
class NewMarks extends ProgressElement {
  private view: Promise<typeof import('./new-marks-view.ts')> | undefined;

  protected render() {
    const progress = currentProgress();
    if (progress.seen === undefined) return;
    this.view ??= import('./new-marks-view.ts');
    void this.view.then((view) => view.markNew(roadmapIndex, currentProgress()));
  }
}

define('mlr-new-marks', NewMarks);

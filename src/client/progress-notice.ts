import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentNotice } from './progress.ts';

/**
 * `<mlr-progress-notice>`: tells the learner when progress cannot be saved or could not be read.
 * Most visits have nothing to say, so the words load only when needed (progress-notice-view.ts),
 * which keeps them out of every page's script budget.
 */
class ProgressNotice extends ProgressElement {
  protected render() {
    if (currentNotice().kind === 'none') this.hidden = true;
    else void import('./progress-notice-view.ts').then((view) => view.showNotice(this));
  }
}

define('mlr-progress-notice', ProgressNotice);

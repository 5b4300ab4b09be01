import { countsText, hoursText } from '../progress/wording.ts';
import { fillBar } from './bar.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentTally } from './progress.ts';

/**
 * `<mlr-stage-progress data-stage="id">`: a bar (done and skipped apart) with its text, for one
 * stage. Hidden without JavaScript, since progress lives in the browser.
 */
class StageProgress extends ProgressElement {
  protected render() {
    const tally = currentTally().stages[this.dataset.stage ?? ''];
    if (!tally) return;
    fillBar(this, tally);
    this.child('text').textContent = `${countsText(tally)} · ${hoursText(tally)}`;
    this.hidden = false;
  }
}

define('mlr-stage-progress', StageProgress);

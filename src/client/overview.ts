import { href, milestonePath } from '../paths.ts';
import { completed, summarise } from '../progress/summary.ts';
import { countsText, hoursText, percentText } from '../progress/wording.ts';
import { fillBar } from './bar.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-overview>`: overall progress (done and skipped apart), hours done and left, and a link to
 * the milestone to work on: one in progress first, else the next in roadmap order. Hidden without
 * JavaScript.
 */
class Overview extends ProgressElement {
  protected render() {
    const { overall, next } = summarise(roadmapIndex, currentProgress());
    const link = this.child<HTMLAnchorElement>('next');
    fillBar(this, overall);
    this.child('text').textContent = `${countsText(overall)} (${percentText(overall)})`;
    this.child('hours').textContent = `${hoursText(overall)}.`;
    if (next) {
      link.href = href(milestonePath(next.stageId, next.milestoneId));
      link.textContent = `${next.doing || completed(overall) ? 'Continue' : 'Start'}: ${next.title}`;
      link.title = next.stageTitle;
    } else {
      link.removeAttribute('href');
      link.textContent = 'You have finished every milestone. Well done.';
    }
    this.hidden = false;
  }
}

define('mlr-overview', Overview);

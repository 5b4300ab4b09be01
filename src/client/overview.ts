import { href, milestonePath } from '../paths.ts';
import { summarise } from '../progress/summary.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { roadmapIndex, store } from './progress.ts';

/**
 * `<mlr-overview>`: overall progress, hours done and left, and a link to the next milestone in
 * roadmap order. Hidden without JavaScript.
 */
class Overview extends ProgressElement {
  protected render() {
    const { overall, next } = summarise(roadmapIndex, store.get());
    const bar = this.child<HTMLProgressElement>('bar');
    const link = this.child<HTMLAnchorElement>('next');
    bar.max = overall.total;
    bar.value = overall.done;
    const percent = overall.total ? Math.round((100 * overall.done) / overall.total) : 0;
    this.child('text').textContent = `${overall.done} of ${overall.total} milestones done (${percent}%)`;
    this.child('hours').textContent =
      `${overall.hoursDone} hours done, about ${overall.hoursTotal - overall.hoursDone} to go.`;
    if (next) {
      link.href = href(milestonePath(next.stageId, next.milestoneId));
      link.textContent = `${overall.done ? 'Continue' : 'Start'}: ${next.title}`;
      link.title = next.stageTitle;
    } else {
      link.removeAttribute('href');
      link.textContent = 'You have ticked every milestone. Well done.';
    }
    this.hidden = false;
  }
}

define('mlr-overview', Overview);

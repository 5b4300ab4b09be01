import { unseenKeys } from '../progress/seen.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { roadmapIndex, store } from './progress.ts';

/**
 * `<mlr-new-marks>`: marks the page's milestones (`[data-milestone]`) added since the learner's last
 * visit with a "New" badge, in words so it needs no colour and reaches screen readers, until the
 * learner dismisses the notice on home or /progress/. Works with the page's part of the roadmap.
 */
class NewMarks extends ProgressElement {
  protected render() {
    const unseen = unseenKeys(roadmapIndex, store.get());
    for (const item of document.querySelectorAll<HTMLElement>('[data-milestone]')) {
      const isNew = unseen.has(item.dataset.milestone ?? '');
      const badge = item.querySelector('.new-badge');
      item.toggleAttribute('data-new', isNew);
      if (!isNew) badge?.remove();
      else if (!badge) {
        const mark = document.createElement('strong');
        mark.className = 'new-badge';
        mark.textContent = 'New';
        item.querySelector('.meta')?.prepend(mark);
      }
    }
  }
}

define('mlr-new-marks', NewMarks);

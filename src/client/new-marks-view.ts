import type { Progress } from '../progress/model.ts';
import type { RoadmapIndex } from '../progress/roadmap-index.ts';
import { unseenKeys } from '../progress/seen.ts';

/** Marks the page's milestones added since the learner's last visit; loaded only when one was recorded. */
export function markNew(roadmapIndex: RoadmapIndex, progress: Progress): void {
  const unseen = unseenKeys(roadmapIndex, progress);
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

import { summarise } from '../progress/summary.ts';
import { roadmapIndex, store, subscribe } from './progress.ts';

/**
 * `<mlr-overview data-base="/">`: overall progress, hours done and left, and a link to the
 * next milestone in roadmap order. Hidden without JavaScript.
 */
class Overview extends HTMLElement {
  connectedCallback() {
    subscribe(() => this.render());
  }

  private child<T extends HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-part="${name}"]`);
  }

  private render() {
    const { overall, next } = summarise(roadmapIndex, store.get());
    const bar = this.querySelector('progress');
    const text = this.child('text');
    const hours = this.child('hours');
    const link = this.child<HTMLAnchorElement>('next');
    if (!bar || !text || !hours || !link) return;
    bar.max = overall.total;
    bar.value = overall.done;
    const percent = overall.total ? Math.round((100 * overall.done) / overall.total) : 0;
    text.textContent = `${overall.done} of ${overall.total} milestones done (${percent}%)`;
    hours.textContent = `${overall.hoursDone} hours done, about ${overall.hoursTotal - overall.hoursDone} to go.`;
    if (next) {
      link.href = `${this.dataset.base ?? '/'}stages/${next.stageId}/#${next.milestoneId}`;
      link.textContent = `${overall.done ? 'Continue' : 'Start'}: ${next.title}`;
      link.title = next.stageTitle;
    } else {
      link.removeAttribute('href');
      link.textContent = 'You have ticked every milestone. Well done.';
    }
    this.hidden = false;
  }
}

if (!customElements.get('mlr-overview')) customElements.define('mlr-overview', Overview);

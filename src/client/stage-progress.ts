import { summarise } from '../progress/summary.ts';
import { roadmapIndex, store, subscribe } from './progress.ts';

/**
 * `<mlr-stage-progress data-stage="id">`: a progress bar with its text, for one stage.
 * Hidden without JavaScript, since progress lives in the browser.
 */
class StageProgress extends HTMLElement {
  connectedCallback() {
    subscribe(() => this.render());
  }

  private render() {
    const tally = summarise(roadmapIndex, store.get()).stages[this.dataset.stage ?? ''];
    const bar = this.querySelector('progress');
    const text = this.querySelector<HTMLElement>('[data-progress-text]');
    if (!tally || !bar || !text) return;
    bar.max = tally.total;
    bar.value = tally.done;
    text.textContent = `${tally.done} of ${tally.total} milestones done · ${tally.hoursDone} of ${tally.hoursTotal} hours`;
    this.hidden = false;
  }
}

if (!customElements.get('mlr-stage-progress')) customElements.define('mlr-stage-progress', StageProgress);

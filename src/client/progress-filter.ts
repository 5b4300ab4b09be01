import { noteOf, stateOf } from '../progress/model.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress } from './progress.ts';

/** What each choice of the filter keeps, by the milestone's state and note. */
const FILTERS: Record<string, (state: string | undefined, note: string) => boolean> = {
  all: () => true,
  'not-started': (state) => !state,
  doing: (state) => state === 'doing',
  done: (state) => state === 'done',
  skipped: (state) => state === 'skipped',
  noted: (_, note) => note !== '',
};

/**
 * `<mlr-progress-filter>` on the progress page: shows only the milestones in one state (or with a
 * note), hides stages left empty, and says how many are shown. The choices need the script, so
 * they stay hidden without it and every milestone shows.
 */
class ProgressFilter extends ProgressElement {
  protected override connected() {
    this.child('choices').hidden = false;
    this.addEventListener('change', this.onChange);
  }

  protected override disconnected() {
    this.removeEventListener('change', this.onChange);
  }

  private onChange = () => this.render();

  protected render() {
    const choice = this.querySelector<HTMLInputElement>('input[name="show"]:checked')?.value ?? 'all';
    const keep = FILTERS[choice] ?? FILTERS.all!;
    const progress = currentProgress();
    let shown = 0;
    let total = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-stage-section]')) {
      let inSection = 0;
      for (const item of section.querySelectorAll<HTMLElement>('[data-milestone]')) {
        const key = item.dataset.milestone ?? '';
        const visible = keep(stateOf(progress, key), noteOf(progress, key));
        item.toggleAttribute('data-filtered-out', !visible);
        if (visible) inSection += 1;
        total += 1;
      }
      section.toggleAttribute('data-filtered-out', inSection === 0);
      shown += inSection;
    }
    this.child('count').textContent =
      choice === 'all' ? `${total} milestones` : `Showing ${shown} of ${total} milestones`;
  }
}

define('mlr-progress-filter', ProgressFilter);

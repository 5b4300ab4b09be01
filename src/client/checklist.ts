import { isDone } from '../progress/model.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { setMilestone, store } from './progress.ts';

/**
 * `<mlr-checklist>`: enhances server-rendered milestone checkboxes
 * (`[data-milestone] input[type=checkbox]`) with saved progress, live across tabs.
 */
class Checklist extends ProgressElement {
  protected override connected() {
    for (const box of this.boxes()) box.disabled = false;
    this.addEventListener('change', this.onChange);
  }

  protected override disconnected() {
    this.removeEventListener('change', this.onChange);
  }

  private boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('[data-milestone] input[type="checkbox"]')];
  }

  private keyOf(box: HTMLInputElement): string | undefined {
    return box.closest<HTMLElement>('[data-milestone]')?.dataset.milestone;
  }

  protected render() {
    const progress = store.get();
    for (const box of this.boxes()) {
      const key = this.keyOf(box);
      if (key) box.checked = isDone(progress, key);
    }
  }

  private onChange = (event: Event) => {
    const box = event.target;
    const key = box instanceof HTMLInputElement ? this.keyOf(box) : undefined;
    if (key) setMilestone(key, (box as HTMLInputElement).checked);
  };
}

define('mlr-checklist', Checklist);

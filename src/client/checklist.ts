import { isDone } from '../progress/model.ts';
import { setMilestone, store, subscribe } from './progress.ts';

/**
 * `<mlr-checklist>`: enhances server-rendered milestone checkboxes
 * (`[data-milestone] input[type=checkbox]`) with saved progress, live across tabs.
 */
class Checklist extends HTMLElement {
  private unsubscribe?: () => void;

  connectedCallback() {
    this.unsubscribe = subscribe(() => this.render());
    for (const box of this.boxes()) box.disabled = false;
    this.addEventListener('change', this.onChange);
  }

  disconnectedCallback() {
    this.unsubscribe?.();
    this.removeEventListener('change', this.onChange);
  }

  private boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('[data-milestone] input[type="checkbox"]')];
  }

  private keyOf(box: HTMLInputElement): string | undefined {
    return box.closest<HTMLElement>('[data-milestone]')?.dataset.milestone;
  }

  private render() {
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

if (!customElements.get('mlr-checklist')) customElements.define('mlr-checklist', Checklist);

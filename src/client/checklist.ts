import { isDone } from '../progress/model.ts';
import { createStore, type LoadNotice } from '../progress/store.ts';
import { localStorageOrNull } from './storage.ts';

const NOTICES: Record<Exclude<LoadNotice['kind'], 'none'>, string> = {
  unavailable: 'Your browser is not letting this site store data, so ticks will be lost when you leave the page.',
  recovered: 'Saved progress could not be read. It was kept aside as a backup and this page starts fresh.',
};

/**
 * `<mlr-checklist>`: enhances a server-rendered list of milestone checkboxes
 * (`[data-milestone] input[type=checkbox]`) with saved progress.
 */
export class Checklist extends HTMLElement {
  private store = createStore(localStorageOrNull());

  connectedCallback() {
    this.notify(this.store.reload());
    this.render();
    for (const box of this.boxes()) box.disabled = false;
    this.addEventListener('change', this.onChange);
  }

  disconnectedCallback() {
    this.removeEventListener('change', this.onChange);
  }

  private boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('[data-milestone] input[type="checkbox"]')];
  }

  private keyOf(box: HTMLInputElement): string | undefined {
    return box.closest<HTMLElement>('[data-milestone]')?.dataset.milestone;
  }

  private render() {
    const progress = this.store.get();
    for (const box of this.boxes()) {
      const key = this.keyOf(box);
      if (key) box.checked = isDone(progress, key);
    }
  }

  private onChange = (event: Event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const key = this.keyOf(box);
    if (!key) return;
    if (!this.store.set(key, box.checked)) this.notify({ kind: 'unavailable' });
  };

  private notify(notice: LoadNotice) {
    const region = this.querySelector<HTMLElement>('[data-checklist-status]');
    if (!region || notice.kind === 'none') return;
    region.textContent = NOTICES[notice.kind];
    region.hidden = false;
  }
}

if (!customElements.get('mlr-checklist')) customElements.define('mlr-checklist', Checklist);

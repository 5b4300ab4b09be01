import { withState } from '../progress/changes.ts';
import { noteOf, stateOf, type MilestoneState } from '../progress/model.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress } from './progress.ts';

/**
 * `<mlr-checklist>`: enhances server-rendered milestones (`[data-milestone]`) with saved progress,
 * live across tabs: the checkbox is done; the "In progress" and "Skip" toggle buttons set the other
 * states; "Note" opens a private note, whose editor loads only when first used (client/note-editor.ts)
 * so that stage pages stay within their script budget.
 */
class Checklist extends ProgressElement {
  protected override connected() {
    for (const box of this.querySelectorAll('input')) box.disabled = false;
    for (const group of this.querySelectorAll<HTMLElement>('.states')) group.hidden = false;
    this.addEventListener('change', this.onChange);
    this.addEventListener('click', this.onClick);
  }

  protected override disconnected() {
    this.removeEventListener('change', this.onChange);
    this.removeEventListener('click', this.onClick);
  }

  protected render() {
    const progress = currentProgress();
    for (const item of this.querySelectorAll<HTMLElement>('[data-milestone]')) {
      const key = item.dataset.milestone ?? '';
      const state = stateOf(progress, key);
      const note = noteOf(progress, key);
      item.querySelector('input')!.checked = state === 'done';
      for (const button of item.querySelectorAll<HTMLElement>('[data-state]'))
        button.ariaPressed = String(button.dataset.state === state);
      setData(item, 'state', state);
      setData(item, 'note', note && 'yes');
      const text = item.querySelector<HTMLElement>('.note-text')!;
      text.textContent = note;
      const editor = item.querySelector('textarea');
      // Another tab changed the note: show it, unless the learner is typing here.
      if (editor && editor !== document.activeElement) editor.value = note;
      text.hidden = !note || !!editor;
    }
  }

  private onChange = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const key = keyOf(box);
    if (key && box.type === 'checkbox') this.set(key, box.checked ? 'done' : null);
  };

  private onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    const key = button && keyOf(button);
    if (!button || !key) return;
    const state = button.dataset.state as MilestoneState | undefined;
    // A pressed toggle goes back to not started.
    if (state) this.set(key, stateOf(currentProgress(), key) === state ? null : state);
    else if (button.dataset.action === 'note')
      void import('./note-editor.ts').then((m) => m.toggleNote(button, key));
  };

  private set(key: string, state: MilestoneState | null) {
    this.edit((progress, now) => withState(progress, key, state, now));
  }
}

const keyOf = (el: Element) => el.closest<HTMLElement>('[data-milestone]')?.dataset.milestone;

function setData(el: HTMLElement, name: string, value: string | undefined) {
  if (value) el.dataset[name] = value;
  else delete el.dataset[name];
}

define('mlr-checklist', Checklist);

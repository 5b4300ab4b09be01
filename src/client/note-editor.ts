import { noteOf } from '../progress/model.ts';
import { MAX_NOTE_LENGTH, withNote } from '../progress/notes.ts';
import { currentProgress, editProgress } from './progress.ts';

/**
 * The note editor of a milestone, loaded on first use (see client/checklist.ts). A note saves as the
 * learner types, after a pause, and when the editor closes, loses focus or the page is left. It is
 * plain text: set as a textarea's value and shown with textContent, never parsed as HTML.
 */
const SAVE_AFTER_MS = 400;

/** Open editors, each with what closes it (saving first). */
const closers = new Map<HTMLElement, () => void>();

/** Opens or closes the note under a milestone's Note button (its `aria-controls`). */
export function toggleNote(button: HTMLButtonElement, key: string): void {
  const box = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (box) (closers.get(box) ?? (() => open(button, box, key)))();
}

const element = <T extends HTMLElement>(tag: string, props: Partial<T>): T =>
  Object.assign(document.createElement(tag) as T, props);

function open(button: HTMLButtonElement, box: HTMLElement, key: string) {
  const id = `${box.id}-text`;
  const title = document.getElementById(button.parentElement?.getAttribute('aria-labelledby') ?? '');
  const label = element<HTMLLabelElement>('label', { htmlFor: id, textContent: 'Your note ' });
  // The visible label is short; a screen reader also hears which milestone the note is about.
  label.append(
    element<HTMLSpanElement>('span', {
      className: 'visually-hidden',
      textContent: `on ${title?.textContent?.trim()}`,
    }),
  );
  const area = element<HTMLTextAreaElement>('textarea', {
    id,
    maxLength: MAX_NOTE_LENGTH,
    rows: 4,
    value: noteOf(currentProgress(), key),
  });
  const hint = element<HTMLParagraphElement>('p', {
    id: `${id}-hint`,
    className: 'hint',
    textContent: `Private: kept in this browser only and saved as you type (at most ${MAX_NOTE_LENGTH} characters). Escape closes it.`,
  });
  area.setAttribute('aria-describedby', hint.id);
  const editor = element<HTMLDivElement>('div', { className: 'editor' });
  editor.append(label, area, hint);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    editProgress((progress, now) => withNote(progress, key, area.value, now));
  };
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
  const close = () => {
    save();
    removeEventListener('pagehide', save);
    closers.delete(box);
    area.removeEventListener('blur', save);
    editor.remove();
    button.ariaExpanded = 'false';
    // The saved note, shown at once: the checklist's own re-render comes a slice later.
    const text = box.querySelector<HTMLElement>('.note-text')!;
    text.textContent = noteOf(currentProgress(), key);
    text.hidden = !text.textContent;
    button.focus();
  };
  area.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  });
  area.addEventListener('blur', save);
  area.addEventListener('keydown', onKey);
  addEventListener('pagehide', save);
  closers.set(box, close);

  box.append(editor);
  box.querySelector<HTMLElement>('.note-text')!.hidden = true;
  button.ariaExpanded = 'true';
  area.focus();
}

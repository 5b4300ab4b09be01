import type { Search } from './search-ui.ts';

/**
 * Opens the search dialog from the header's Search link, `/` and Ctrl/Cmd+K. The search code
 * and Pagefind load only then; without JavaScript the link simply goes to the search page.
 */
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const link = document.querySelector<HTMLAnchorElement>('a[data-search-link]');
let returnTo: HTMLElement | null = null;

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);
/** Whether `/` would type a character where the learner is. */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)));

/**
 * The dialog and its native input are already in the page, so they open and take focus at once,
 * in the same task as the shortcut: every key typed next lands in the field while the search code
 * loads (which, on a slow phone, takes longer than a few keystrokes). The search element picks
 * up whatever was typed when it upgrades.
 */
async function open() {
  if (!dialog || dialog.open) return;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]');
  input?.focus();
  input?.select();
  await import('./search-ui.ts');
  dialog.querySelector<Search>('mlr-search')?.warm();
}

if (dialog && link) {
  link.setAttribute('aria-haspopup', 'dialog');
  link.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !typingIn(event.target));
    if (!shortcut || event.altKey) return;
    event.preventDefault();
    void open();
  });
  dialog.addEventListener('close', () => {
    returnTo?.focus();
    returnTo = null;
  });
  dialog.addEventListener('click', (event) => {
    // A result on this very page (an anchor) must close the dialog; so does a click on the backdrop.
    if (event.target === dialog || (event.target as HTMLElement).closest('a')) dialog.close();
  });
}

import { define } from './define.ts';

const AGREED = 'This browser agreed to keep your progress: it will not clear it to free space.';
const REFUSED =
  'This browser did not agree to keep your progress for sure (it decides by itself, often by how much ' +
  'you use the site; installing the site can help). Keep a copy with Export or a link.';

/**
 * `<mlr-keep-data>`: asks the browser to keep this site's storage (`navigator.storage.persist()`)
 * and says what it answered. Without the Storage API the button stays disabled and the page says so.
 */
class KeepData extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button')!;
    const say = (text: string) => (this.querySelector('[data-part="answer"]')!.textContent = text);
    if (!navigator.storage?.persist) {
      say('This browser cannot be asked to keep data.');
      return;
    }
    void navigator.storage.persisted().then((kept) => kept && say(AGREED));
    button.disabled = false;
    button.addEventListener('click', async () => say((await navigator.storage.persist()) ? AGREED : REFUSED));
  }
}

define('mlr-keep-data', KeepData);

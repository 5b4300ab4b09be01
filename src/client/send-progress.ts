import { href, sendPath } from '../paths.ts';
import { markBackedUp } from '../progress/backup-reminder.ts';
import { progressFragment } from '../progress/link.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress } from './progress.ts';
import { qrSvg } from './qr-svg.ts';
import { localStorageOrNull } from './storage.ts';

/**
 * `<mlr-send-progress>`: makes a link that carries this browser's progress in its fragment, shows it
 * to copy and as a QR code. The link is made on request, not on every change, so what it carries is
 * what the learner saw when they asked.
 */
class SendProgress extends ProgressElement {
  protected override connected() {
    this.addEventListener('click', this.onClick);
    for (const control of this.querySelectorAll<HTMLButtonElement>('[disabled]')) control.disabled = false;
  }

  protected override disconnected() {
    this.removeEventListener('click', this.onClick);
  }

  private onClick = async (event: MouseEvent) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'make-link') await this.makeLink();
    if (action === 'copy') await this.copy();
  };

  private async makeLink() {
    const fragment = await progressFragment(currentProgress(), new Date());
    const link = `${new URL(href(sendPath), location.href).href}#${fragment}`;
    this.child<HTMLTextAreaElement>('link').value = link;
    const qr = qrSvg(link, 'QR code of the link to your progress');
    this.child('qr').replaceChildren(...(qr ? [qr] : []));
    this.child('too-large').hidden = qr !== null;
    this.child('result').hidden = false;
    this.child('status').textContent = 'Link ready.';
    markBackedUp(localStorageOrNull(), new Date());
  }

  private async copy() {
    const field = this.child<HTMLTextAreaElement>('link');
    try {
      await navigator.clipboard.writeText(field.value);
      this.child('status').textContent = 'Link copied.';
    } catch {
      field.select();
      this.child('status').textContent =
        'Copying was not allowed here: the link is selected, copy it yourself.';
    }
  }

  protected render() {}
}

define('mlr-send-progress', SendProgress);

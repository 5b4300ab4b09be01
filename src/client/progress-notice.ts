import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentNotice } from './progress.ts';

/**
 * `<mlr-progress-notice>`: tells the learner when progress cannot be saved, or when saved
 * progress could not be read (with a download of the unreadable value, which is kept).
 */
class ProgressNotice extends ProgressElement {
  private url: string | undefined;

  protected override disconnected() {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  protected render() {
    const notice = currentNotice();
    this.hidden = notice.kind === 'none';
    if (notice.kind === 'unavailable') {
      this.textContent =
        'This browser is not letting the site save anything, so your ticks last only until you leave the page.';
    } else if (notice.kind === 'recovered') {
      this.textContent = `Saved progress could not be read (${notice.reason.replace('-', ' ')}). It was ${
        notice.backupKey ? 'kept aside as a backup' : 'left untouched'
      } and this page starts fresh. `;
      if (this.url) URL.revokeObjectURL(this.url);
      this.url = URL.createObjectURL(new Blob([notice.raw], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = this.url;
      link.download = 'ml-roadmap-unreadable-progress.json';
      link.textContent = 'Download the unreadable data';
      this.append(link);
    }
  }
}

define('mlr-progress-notice', ProgressNotice);

import { currentNotice } from './progress.ts';

/** Object URLs of downloads offered so far, revoked when replaced. */
let url: string | undefined;

/**
 * What `<mlr-progress-notice>` says when there is something to say (client/progress-notice.ts
 * loads this only then, since most visits have nothing to report): progress cannot be saved, or
 * saved progress could not be read (with a download of the unreadable value, which is kept).
 */
export function showNotice(element: HTMLElement): void {
  const notice = currentNotice();
  element.hidden = notice.kind === 'none';
  if (notice.kind === 'unavailable') {
    element.textContent =
      'This browser is not letting the site save anything, so your ticks last only until you leave the page.';
  } else if (notice.kind === 'recovered') {
    element.textContent = `Saved progress could not be read (${notice.reason.replace('-', ' ')}). It was ${
      notice.backupKey ? 'kept aside as a backup' : 'left untouched'
    } and this page starts fresh. `;
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([notice.raw], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'ml-roadmap-unreadable-progress.json';
    link.textContent = 'Download the unreadable data';
    element.append(link);
  }
}

import { dismissReminder, shouldSuggestBackup } from '../progress/backup-reminder.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress } from './progress.ts';
import { localStorageOrNull } from './storage.ts';

/** `<mlr-backup-reminder>`: suggests a backup after about 20 changes; one click dismisses it. */
class BackupReminder extends ProgressElement {
  protected override connected() {
    this.addEventListener('click', this.onClick);
  }

  protected override disconnected() {
    this.removeEventListener('click', this.onClick);
  }

  private onClick = (event: MouseEvent) => {
    if (!(event.target as HTMLElement).closest('[data-action="dismiss"]')) return;
    dismissReminder(localStorageOrNull(), new Date());
    this.hidden = true;
  };

  protected render() {
    this.hidden = !shouldSuggestBackup(currentProgress(), localStorageOrNull());
  }
}

define('mlr-backup-reminder', BackupReminder);

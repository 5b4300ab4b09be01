import { milestoneKey } from '../paths.ts';
import { mergeProgress } from '../progress/merge.ts';
import { emptyProgress, type Progress } from '../progress/model.ts';
import { parseProgress } from '../progress/parse.ts';
import { listBackups } from '../progress/backup-list.ts';
import type { Backup } from '../progress/backups.ts';
import { summarise } from '../progress/summary.ts';
import { markBackedUp } from '../progress/backup-reminder.ts';
import { importPreviewText } from '../progress/import-wording.ts';
import { exportFileName, exportProgress, previewImport } from '../progress/transfer.ts';
import { download } from './download.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, replaceProgress, roadmapIndex } from './progress.ts';
import { localStorageOrNull } from './storage.ts';

const REASONS: Record<Backup['reason'], string> = {
  unreadable: 'Unreadable data set aside',
  reset: 'Before a reset',
  import: 'Before an import',
  restore: 'Before a restore',
  migrated: 'Saved by the earlier version of this site, before the move to format 2',
};
const knownKeys = new Set(
  roadmapIndex.stages.flatMap((s) => s.milestones.map((m) => milestoneKey(s.id, m.id))),
);

const backups = () => {
  const storage = localStorageOrNull();
  return storage ? listBackups(storage) : [];
};

/** `<mlr-progress-tools>`: export, import (preview, merge or replace), reset, backups, orphans. */
class ProgressTools extends ProgressElement {
  private pending: Progress | null = null;

  protected override connected() {
    this.addEventListener('click', this.onClick);
    this.child<HTMLInputElement>('file').addEventListener('change', this.onFile);
    this.child<HTMLDialogElement>('confirm').addEventListener('close', this.onConfirm);
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[disabled]'))
      control.disabled = false;
  }

  protected override disconnected() {
    this.removeEventListener('click', this.onClick);
    this.child<HTMLInputElement>('file').removeEventListener('change', this.onFile);
    this.child<HTMLDialogElement>('confirm').removeEventListener('close', this.onConfirm);
  }

  private say(message: string) {
    this.child('message').textContent = message;
  }

  private onClick = (event: MouseEvent) => {
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = control?.dataset.action;
    if (action === 'export') {
      download(exportFileName(new Date()), exportProgress(currentProgress(), new Date()));
      markBackedUp(localStorageOrNull(), new Date());
      this.say('Progress exported to your downloads.');
    } else if (action === 'merge' || action === 'replace') {
      this.applyImport(action);
    } else if (action === 'cancel-import') {
      this.endImport('Import cancelled. Nothing changed.');
    } else if (action === 'reset') {
      this.child<HTMLDialogElement>('confirm').showModal();
    } else if ((action === 'restore' || action === 'download') && control?.dataset.backup) {
      this.onBackup(action, control.dataset.backup);
    }
  };

  private onFile = async () => {
    const input = this.child<HTMLInputElement>('file');
    const file = input.files?.[0];
    if (!file) return;
    // The file checks (zod) load on first use: evaluating them cost /progress/ a long task at load.
    const checks = await import('../progress/import-file.ts').catch(() => null);
    if (!checks) {
      this.endImport(
        'The import could not start: reload the page, then choose the file again. Nothing changed.',
      );
      return;
    }
    const result = await checks.readImportFile(file);
    if (!result.ok) {
      this.endImport(`${result.message} Nothing changed.`);
      return;
    }
    this.pending = result.progress;
    const p = previewImport(currentProgress(), result.progress, knownKeys, roadmapIndex.aliases);
    this.child('preview-text').textContent = importPreviewText(file.name, p);
    this.child('preview').hidden = false;
    this.say('');
    this.child('preview').querySelector('button')?.focus();
  };

  private applyImport(mode: 'merge' | 'replace') {
    if (!this.pending) return;
    const next = mode === 'merge' ? mergeProgress(currentProgress(), this.pending) : this.pending;
    const saved = replaceProgress(next, 'import');
    this.endImport(
      saved
        ? `Imported (${mode}). Your previous progress is kept under Backups.`
        : 'The import could not be saved in this browser. Nothing changed.',
    );
  }

  private endImport(message: string) {
    this.pending = null;
    this.child<HTMLInputElement>('file').value = '';
    this.child('preview').hidden = true;
    this.say(message);
  }

  private onConfirm = () => {
    const dialog = this.child<HTMLDialogElement>('confirm');
    if (dialog.returnValue !== 'reset') return;
    const saved = replaceProgress(emptyProgress(), 'reset');
    this.say(
      saved
        ? 'Progress reset. What you had is kept under Backups, where you can restore it.'
        : 'Reset could not be saved. Nothing changed.',
    );
  };

  private onBackup(verb: 'restore' | 'download', key: string) {
    const backup = backups().find((b) => b.key === key);
    if (!backup) return;
    if (verb === 'download') {
      download(`ml-roadmap-backup-${backup.at.slice(0, 10)}.json`, backup.raw);
      return;
    }
    const parsed = parseProgress(backup.raw);
    if (!parsed.ok) return this.say('That backup cannot be read as progress; download it instead.');
    this.say(
      replaceProgress(parsed.progress, 'restore')
        ? 'Backup restored. What you had before is kept as another backup.'
        : 'The restore could not be saved. Nothing changed.',
    );
  }

  protected render() {
    const { orphans } = summarise(roadmapIndex, currentProgress());
    const orphanList = this.child('orphans');
    orphanList.hidden = orphans.length === 0;
    orphanList.querySelector('ul')?.replaceChildren(...orphans.map((key) => this.item(key)));

    const list = backups();
    const backupList = this.child('backups');
    backupList.hidden = list.length === 0;
    backupList.querySelector('ul')?.replaceChildren(
      ...list.map((b) => {
        const li = this.item(`${REASONS[b.reason]}, ${new Date(b.at).toLocaleString()}`);
        if (parseProgress(b.raw).ok) li.append(' ', this.button('Restore', 'restore', b.key));
        li.append(' ', this.button('Download', 'download', b.key));
        return li;
      }),
    );
  }

  private item(text: string): HTMLLIElement {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }

  private button(label: string, action: 'restore' | 'download', backupKey: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = label;
    button.dataset.action = action;
    button.dataset.backup = backupKey;
    return button;
  }
}

define('mlr-progress-tools', ProgressTools);

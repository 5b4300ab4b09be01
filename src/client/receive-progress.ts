import { milestoneKey } from '../paths.ts';
import { importPreviewText } from '../progress/import-wording.ts';
import { carriesProgress, readProgressFragment } from '../progress/link.ts';
import { mergeProgress } from '../progress/merge.ts';
import type { Progress } from '../progress/model.ts';
import { previewImport } from '../progress/transfer.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, replaceProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-receive-progress>`: when the page is opened with progress in its fragment, reads it with the
 * checks of an import file and offers Merge or Replace with the import's preview. The fragment is
 * taken out of the address bar as soon as it is read, so it stays in no bookmark or shared screen.
 */
class ReceiveProgress extends ProgressElement {
  private pending: Progress | null = null;

  protected override connected() {
    this.addEventListener('click', this.onClick);
    if (carriesProgress(location.hash)) void this.read(location.hash);
  }

  protected override disconnected() {
    this.removeEventListener('click', this.onClick);
  }

  /** Nothing to show per change: the preview compares with the progress at the time of reading. */
  protected render() {}

  private async read(hash: string) {
    history.replaceState(history.state, '', location.pathname + location.search);
    this.hidden = false;
    const result = await readProgressFragment(hash);
    if (!result.ok) return this.end(`${result.message} Nothing changed.`);
    this.pending = result.progress;
    const known = new Set(
      roadmapIndex.stages.flatMap((s) => s.milestones.map((m) => milestoneKey(s.id, m.id))),
    );
    const preview = previewImport(currentProgress(), result.progress, known, roadmapIndex.aliases);
    this.child('preview-text').textContent = importPreviewText('This link', preview);
    this.child('preview').hidden = false;
    this.child('preview').querySelector('button')?.focus();
  }

  private onClick = (event: MouseEvent) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'cancel-import') return this.end('Nothing was imported.');
    if ((action !== 'merge' && action !== 'replace') || !this.pending) return;
    const next = action === 'merge' ? mergeProgress(currentProgress(), this.pending) : this.pending;
    this.end(
      replaceProgress(next, 'import')
        ? `Imported from the link (${action}). Your previous progress is kept under Backups on the progress page.`
        : 'The progress could not be saved in this browser. Nothing changed.',
    );
  };

  private end(message: string) {
    this.pending = null;
    this.child('preview').hidden = true;
    this.child('message').textContent = message;
  }
}

define('mlr-receive-progress', ReceiveProgress);

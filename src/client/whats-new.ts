import { href, milestonePath } from '../paths.ts';
import { seenKeys } from '../progress/seen.ts';
import { withSeen } from '../progress/seen-record.ts';
import { whatsNew } from '../progress/whats-new.ts';
import { whatsNewText } from '../progress/whats-new-text.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, editProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-whats-new>` (home, /progress/; the page embeds the whole roadmap): a status message naming the
 * milestones added since the learner's last visit and those that disappeared, until dismissed. On a
 * first visit it silently records what exists, so there is something to compare with next time.
 */
class WhatsNew extends ProgressElement {
  private dismissed = false;
  private shown = '';

  protected override connected() {
    this.child('dismiss').addEventListener('click', this.onDismiss);
  }

  protected override disconnected() {
    this.child('dismiss').removeEventListener('click', this.onDismiss);
  }

  protected render() {
    const progress = currentProgress();
    // A first visit (or an unreadable record): remember today's roadmap, say nothing.
    if (!seenKeys(progress) && roadmapIndex.stages.length > 0) {
      editProgress((p) => (seenKeys(p) ? p : withSeen(p, roadmapIndex)));
      return;
    }
    const news = whatsNew(roadmapIndex, progress);
    this.hidden = !news && !this.dismissed;
    this.child('dismiss').hidden = !news;
    this.child('details').hidden = !news?.added.length;
    const text = news ? whatsNewText(news).join(' ') : 'Noted: new milestones are no longer marked.';
    // Rebuilt only when it changes, so a tick in another tab does not close the open list.
    if (text === this.shown) return;
    this.shown = text;
    this.child('text').textContent = text;
    this.child('summary').textContent = `Show the new milestones`;
    this.child('list').replaceChildren(
      ...(news?.added ?? []).map((m) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = href(milestonePath(m.stageId, m.milestoneId));
        link.textContent = m.title;
        item.append(link, ` (${m.stageTitle})`);
        return item;
      }),
    );
  }

  private onDismiss = () => {
    this.dismissed = true;
    this.edit((p) => withSeen(p, roadmapIndex));
    // The button is gone: keep keyboard focus in the message that replaced it.
    this.child('text').focus();
  };
}

define('mlr-whats-new', WhatsNew);

import { href, milestonePath } from '../paths.ts';
import { listNotes } from '../progress/note-list.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-note-list>` on the progress page: every note, in roadmap order, each with a link to its
 * milestone. Notes are set as text (never HTML). Hidden without JavaScript.
 */
class NoteList extends ProgressElement {
  protected render() {
    const notes = listNotes(roadmapIndex, currentProgress());
    this.child('empty').hidden = notes.length > 0;
    this.child('count').textContent = notes.length === 1 ? '(1 note)' : `(${notes.length} notes)`;
    this.child('list').replaceChildren(
      ...notes.map((item) => {
        const li = document.createElement('li');
        const heading = document.createElement(item.title ? 'a' : 'span');
        if (item.title && heading instanceof HTMLAnchorElement)
          heading.href = href(milestonePath(item.stageId, item.milestoneId));
        heading.textContent = item.title ?? item.key;
        const where = document.createElement('span');
        where.className = 'muted';
        where.textContent = item.stageTitle ? ` · ${item.stageTitle}` : ' · no longer in the roadmap';
        const text = document.createElement('p');
        text.className = 'note-text';
        text.textContent = item.note;
        li.append(heading, where, text);
        return li;
      }),
    );
    this.hidden = false;
  }
}

define('mlr-note-list', NoteList);

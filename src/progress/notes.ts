import { change } from './changes.ts';
import { MAX_NOTE_LENGTH, entryOf, type Progress } from './model.ts';

/**
 * Notes: what a note may hold, and setting one. Only the note editor (loaded on first use) and the
 * import on the progress page need this module, so stage pages do not load it up front.
 */

export { MAX_NOTE_LENGTH };

/**
 * C0 and C1 control characters other than tab and line feed, and halves of broken surrogate pairs:
 * nothing a learner types, and things that confuse whatever later shows or exports the text.
 */
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A note as it is stored: plain text (never HTML: the page sets it as text), line breaks as `\n`,
 * no control characters, cut to MAX_NOTE_LENGTH without splitting a character. Surrounding spaces
 * are kept, since the learner may still be typing; a note of only spaces is no note (`''`).
 */
export function cleanNote(text: string): string {
  // Cut first, so a 1 MB paste costs one slice, not a regex over a megabyte.
  let note = text
    .slice(0, MAX_NOTE_LENGTH * 2)
    .replace(/\r\n?/g, '\n')
    .replace(UNWANTED, '');
  if (note.length > MAX_NOTE_LENGTH) {
    const end = /[\uD800-\uDBFF]/.test(note[MAX_NOTE_LENGTH - 1] ?? '')
      ? MAX_NOTE_LENGTH - 1
      : MAX_NOTE_LENGTH;
    note = note.slice(0, end);
  }
  return note.trim() ? note : '';
}

/** Sets a milestone's note, cleaned, keeping its state; an empty note removes it. */
export function withNote(progress: Progress, key: string, note: string, now: Date): Progress {
  const entry = entryOf(progress, key);
  const cleaned = cleanNote(note) || undefined;
  if (entry ? entry.note === cleaned : !cleaned) return progress;
  return change(progress, key, entry?.state, cleaned, now);
}

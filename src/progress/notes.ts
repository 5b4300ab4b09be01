import { milestoneKey } from '../paths.ts';
import { MILESTONE_KEY, isMeaningful, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';

/** Longest note kept, in UTF-16 code units: what a textarea's `maxlength` counts. */
export const MAX_NOTE_LENGTH = 2000;

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

export interface NoteItem {
  key: string;
  stageId: string;
  milestoneId: string;
  /** Milestone and stage titles; undefined for a milestone no longer in the roadmap. */
  title?: string;
  stageTitle?: string;
  note: string;
  at: string;
}

/** Every note: the roadmap's in roadmap order, then notes on milestones no longer in it, by key. */
export function listNotes(index: RoadmapIndex, progress: Progress): NoteItem[] {
  const items: NoteItem[] = [];
  const listed = new Set<string>();
  const add = (key: string, titles: { title?: string; stageTitle?: string }) => {
    const entry = Object.hasOwn(progress.milestones, key) ? progress.milestones[key] : undefined;
    if (!entry?.note || !MILESTONE_KEY.test(key)) return;
    const [stageId = '', milestoneId = ''] = key.split('/');
    items.push({ key, stageId, milestoneId, ...titles, note: entry.note, at: entry.at });
    listed.add(key);
  };
  for (const stage of index.stages)
    for (const m of stage.milestones)
      add(milestoneKey(stage.id, m.id), { title: m.title, stageTitle: stage.title });
  for (const key of Object.keys(progress.milestones).sort())
    if (!listed.has(key) && isMeaningful(progress.milestones[key])) add(key, {});
  return items;
}

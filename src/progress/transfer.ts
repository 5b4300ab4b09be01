import { applyAliases } from './aliases.ts';
import { PROGRESS_VERSION, extensionsOf, isMeaningful, type Progress } from './model.ts';
import { mergeProgress } from './merge.ts';

/** Largest import file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** `ml-roadmap-progress-YYYY-MM-DD.json`, in the learner's local date. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ml-roadmap-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * The exported file: the stored shape (notes, cleared entries and extension fields included, so an
 * import elsewhere loses nothing) plus when it was exported, pretty-printed, milestones by key.
 */
export function exportProgress(progress: Progress, now: Date): string {
  const milestones = Object.fromEntries(
    Object.entries(progress.milestones).sort(([a], [b]) => a.localeCompare(b)),
  );
  const file = {
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    milestones,
    ...extensionsOf(progress),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What an import would do. */
export interface ImportPreview {
  /** Started, done or skipped in the file, part of the roadmap, not started here. */
  added: number;
  /** In the same state in the file and here. */
  alreadyDone: number;
  /** In another state here: a merge keeps whichever changed later, a replace takes the file's. */
  differing: number;
  /** In the file but not part of the roadmap (kept, not counted). */
  unknown: number;
  /** Notes in the file. */
  notes: number;
  /** Notes here that each way of importing would overwrite (kept in the backup made first). */
  overwritten: { merge: number; replace: number };
}

/** Compares an imported file with current progress, after carrying renamed ids over. */
export function previewImport(
  current: Progress,
  incoming: Progress,
  known: ReadonlySet<string>,
  aliases: Readonly<Record<string, string>> = {},
): ImportPreview {
  const file = applyAliases(incoming, aliases);
  const preview: ImportPreview = {
    added: 0,
    alreadyDone: 0,
    differing: 0,
    unknown: 0,
    notes: 0,
    overwritten: { merge: 0, replace: 0 },
  };
  for (const [key, entry] of Object.entries(file.milestones)) {
    if (entry.note) preview.notes += 1;
    if (!isMeaningful(entry)) continue;
    const mine = Object.hasOwn(current.milestones, key) ? current.milestones[key]?.state : undefined;
    if (!known.has(key)) preview.unknown += 1;
    else if (!entry.state) continue;
    else if (!mine) preview.added += 1;
    else if (mine === entry.state) preview.alreadyDone += 1;
    else preview.differing += 1;
  }
  preview.overwritten = {
    merge: overwrittenNotes(current, mergeProgress(current, file)).length,
    replace: overwrittenNotes(current, file).length,
  };
  return preview;
}

/** Keys of notes in `current` that `next` drops or changes: what a merge or replace would lose. */
export function overwrittenNotes(current: Progress, next: Progress): string[] {
  return Object.entries(current.milestones)
    .filter(
      ([key, entry]) =>
        entry.note && (!Object.hasOwn(next.milestones, key) || next.milestones[key]?.note !== entry.note),
    )
    .map(([key]) => key)
    .sort();
}

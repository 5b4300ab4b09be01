import {
  copyMilestones,
  extensionsOf,
  timeOf,
  withMilestones,
  type MilestoneEntry,
  type Progress,
} from './model.ts';

/**
 * Whether `incoming` should replace `mine`: the later change wins, so the learner's last word on a
 * milestone stands on every device. On a tie the entry already here stays.
 */
export function isLater(incoming: MilestoneEntry, mine: MilestoneEntry | undefined): boolean {
  return !mine || timeOf(incoming) > timeOf(mine);
}

/**
 * Both sets of progress, milestone by milestone: the later change wins (a cleared entry too, so an
 * old copy never brings back a tick the learner took off). Extension fields (plan, review…) stay as
 * they are here, and come from `incoming` only where this side has none: their own modules may
 * merge them more finely later.
 *
 * A note here that loses to a later entry is overwritten: callers keep the current progress as a
 * backup before saving a merge (store.replace does), and previewImport (transfer.ts) says so beforehand.
 */
export function mergeProgress(current: Progress, incoming: Progress, keepNotes = false): Progress {
  const milestones = copyMilestones(current);
  for (const [key, entry] of Object.entries(incoming.milestones)) {
    const mine = milestones[key];
    if (!isLater(entry, mine)) continue;
    // `keepNotes`: for values that cannot hold notes (format 1), where no note means "never had one".
    milestones[key] = keepNotes && mine?.note && !entry.note ? { ...entry, note: mine.note } : entry;
  }
  return withMilestones({ ...extensionsOf(incoming), ...current }, milestones);
}

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
 * backup before saving a merge (store.replace does), and `overwrittenNotes` can say so beforehand.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const milestones = copyMilestones(current);
  for (const [key, entry] of Object.entries(incoming.milestones))
    if (isLater(entry, milestones[key])) milestones[key] = entry;
  return withMilestones({ ...extensionsOf(incoming), ...current }, milestones);
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

/**
 * `next` with the notes of `current` put back where `next` has none: for merging in values that
 * cannot hold notes (format 1), where a missing note means "never had one", not "deleted".
 */
export function keepNotes(current: Progress, next: Progress): Progress {
  const lost = overwrittenNotes(current, next).filter((key) => !next.milestones[key]?.note);
  if (lost.length === 0) return next;
  const milestones = copyMilestones(next);
  for (const key of lost) {
    const note = current.milestones[key]?.note;
    const entry = milestones[key];
    if (note) milestones[key] = entry ? { ...entry, note } : { at: current.milestones[key]!.at, note };
  }
  return withMilestones(next, milestones);
}

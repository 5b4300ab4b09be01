import {
  MILESTONE_KEY,
  copyMilestones,
  entryOf,
  withMilestones,
  type MilestoneEntry,
  type MilestoneState,
  type Progress,
} from './model.ts';

/** The learner's edits. Each returns new progress and leaves the old value as it was (notes: notes.ts). */

/** Writes one milestone's entry, stamped now (the one place entries are built). */
export function change(
  progress: Progress,
  key: string,
  state: MilestoneState | undefined,
  note: string | undefined,
  now: Date,
): Progress {
  if (!MILESTONE_KEY.test(key)) throw new Error(`not a milestone key: ${key}`);
  // Built in one order, so stored JSON reads the same everywhere and never holds `undefined`.
  const entry: MilestoneEntry = { ...(state && { state }), at: now.toISOString(), ...(note && { note }) };
  const milestones = copyMilestones(progress);
  // Kept even when it says nothing: it remembers when the milestone was cleared (see merge.ts).
  milestones[key] = entry;
  return withMilestones(progress, milestones);
}

/**
 * Sets a milestone's state, keeping its note; `null` makes it not started again. Returns the same
 * object when nothing changes, so the caller saves nothing and keeps the time of the last change.
 */
export function withState(
  progress: Progress,
  key: string,
  state: MilestoneState | null,
  now: Date,
): Progress {
  const entry = entryOf(progress, key);
  if (entry ? entry.state === (state ?? undefined) : state === null) return progress;
  return change(progress, key, state ?? undefined, entry?.note, now);
}

/** Ticks (done) or unticks (not started) a milestone: what its checkbox does. */
export function withMilestone(progress: Progress, key: string, done: boolean, now: Date): Progress {
  return withState(progress, key, done ? 'done' : null, now);
}

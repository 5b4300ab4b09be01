import { MILESTONE_KEY, type MilestoneState, type Progress } from './model.ts';

/**
 * Carries progress saved under renamed milestones (their `aliases`) over to the current keys.
 * Returns the same object when nothing was renamed, so callers can tell whether to save.
 */
export function applyAliases(progress: Progress, aliases: Readonly<Record<string, string>>): Progress {
  const renamed = Object.keys(progress.milestones).filter((key) => Object.hasOwn(aliases, key));
  if (renamed.length === 0) return progress;
  const milestones: Record<string, MilestoneState> = Object.assign(Object.create(null), progress.milestones);
  for (const oldKey of renamed) {
    const newKey = aliases[oldKey];
    const state = milestones[oldKey];
    delete milestones[oldKey];
    if (!newKey || !state || !MILESTONE_KEY.test(newKey)) continue;
    const current = milestones[newKey];
    // If both were ticked, keep the earlier date: that is when the work was done.
    if (!current || state.at < current.at) milestones[newKey] = state;
  }
  return { version: progress.version, milestones };
}

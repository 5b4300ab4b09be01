import { MILESTONE_KEY, copyMilestones, withMilestones, type Progress } from './model.ts';
import { isLater } from './merge.ts';

/**
 * Carries progress saved under renamed milestones (their `aliases`) over to the current keys.
 * Where both keys have an entry, the later change wins, as in a merge.
 * Returns the same object when nothing was renamed, so callers can tell whether to save.
 */
export function applyAliases(progress: Progress, aliases: Readonly<Record<string, string>>): Progress {
  const renamed = Object.keys(progress.milestones).filter((key) => Object.hasOwn(aliases, key));
  if (renamed.length === 0) return progress;
  const milestones = copyMilestones(progress);
  for (const oldKey of renamed) {
    const newKey = aliases[oldKey];
    const entry = milestones[oldKey];
    delete milestones[oldKey];
    if (newKey && entry && MILESTONE_KEY.test(newKey) && isLater(entry, milestones[newKey]))
      milestones[newKey] = entry;
  }
  return withMilestones(progress, milestones);
}

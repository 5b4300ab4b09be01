import { milestoneKey } from '../paths.ts';
import { isRecord, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';

/**
 * The `seen` extension field (see model.ts): the milestones that existed at the learner's last
 * visit, ids grouped by stage so the field stays small (`{ "mathematics": ["vectors", "pca"] }`).
 * Written by seen-record.ts only where the page knows the whole roadmap (home, /progress/): on a
 * first visit and when the learner dismisses the "what's new" notice. Read only here (kept apart so
 * stage pages load no more than they need), and a bad value is treated as absent: at worst the
 * learner is told nothing new once.
 */
export type Seen = Record<string, string[]>;

/** Most keys accepted: a value far larger than any roadmap is not ours to trust. */
export const MAX_SEEN_KEYS = 10_000;

/** Kebab-case, as content ids are: rules out `__proto__` and friends. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The milestone keys the learner has seen, or null when none are recorded (first visit) or the value is bad. */
export function seenKeys(progress: Progress): Set<string> | null {
  const value = progress.seen;
  if (!isRecord(value)) return null;
  const keys = new Set<string>();
  for (const [stageId, ids] of Object.entries(value)) {
    if (!ID.test(stageId) || !Array.isArray(ids) || keys.size + ids.length > MAX_SEEN_KEYS) return null;
    for (const id of ids as unknown[]) {
      if (typeof id !== 'string' || !ID.test(id)) return null;
      keys.add(milestoneKey(stageId, id));
    }
  }
  return keys;
}

/**
 * The milestones of `index` the learner has not seen, seen keys renamed through `aliases` first so a
 * renamed milestone is not new. Empty on a first visit: there is nothing to compare with.
 */
export function unseenKeys(index: RoadmapIndex, progress: Progress): Set<string> {
  const seen = seenKeys(progress);
  const unseen = new Set<string>();
  if (!seen) return unseen;
  const renamed = new Set([...seen].map((key) => index.aliases[key] ?? key));
  for (const stage of index.stages)
    for (const m of stage.milestones) {
      const key = milestoneKey(stage.id, m.id);
      if (!renamed.has(key)) unseen.add(key);
    }
  return unseen;
}

import type { Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';
import type { Seen } from './seen.ts';

/** Every milestone of the roadmap, in the field's compact shape. */
export function seenOf(index: RoadmapIndex): Seen {
  return Object.fromEntries(index.stages.map((s) => [s.id, s.milestones.map((m) => m.id)]));
}

/**
 * Records that the learner has seen every milestone of `index` (which must be the whole roadmap):
 * a first visit, or a dismissal. Returns `progress` itself when that is already so, so nothing is saved.
 */
export function withSeen(progress: Progress, index: RoadmapIndex): Progress {
  const seen = seenOf(index);
  return JSON.stringify(progress.seen) === JSON.stringify(seen) ? progress : { ...progress, seen };
}

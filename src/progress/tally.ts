import { milestoneKey } from '../paths.ts';
import { stateOf, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';

/**
 * Counts for a stage or the whole roadmap. Skipped means "I know this already": it completes a
 * milestone like done, but is shown apart, and its hours count neither as done nor as left.
 */
export interface Tally {
  done: number;
  doing: number;
  skipped: number;
  total: number;
  hoursDone: number;
  hoursSkipped: number;
  hoursTotal: number;
}

const empty = (): Tally => ({
  done: 0,
  doing: 0,
  skipped: 0,
  total: 0,
  hoursDone: 0,
  hoursSkipped: 0,
  hoursTotal: 0,
});

/** Done and skipped: what counts toward completion. */
export const completed = (t: Tally): number => t.done + t.skipped;

/** Hours still to do: skipped hours are not left. */
export const hoursLeft = (t: Tally): number => t.hoursTotal - t.hoursDone - t.hoursSkipped;

/** Counts per stage and overall, and the key of every milestone in the roadmap. */
export interface ProgressTally {
  overall: Tally;
  stages: Record<string, Tally>;
  known: Set<string>;
}

/** Counts per stage and overall: all a stage page needs (summary.ts adds what to do next). */
export function tallyProgress(index: RoadmapIndex, progress: Progress): ProgressTally {
  const overall = empty();
  const stages: Record<string, Tally> = {};
  const known = new Set<string>();
  for (const stage of index.stages) {
    const tally = (stages[stage.id] = empty());
    for (const m of stage.milestones) {
      const key = milestoneKey(stage.id, m.id);
      known.add(key);
      const state = stateOf(progress, key);
      for (const t of [tally, overall]) {
        t.total += 1;
        t.hoursTotal += m.hours;
        if (state) t[state] += 1;
        if (state === 'done') t.hoursDone += m.hours;
        if (state === 'skipped') t.hoursSkipped += m.hours;
      }
    }
  }
  return { overall, stages, known };
}

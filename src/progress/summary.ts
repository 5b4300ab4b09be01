import { milestoneKey } from '../paths.ts';
import { isDone, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';

export interface Tally {
  done: number;
  total: number;
  hoursDone: number;
  hoursTotal: number;
}

export interface ProgressSummary {
  overall: Tally;
  stages: Record<string, Tally>;
  /** The milestone to work on next, or null when everything is done. */
  next: { stageId: string; milestoneId: string; title: string; stageTitle: string } | null;
  /** Saved keys that match no milestone in the roadmap (kept, not counted). */
  orphans: string[];
}

const empty = (): Tally => ({ done: 0, total: 0, hoursDone: 0, hoursTotal: 0 });

/** Tallies progress per stage and overall, finds what to do next and what no longer exists. */
export function summarise(index: RoadmapIndex, progress: Progress): ProgressSummary {
  const overall = empty();
  const stages: Record<string, Tally> = {};
  const known = new Set<string>();
  for (const stage of index.stages) {
    const tally = (stages[stage.id] = empty());
    for (const m of stage.milestones) {
      const key = milestoneKey(stage.id, m.id);
      known.add(key);
      const done = isDone(progress, key);
      for (const t of [tally, overall]) {
        t.total += 1;
        t.hoursTotal += m.hours;
        if (done) {
          t.done += 1;
          t.hoursDone += m.hours;
        }
      }
    }
  }
  const orphans = Object.keys(progress.milestones)
    .filter((key) => !known.has(key))
    .sort();
  return { overall, stages, next: nextMilestone(index, progress, stages), orphans };
}

/**
 * The first unticked milestone in roadmap order whose stage has all its prerequisites finished;
 * if every remaining stage is still waiting on another, simply the first unticked milestone.
 */
function nextMilestone(
  index: RoadmapIndex,
  progress: Progress,
  tallies: Record<string, Tally>,
): ProgressSummary['next'] {
  const finished = (id: string) => {
    const t = tallies[id];
    return !t || t.done === t.total;
  };
  const open = index.stages.flatMap((stage) =>
    stage.milestones
      .filter((m) => !isDone(progress, milestoneKey(stage.id, m.id)))
      .map((m) => ({ stage, m, ready: stage.prerequisites.every(finished) })),
  );
  const pick = open.find((o) => o.ready) ?? open[0];
  return pick
    ? { stageId: pick.stage.id, milestoneId: pick.m.id, title: pick.m.title, stageTitle: pick.stage.title }
    : null;
}

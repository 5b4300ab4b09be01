import { milestoneKey } from '../paths.ts';
import { isMeaningful, stateOf, type MilestoneState, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';
import { completed, tallyProgress, type Tally } from './tally.ts';

export { completed, hoursLeft, type Tally } from './tally.ts';

const finished = (state: MilestoneState | undefined) => state === 'done' || state === 'skipped';

export interface Next {
  stageId: string;
  milestoneId: string;
  title: string;
  stageTitle: string;
  /** Already marked in progress (so "Continue"), rather than the next one to start. */
  doing: boolean;
}

export interface ProgressSummary {
  overall: Tally;
  stages: Record<string, Tally>;
  /** The milestone to work on next, or null when every milestone is done or skipped. */
  next: Next | null;
  /** Saved keys with a state or a note that match no milestone in the roadmap (kept, not counted). */
  orphans: string[];
}

/** Tallies progress per stage and overall, finds what to do next and what no longer exists. */
export function summarise(index: RoadmapIndex, progress: Progress): ProgressSummary {
  const { overall, stages, known } = tallyProgress(index, progress);
  const orphans = Object.keys(progress.milestones)
    .filter((key) => !known.has(key) && isMeaningful(progress.milestones[key]))
    .sort();
  return { overall, stages, next: nextMilestone(index, progress, stages), orphans };
}

/**
 * What "Continue" offers: the first milestone in progress, in roadmap order; else the first not
 * started whose stage has all its prerequisites finished; if every remaining stage is still
 * waiting on another, simply the first not started.
 */
function nextMilestone(index: RoadmapIndex, progress: Progress, tallies: Record<string, Tally>): Next | null {
  const ready = (id: string) => {
    const t = tallies[id];
    return !t || completed(t) === t.total;
  };
  const open = index.stages.flatMap((stage) =>
    stage.milestones
      .map((m) => ({ stage, m, state: stateOf(progress, milestoneKey(stage.id, m.id)) }))
      .filter((o) => !finished(o.state))
      .map((o) => ({ ...o, ready: stage.prerequisites.every(ready) })),
  );
  const pick = open.find((o) => o.state === 'doing') ?? open.find((o) => o.ready) ?? open[0];
  return pick
    ? {
        stageId: pick.stage.id,
        milestoneId: pick.m.id,
        title: pick.m.title,
        stageTitle: pick.stage.title,
        doing: pick.state === 'doing',
      }
    : null;
}

import { milestoneKey } from '../paths.ts';
import { addDays, localDay, type Day } from './calendar-day.ts';
import { entryOf, timeOf, type Progress } from './model.ts';
import type { StudyPlan } from './plan.ts';
import type { RoadmapIndex } from './roadmap-index.ts';
import { hoursLeft, tallyProgress } from './tally.ts';

/** How far back the actual pace looks: long enough to smooth out a busy or an idle week. */
export const PACE_WEEKS = 4;
const MS_PER_WEEK = 7 * 86_400_000;

export interface StageSchedule {
  id: string;
  title: string;
  /** Hours of milestones neither done nor skipped. */
  hoursLeft: number;
  /** First and last day of its study at the planned hours a week; null when nothing is left. */
  start: Day | null;
  finish: Day | null;
}

export interface Schedule {
  today: Day;
  hoursPerWeek: number;
  /** Hours a week of milestones ticked done over the last PACE_WEEKS weeks. */
  pace: number;
  /** Hours left in the stages in scope. */
  hoursLeft: number;
  /** Stages in scope, in roadmap order. */
  stages: StageSchedule[];
  /** When the last stage in scope ends at the planned hours; null when nothing is left. */
  finish: Day | null;
  /** The same at the actual pace; null when nothing is left or nothing was done lately. */
  finishAtPace: Day | null;
  target: Day | null;
}

/** Day on which `hours` of work end, studying `perWeek` hours a week spread evenly from `today` on. */
const endDay = (today: Day, hours: number, perWeek: number): Day =>
  addDays(today, Math.max(0, Math.ceil((hours / perWeek) * 7) - 1));

/** Day on which work starts after `hours` already planned (may be the day the previous work ends). */
const startDay = (today: Day, hours: number, perWeek: number): Day =>
  addDays(today, Math.floor((hours / perWeek) * 7));

/**
 * Hours a week actually done lately: the hours of milestones whose tick as done falls in the last
 * PACE_WEEKS weeks, from the time stamped on each entry (its last change, i.e. the tick itself).
 */
export function paceOf(index: RoadmapIndex, progress: Progress, now: Date): number {
  const since = now.getTime() - PACE_WEEKS * MS_PER_WEEK;
  let hours = 0;
  for (const stage of index.stages)
    for (const m of stage.milestones) {
      const entry = entryOf(progress, milestoneKey(stage.id, m.id));
      if (entry?.state === 'done' && timeOf(entry) > since && timeOf(entry) <= now.getTime())
        hours += m.hours;
    }
  return hours / PACE_WEEKS;
}

/**
 * The plan laid out: stages in scope one after another from today, each taking its hours left at
 * the planned hours a week (skipped and done milestones take no time).
 */
export function schedule(index: RoadmapIndex, progress: Progress, plan: StudyPlan, now: Date): Schedule {
  const today = localDay(now);
  const { stages: tallies } = tallyProgress(index, progress);
  const scope = plan.stages ? new Set(plan.stages) : null;
  let done = 0;
  const stages = index.stages
    .filter((s) => !scope || scope.has(s.id))
    .map((s): StageSchedule => {
      const left = tallies[s.id] ? hoursLeft(tallies[s.id]!) : 0;
      const before = done;
      done += left;
      return {
        id: s.id,
        title: s.title,
        hoursLeft: left,
        start: left > 0 ? startDay(today, before, plan.hoursPerWeek) : null,
        finish: left > 0 ? endDay(today, done, plan.hoursPerWeek) : null,
      };
    });
  const pace = paceOf(index, progress, now);
  return {
    today,
    hoursPerWeek: plan.hoursPerWeek,
    pace,
    hoursLeft: done,
    stages,
    finish: done > 0 ? endDay(today, done, plan.hoursPerWeek) : null,
    finishAtPace: done > 0 && pace > 0 ? endDay(today, done, pace) : null,
    target: plan.target ?? null,
  };
}

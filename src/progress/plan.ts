import { isDay, type Day } from './calendar-day.ts';
import { isRecord, type Progress } from './model.ts';

/**
 * The `plan` extension field of progress (see model.ts), owned here:
 *
 * ```json
 * "plan": { "hoursPerWeek": 7, "target": "2027-03-14", "stages": ["mathematics", "python"] }
 * ```
 *
 * It is stored with progress, so it travels with export, import and a link like the ticks do.
 */
export interface StudyPlan {
  /** Hours a week the learner means to study. */
  hoursPerWeek: number;
  /** The day they want to be done by, if they chose one. */
  target?: Day;
  /** Ids of the stages in scope, in any order; absent means every stage. */
  stages?: string[];
}

export const DEFAULT_HOURS_PER_WEEK = 10;
export const MIN_HOURS_PER_WEEK = 0.5;
/** About 16 hours a day: anything above is a typo, not a plan. */
export const MAX_HOURS_PER_WEEK = 112;

const STAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isHoursPerWeek = (value: unknown): value is number =>
  typeof value === 'number' && value >= MIN_HOURS_PER_WEEK && value <= MAX_HOURS_PER_WEEK;

/**
 * The plan in progress, each part checked on its own: a bad part is treated as absent (so a broken
 * plan from a newer or tampered copy falls back to the defaults and never touches the ticks).
 */
export function planOf(progress: Progress): StudyPlan {
  const raw = isRecord(progress.plan) ? progress.plan : {};
  const stages = raw.stages;
  return {
    hoursPerWeek: isHoursPerWeek(raw.hoursPerWeek) ? raw.hoursPerWeek : DEFAULT_HOURS_PER_WEEK,
    ...(isDay(raw.target) && { target: raw.target }),
    ...(Array.isArray(stages) &&
      stages.length <= 500 &&
      stages.every((id) => typeof id === 'string' && STAGE_ID.test(id)) && { stages: [...new Set(stages)] }),
  };
}

/** A copy of progress with this plan (ticks and other extension fields kept). */
export function withPlan(progress: Progress, plan: StudyPlan): Progress {
  const clean: StudyPlan = planOf({ ...progress, plan });
  return { ...progress, plan: clean };
}

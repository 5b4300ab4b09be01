import { ISO_DATE, MILESTONE_KEY, PROGRESS_VERSION, isRecord } from './model.ts';

/**
 * Every earlier format, and the step that lifts it to the next. Stored progress and export files
 * of any earlier format go through the same steps, so no learner's ticks are left behind.
 *
 * To change the format: bump PROGRESS_VERSION in model.ts, add a step here from the old version,
 * and a test that the old value comes out whole. Never edit a step that has shipped.
 */

/** Format 1 (until November 2026): ticks only, `{ version: 1, milestones: { key: { done: true, at } } }`. */
export function isV1(value: Record<string, unknown>): boolean {
  if (value.version !== 1 || !isRecord(value.milestones)) return false;
  return Object.entries(value.milestones).every(
    ([key, tick]) =>
      MILESTONE_KEY.test(key) &&
      isRecord(tick) &&
      tick.done === true &&
      typeof tick.at === 'string' &&
      ISO_DATE.test(tick.at),
  );
}

/** 1 → 2: each tick becomes a `done` state with the same time. */
function v1ToV2(value: Record<string, unknown>): Record<string, unknown> | null {
  if (!isV1(value)) return null;
  const milestones: Record<string, unknown> = Object.create(null);
  for (const [key, tick] of Object.entries(value.milestones as Record<string, { at: string }>))
    milestones[key] = { state: 'done', at: tick.at };
  return { version: 2, milestones };
}

/** Step from format n to n + 1; null when the value is not valid format n. */
const STEPS: Record<number, (value: Record<string, unknown>) => Record<string, unknown> | null> = {
  1: v1ToV2,
};

/**
 * Lifts a parsed value of an earlier format to the current one (unchecked: the caller checks the
 * result). Returns the value itself when it is already current; null when no step fits.
 */
export function migrate(value: Record<string, unknown>): Record<string, unknown> | null {
  let current: Record<string, unknown> | null = value;
  while (current && typeof current.version === 'number' && current.version < PROGRESS_VERSION)
    current = STEPS[current.version]?.(current) ?? null;
  return current;
}

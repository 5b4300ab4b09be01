/** Schema version of the stored progress; bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 1;

/** One ticked milestone. */
export interface MilestoneState {
  done: true;
  /** When it was ticked, ISO 8601. */
  at: string;
}

/** Everything a learner has ticked, keyed by `<stage-id>/<milestone-id>`. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  milestones: Record<string, MilestoneState>;
}

/** `<stage-id>/<milestone-id>`, both kebab-case: rules out `__proto__` and friends. */
export const MILESTONE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, milestones: {} };
}

/** A plain object (not null, not an array): what JSON objects parse to. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A small type guard for stored progress (stage pages cannot afford a schema library). */
export function isProgress(value: unknown): value is Progress {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION || !isRecord(value.milestones)) return false;
  return Object.entries(value.milestones).every(
    ([key, state]) =>
      MILESTONE_KEY.test(key) &&
      isRecord(state) &&
      state.done === true &&
      typeof state.at === 'string' &&
      ISO_DATE.test(state.at),
  );
}

/** Why a stored value was not accepted. */
export type Rejection = 'corrupt-json' | 'wrong-shape' | 'future-version';

/** Parses a stored value; never throws. */
export function parseProgress(
  raw: string,
): { ok: true; progress: Progress } | { ok: false; reason: Rejection } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt-json' };
  }
  if (isRecord(value) && typeof value.version === 'number' && value.version > PROGRESS_VERSION) {
    return { ok: false, reason: 'future-version' };
  }
  if (!isProgress(value)) return { ok: false, reason: 'wrong-shape' };
  // Rebuild without a prototype so no key can reach Object.prototype.
  const milestones: Record<string, MilestoneState> = Object.create(null);
  for (const [key, state] of Object.entries(value.milestones)) milestones[key] = { done: true, at: state.at };
  return { ok: true, progress: { version: PROGRESS_VERSION, milestones } };
}

/** Returns new progress with one milestone ticked or unticked. */
export function withMilestone(progress: Progress, key: string, done: boolean, now: Date): Progress {
  if (!MILESTONE_KEY.test(key)) throw new Error(`not a milestone key: ${key}`);
  const milestones: Record<string, MilestoneState> = Object.assign(Object.create(null), progress.milestones);
  if (done) milestones[key] = { done: true, at: now.toISOString() };
  else delete milestones[key];
  return { version: PROGRESS_VERSION, milestones };
}

/** Whether a milestone is ticked. */
export function isDone(progress: Progress, key: string): boolean {
  return Object.hasOwn(progress.milestones, key);
}

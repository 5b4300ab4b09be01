/**
 * The stored progress, format 2. As JSON:
 *
 * ```json
 * {
 *   "version": 2,
 *   "milestones": {
 *     "mathematics/vectors": { "state": "done", "at": "2026-11-26T10:00:00.000Z" },
 *     "mlops/dvc": { "state": "doing", "at": "2026-11-27T09:12:00.000Z", "note": "stuck on remotes" },
 *     "python/basics": { "state": "skipped", "at": "2026-11-20T08:00:00.000Z" },
 *     "ml/bias": { "at": "2026-11-27T11:00:00.000Z" }
 *   }
 * }
 * ```
 *
 * One entry per milestone the learner has touched, keyed by `<stage-id>/<milestone-id>`. No `state`
 * means not started: such an entry still records when the learner cleared it (so a merge with an
 * older copy does not bring the tick back) and may hold a note.
 *
 * Room to grow without a migration: later features add optional top-level fields, as planned
 * `plan` (hours a week, target date, stages in scope), `review` (FSRS card state per self-check
 * question) and `seen` (milestone keys at the last visit). The rules that make this safe:
 * - every reader carries top-level fields it does not know through unchanged (see `extensionsOf`),
 *   so a tab running an older build never erases what a newer one saved;
 * - each field is checked by the module that owns it, which treats a bad value as absent: a broken
 *   plan must never make the ticks unreadable;
 * - `version` changes only for a change an older reader would misread, with a step in migrations.ts.
 */
export const PROGRESS_VERSION = 2;

/** What a learner says about a milestone; no state at all means not started. */
export type MilestoneState = 'done' | 'doing' | 'skipped';
export const MILESTONE_STATES: readonly MilestoneState[] = ['done', 'doing', 'skipped'];

/** One milestone's progress. */
export interface MilestoneEntry {
  state?: MilestoneState;
  /** Time of the last change to the state or the note, ISO 8601: a merge keeps the later entry. */
  at: string;
  /** Private plain text, at most MAX_NOTE_LENGTH characters, cleaned by notes.ts. */
  note?: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  milestones: Record<string, MilestoneEntry>;
  /** Top-level fields of later features (plan, review, seen…), kept as they were read. */
  [extension: string]: unknown;
}

/** Longest note kept, in UTF-16 code units: what a textarea's `maxlength` counts. */
export const MAX_NOTE_LENGTH = 2000;

/** `<stage-id>/<milestone-id>`, both kebab-case: rules out `__proto__` and friends. */
export const MILESTONE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Names an extension field may have: camelCase, which rules out `__proto__`. */
const EXTENSION_NAME = /^[a-z][a-zA-Z0-9]{0,39}$/;
const NOT_EXTENSIONS = new Set(['version', 'milestones', 'exportedAt']);

/**
 * The top-level fields of later features in a value, unchecked (their owners check them). The one
 * place that decides what travels with progress; names of Object.prototype (`constructor`…) never do.
 */
export function extensionsOf(value: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value))
    if (EXTENSION_NAME.test(name) && !NOT_EXTENSIONS.has(name) && !(name in Object.prototype))
      kept[name] = field;
  return kept;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, milestones: Object.create(null) };
}

/** A copy with other milestones (extensions kept): every change goes through here. */
export function withMilestones(progress: Progress, milestones: Record<string, MilestoneEntry>): Progress {
  return { ...extensionsOf(progress), version: PROGRESS_VERSION, milestones };
}

/** A prototype-free copy of the milestones, safe to add any valid key to. */
export function copyMilestones(progress: Progress): Record<string, MilestoneEntry> {
  return Object.assign(Object.create(null), progress.milestones);
}

/** A plain object (not null, not an array): what JSON objects parse to. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function entryOf(progress: Progress, key: string): MilestoneEntry | undefined {
  return Object.hasOwn(progress.milestones, key) ? progress.milestones[key] : undefined;
}

export const stateOf = (progress: Progress, key: string): MilestoneState | undefined =>
  entryOf(progress, key)?.state;

export const noteOf = (progress: Progress, key: string): string => entryOf(progress, key)?.note ?? '';

/** Whether a milestone is ticked as done. */
export const isDone = (progress: Progress, key: string): boolean => stateOf(progress, key) === 'done';

/** Whether an entry says anything: a state or a note (not just when it was cleared). */
export const isMeaningful = (entry: MilestoneEntry | undefined): boolean =>
  entry !== undefined && (entry.state !== undefined || entry.note !== undefined);

/** Milliseconds of an entry's time, for comparing times written with different offsets. */
export const timeOf = (entry: MilestoneEntry): number => Date.parse(entry.at);

import { migrate } from './migrations.ts';
import {
  ISO_DATE,
  MAX_NOTE_LENGTH,
  MILESTONE_KEY,
  MILESTONE_STATES,
  PROGRESS_VERSION,
  extensionsOf,
  isRecord,
  type MilestoneEntry,
  type MilestoneState,
  type Progress,
} from './model.ts';

/** Why a stored value was not accepted. */
export type Rejection = 'corrupt-json' | 'wrong-shape' | 'future-version';

export type ParseResult = { ok: true; progress: Progress } | { ok: false; reason: Rejection };

/** A small type guard for format 2 (stage pages cannot afford a schema library). */
export function isProgress(value: unknown): value is Progress {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION || !isRecord(value.milestones)) return false;
  return Object.entries(value.milestones).every(
    ([key, entry]) =>
      MILESTONE_KEY.test(key) &&
      isRecord(entry) &&
      typeof entry.at === 'string' &&
      ISO_DATE.test(entry.at) &&
      (entry.state === undefined || MILESTONE_STATES.includes(entry.state as MilestoneState)) &&
      (entry.note === undefined || (typeof entry.note === 'string' && entry.note.length <= MAX_NOTE_LENGTH)),
  );
}

/**
 * Progress from a parsed JSON value of any known format; never throws. The result is rebuilt, not
 * the value itself: milestones without a prototype (no key can reach Object.prototype), entries
 * without fields we do not know, and extension fields carried over (model.ts). Notes are checked for
 * type and length only: this site cleans them when they are written or imported (notes.ts).
 */
export function readProgress(value: unknown): ParseResult {
  if (isRecord(value) && typeof value.version === 'number' && value.version > PROGRESS_VERSION)
    return { ok: false, reason: 'future-version' };
  const current = isRecord(value) ? migrate(value) : null;
  if (!isProgress(current)) return { ok: false, reason: 'wrong-shape' };
  const milestones: Record<string, MilestoneEntry> = Object.create(null);
  for (const [key, { state, at, note }] of Object.entries(current.milestones))
    milestones[key] = { ...(state && { state }), at, ...(note && { note }) };
  return { ok: true, progress: { ...extensionsOf(current), version: PROGRESS_VERSION, milestones } };
}

/** Parses a stored string of any known format; never throws. */
export function parseProgress(raw: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt-json' };
  }
  return readProgress(value);
}

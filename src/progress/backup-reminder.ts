import { timeOf, type Progress } from './model.ts';

/** When progress last left this browser as a file or a link (ISO 8601). */
export const LAST_BACKUP_KEY = 'ml-roadmap:last-backup';
/** When the learner dismissed the backup suggestion (ISO 8601). */
export const REMINDER_DISMISSED_KEY = 'ml-roadmap:backup-reminder-dismissed';
/** Changes since the last backup after which a backup is suggested. */
export const CHANGES_BEFORE_REMINDER = 20;

const read = (storage: Storage, key: string): number => {
  try {
    const at = Date.parse(storage.getItem(key) ?? '');
    return isNaN(at) ? 0 : at;
  } catch {
    return 0;
  }
};
const write = (storage: Storage | null, key: string, now: Date) => {
  try {
    storage?.setItem(key, now.toISOString());
  } catch {
    // Not saved: at worst the suggestion shows again, which loses nothing.
  }
};

/** Milestones changed (ticked, unticked, noted) after `since`, in ms: each counts once. */
export const changesSince = (progress: Progress, since: number): number =>
  Object.values(progress.milestones).filter((entry) => timeOf(entry) > since).length;

/**
 * Whether to suggest a backup: about CHANGES_BEFORE_REMINDER changes since the last export or link,
 * and not dismissed since then. Dismissing holds until the next backup, so it is said once, not nagged.
 */
export function shouldSuggestBackup(progress: Progress, storage: Storage | null): boolean {
  if (!storage) return false;
  const lastBackup = read(storage, LAST_BACKUP_KEY);
  if (read(storage, REMINDER_DISMISSED_KEY) > lastBackup) return false;
  return changesSince(progress, lastBackup) >= CHANGES_BEFORE_REMINDER;
}

/** Export or a link made: count changes from now. */
export const markBackedUp = (storage: Storage | null, now: Date) => write(storage, LAST_BACKUP_KEY, now);

export const dismissReminder = (storage: Storage | null, now: Date) =>
  write(storage, REMINDER_DISMISSED_KEY, now);

import { emptyProgress, parseProgress, withMilestone, type Progress, type Rejection } from './model.ts';

/** The one localStorage key for progress; the version lives in the value too. */
export const STORAGE_KEY = 'ml-roadmap:progress:v1';
/** Prefix of keys that keep values we could not read, so nothing is ever deleted. */
export const BACKUP_PREFIX = 'ml-roadmap:progress-backup:';

/** What the page should tell the learner after loading. */
export type LoadNotice =
  | { kind: 'none' }
  | { kind: 'unavailable' }
  | { kind: 'recovered'; reason: Rejection; backupKey: string | null; raw: string };

export interface ProgressStore {
  /** Current progress (in memory when storage fails). */
  get(): Progress;
  /** Re-reads storage, e.g. after another tab changed it. */
  reload(): LoadNotice;
  /** Ticks or unticks; returns false when the change could not be saved. */
  set(key: string, done: boolean): boolean;
  /** Whether changes are being saved. */
  readonly persistent: boolean;
}

/**
 * Progress kept in a Storage (localStorage in the browser), guarded so that blocked,
 * full or corrupt storage never throws: the page keeps working in memory instead.
 */
export function createStore(storage: Storage | null, now: () => Date = () => new Date()): ProgressStore {
  let progress = emptyProgress();
  let persistent = storage !== null;

  const reload = (): LoadNotice => {
    if (!storage) return { kind: 'unavailable' };
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      persistent = false;
      return { kind: 'unavailable' };
    }
    if (raw === null) {
      progress = emptyProgress();
      return { kind: 'none' };
    }
    const parsed = parseProgress(raw);
    if (parsed.ok) {
      progress = parsed.progress;
      return { kind: 'none' };
    }
    // Keep the unreadable value under a backup key; only then may the main key be reused.
    const backupKey = `${BACKUP_PREFIX}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(STORAGE_KEY);
      progress = emptyProgress();
      return { kind: 'recovered', reason: parsed.reason, backupKey, raw };
    } catch {
      // Could not back it up: leave it in place and do not write over it.
      persistent = false;
      progress = emptyProgress();
      return { kind: 'recovered', reason: parsed.reason, backupKey: null, raw };
    }
  };

  return {
    get: () => progress,
    reload,
    set(key, done) {
      progress = withMilestone(progress, key, done, now());
      if (!storage || !persistent) return false;
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(progress));
        return true;
      } catch {
        persistent = false;
        return false;
      }
    },
    get persistent() {
      return persistent;
    },
  };
}

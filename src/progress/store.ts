import { applyAliases } from './aliases.ts';
import { emptyProgress, parseProgress, withMilestone, type Progress, type Rejection } from './model.ts';

/** The one localStorage key for progress; the version lives in the value too. */
export const STORAGE_KEY = 'ml-roadmap:progress:v1';
/** Prefix of keys that keep earlier values, so nothing a learner saved is ever deleted. */
export const BACKUP_PREFIX = 'ml-roadmap:progress-backup:';

/** Why a backup was made. */
export type BackupReason = 'unreadable' | 'reset' | 'import' | 'restore';

export interface Backup {
  key: string;
  reason: BackupReason;
  /** ISO 8601 time the backup was made. */
  at: string;
  raw: string;
}

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
  /** Replaces all progress, first keeping the current value as a backup; false when not saved. */
  replace(progress: Progress, reason: Exclude<BackupReason, 'unreadable'>): boolean;
  /** Every backup in storage, newest first. */
  backups(): Backup[];
  /** Whether changes are being saved. */
  readonly persistent: boolean;
}

export interface StoreOptions {
  /** Former milestone keys → current keys (from content `aliases`). */
  aliases?: Readonly<Record<string, string>>;
  now?: () => Date;
}

/**
 * Progress kept in a Storage (localStorage in the browser), guarded so that blocked,
 * full or corrupt storage never throws: the page keeps working in memory instead.
 */
export function createStore(storage: Storage | null, options: StoreOptions = {}): ProgressStore {
  const { aliases = {}, now = () => new Date() } = options;
  let progress = emptyProgress();
  let persistent = storage !== null;

  const write = (key: string, value: string): boolean => {
    if (!storage || !persistent) return false;
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      persistent = false;
      return false;
    }
  };
  const save = () => write(STORAGE_KEY, JSON.stringify(progress));
  const backupKey = (reason: BackupReason) => `${BACKUP_PREFIX}${reason}:${now().toISOString()}`;

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
      progress = applyAliases(parsed.progress, aliases);
      if (progress !== parsed.progress) save();
      return { kind: 'none' };
    }
    progress = emptyProgress();
    // Keep the unreadable value under a backup key; only then may the main key be reused.
    const key = backupKey('unreadable');
    if (write(key, raw)) {
      try {
        storage.removeItem(STORAGE_KEY);
        return { kind: 'recovered', reason: parsed.reason, backupKey: key, raw };
      } catch {
        // Fall through: leave the value where it is.
      }
    }
    persistent = false; // Could not set it aside: never write over it.
    return { kind: 'recovered', reason: parsed.reason, backupKey: null, raw };
  };

  return {
    get: () => progress,
    reload,
    set(key, done) {
      progress = withMilestone(progress, key, done, now());
      return save();
    },
    replace(next, reason) {
      if (
        Object.keys(progress.milestones).length > 0 &&
        !write(backupKey(reason), JSON.stringify(progress))
      ) {
        return false; // No backup, no overwrite: nothing changes, in storage or in memory.
      }
      progress = applyAliases(next, aliases);
      return save();
    },
    backups() {
      if (!storage) return [];
      const found: Backup[] = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          const match =
            key && /^(unreadable|reset|import|restore):(.+)$/.exec(key.slice(BACKUP_PREFIX.length));
          if (!key?.startsWith(BACKUP_PREFIX) || !match) continue;
          const raw = storage.getItem(key);
          if (raw !== null) found.push({ key, reason: match[1] as BackupReason, at: match[2] ?? '', raw });
        }
      } catch {
        return found;
      }
      return found.sort((a, b) => b.at.localeCompare(a.at));
    },
    get persistent() {
      return persistent;
    },
  };
}

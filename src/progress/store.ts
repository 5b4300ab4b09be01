import { applyAliases } from './aliases.ts';
import { BACKUP_PREFIX, backupKey, type Backup, type BackupReason } from './backups.ts';
import { withMilestone } from './changes.ts';
import { mergeProgress } from './merge.ts';
import { emptyProgress, extensionsOf, type Progress } from './model.ts';
import { parseProgress, type Rejection } from './parse.ts';

export { BACKUP_PREFIX, type Backup, type BackupReason };

/** The localStorage key for progress, named after its format (which the value holds too). */
export const STORAGE_KEY = 'ml-roadmap:progress:v2';
/** Where format 1 lived: read, moved into format 2, then kept as a backup (never deleted unread). */
export const LEGACY_KEYS: readonly string[] = ['ml-roadmap:progress:v1'];

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
  /**
   * Applies one edit (see changes.ts) with the store's clock; false when it could not be saved.
   * An edit that returns its input unchanged writes nothing.
   */
  update(edit: (progress: Progress, now: Date) => Progress): boolean;
  /** Ticks or unticks: `update` with `withMilestone`. */
  set(key: string, done: boolean): boolean;
  /** Replaces all progress, first keeping the current value as a backup; false when not saved. */
  replace(progress: Progress, reason: Exclude<BackupReason, 'unreadable' | 'migrated'>): boolean;
  /** Whether changes are being saved. */
  readonly persistent: boolean;
}

export interface StoreOptions {
  /** Former milestone keys → current keys (from content `aliases`). */
  aliases?: Readonly<Record<string, string>>;
  now?: () => Date;
}

/** Whether there is anything to lose: an entry or a field of a later feature. */
const hasAnything = (p: Progress) =>
  Object.keys(p.milestones).length > 0 || Object.keys(extensionsOf(p)).length > 0;

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

  /** Copies a value to a backup key, and only then removes it from `key`; false if it stayed. */
  const setAside = (key: string, raw: string, reason: BackupReason): string | null => {
    const backup = backupKey(reason, now());
    if (!write(backup, raw)) return null;
    try {
      storage?.removeItem(key);
      return backup;
    } catch {
      return null;
    }
  };

  /** Reads one key: its progress, or a notice when it is unreadable (then set aside if possible). */
  const read = (key: string): { progress: Progress; raw: string } | { notice: LoadNotice } | null => {
    const raw = storage!.getItem(key);
    if (raw === null) return null;
    const parsed = parseProgress(raw);
    if (parsed.ok) return { progress: parsed.progress, raw };
    const backup = setAside(key, raw, 'unreadable');
    if (!backup) persistent = false; // Could not set it aside: never write over it.
    return { notice: { kind: 'recovered', reason: parsed.reason, backupKey: backup, raw } };
  };

  const reload = (): LoadNotice => {
    if (!storage) return { kind: 'unavailable' };
    let notice: LoadNotice = { kind: 'none' };
    try {
      const current = read(STORAGE_KEY);
      if (current && 'notice' in current) notice = current.notice;
      progress = current && 'progress' in current ? current.progress : emptyProgress();
      const migrated: { key: string; raw: string }[] = [];
      for (const key of LEGACY_KEYS) {
        const old = read(key);
        if (old && 'notice' in old && notice.kind === 'none') notice = old.notice;
        if (!old || !('progress' in old)) continue;
        // Merged, not just copied: a tab still running the old site may have ticked since. Format 1
        // holds no notes, so its ticks keep the notes written here.
        progress = mergeProgress(progress, old.progress, true);
        migrated.push({ key, raw: old.raw });
      }
      const renamed = applyAliases(progress, aliases);
      if (renamed !== progress || migrated.length > 0) {
        progress = renamed;
        // An old value goes to the backups only once its content is saved in the new format.
        if (save()) for (const { key, raw } of migrated) setAside(key, raw, 'migrated');
      }
    } catch {
      persistent = false;
      return { kind: 'unavailable' };
    }
    return notice;
  };

  const update = (edit: (progress: Progress, now: Date) => Progress): boolean => {
    const next = edit(progress, now());
    if (next === progress) return true;
    progress = next;
    return save();
  };

  return {
    get: () => progress,
    reload,
    update,
    set: (key, done) => update((p, at) => withMilestone(p, key, done, at)),
    replace(next, reason) {
      // No backup, no overwrite: then nothing changes, in storage or in memory.
      if (hasAnything(progress) && !write(backupKey(reason, now()), JSON.stringify(progress))) return false;
      progress = applyAliases(next, aliases);
      return save();
    },
    get persistent() {
      return persistent;
    },
  };
}

/** Prefix of keys that keep earlier values, so nothing a learner saved is ever deleted. */
export const BACKUP_PREFIX = 'ml-roadmap:progress-backup:';

/** Why a backup was made; `migrated` keeps a format-1 value after its move to format 2. */
export type BackupReason = 'unreadable' | 'reset' | 'import' | 'restore' | 'migrated';

export interface Backup {
  key: string;
  reason: BackupReason;
  /** ISO 8601 time the backup was made. */
  at: string;
  raw: string;
}

const BACKUP_KEY = /^(unreadable|reset|import|restore|migrated):(.+)$/;

/** The key a backup made now for this reason goes under. */
export const backupKey = (reason: BackupReason, now: Date): string =>
  `${BACKUP_PREFIX}${reason}:${now.toISOString()}`;

/** Every backup in a storage, newest first; what cannot be read is left out. */
export function listBackups(storage: Storage): Backup[] {
  const found: Backup[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const match = key?.startsWith(BACKUP_PREFIX) && BACKUP_KEY.exec(key.slice(BACKUP_PREFIX.length));
      if (!key || !match) continue;
      const raw = storage.getItem(key);
      if (raw !== null) found.push({ key, reason: match[1] as BackupReason, at: match[2] ?? '', raw });
    }
  } catch {
    return found;
  }
  return found.sort((a, b) => b.at.localeCompare(a.at));
}

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

/** The key a backup made now for this reason goes under. */
export const backupKey = (reason: BackupReason, now: Date): string =>
  `${BACKUP_PREFIX}${reason}:${now.toISOString()}`;

import { BACKUP_PREFIX, type Backup, type BackupReason } from './backups.ts';

// Listing backups is for the progress page only, so it lives apart from what the store needs.
const BACKUP_KEY = /^(unreadable|reset|import|restore|migrated):(.+)$/;

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

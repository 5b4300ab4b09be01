import { describe, expect, it } from 'vitest';
import {
  CHANGES_BEFORE_REMINDER,
  dismissReminder,
  markBackedUp,
  shouldSuggestBackup,
} from '../../src/progress/backup-reminder.ts';
import { withMilestone } from '../../src/progress/changes.ts';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import { MemoryStorage } from './memory-storage.ts';

const day = (n: number) => new Date(Date.UTC(2027, 0, n, 12));
const tick = (p: Progress, from: number, count: number, at: Date) => {
  for (let i = from; i < from + count; i += 1) p = withMilestone(p, `stage/m${i}`, true, at);
  return p;
};

describe('backup suggestion', () => {
  it('comes after about 20 changes since the last export or link', () => {
    const storage = new MemoryStorage();
    let p = tick(emptyProgress(), 0, CHANGES_BEFORE_REMINDER - 1, day(1));
    expect(shouldSuggestBackup(p, storage)).toBe(false);
    p = tick(p, 100, 1, day(2));
    expect(shouldSuggestBackup(p, storage)).toBe(true);
    markBackedUp(storage, day(3));
    expect(shouldSuggestBackup(p, storage)).toBe(false);
    p = tick(p, 200, CHANGES_BEFORE_REMINDER, day(4));
    expect(shouldSuggestBackup(p, storage)).toBe(true);
  });
  it('once dismissed, stays away until the next backup and 20 more changes', () => {
    const storage = new MemoryStorage();
    let p = tick(emptyProgress(), 0, 25, day(1));
    dismissReminder(storage, day(2));
    p = tick(p, 100, 40, day(3));
    expect(shouldSuggestBackup(p, storage)).toBe(false);
    markBackedUp(storage, day(4));
    p = tick(p, 200, CHANGES_BEFORE_REMINDER, day(5));
    expect(shouldSuggestBackup(p, storage)).toBe(true);
  });
  it('never throws when storage is blocked', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    storage.failWrites = true;
    expect(() => markBackedUp(storage, day(1))).not.toThrow();
    expect(shouldSuggestBackup(tick(emptyProgress(), 0, 30, day(1)), storage)).toBe(true);
    expect(shouldSuggestBackup(emptyProgress(), null)).toBe(false);
  });
});

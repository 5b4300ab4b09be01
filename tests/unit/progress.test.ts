import { describe, expect, it } from 'vitest';
import { emptyProgress, isDone, isProgress, parseProgress, withMilestone } from '../../src/progress/model.ts';
import { BACKUP_PREFIX, STORAGE_KEY, createStore } from '../../src/progress/store.ts';
import { MemoryStorage } from './memory-storage.ts';

const now = () => new Date('2026-11-26T10:00:00.000Z');
const saved = (milestones: Record<string, unknown>) => JSON.stringify({ version: 1, milestones });

describe('progress model', () => {
  it('ticks and unticks without mutating the old value', () => {
    const empty = emptyProgress();
    const ticked = withMilestone(empty, 'mathematics/vectors', true, now());
    expect(isDone(ticked, 'mathematics/vectors')).toBe(true);
    expect(ticked.milestones['mathematics/vectors']).toEqual({ done: true, at: '2026-11-26T10:00:00.000Z' });
    expect(isDone(empty, 'mathematics/vectors')).toBe(false);
    expect(isDone(withMilestone(ticked, 'mathematics/vectors', false, now()), 'mathematics/vectors')).toBe(
      false,
    );
  });

  it('refuses keys that are not stage/milestone ids', () => {
    expect(() => withMilestone(emptyProgress(), '__proto__', true, now())).toThrow(/not a milestone key/);
  });

  it('classifies corrupt JSON, a wrong shape and a future version', () => {
    expect(parseProgress('{oops')).toEqual({ ok: false, reason: 'corrupt-json' });
    expect(parseProgress('[1,2]')).toEqual({ ok: false, reason: 'wrong-shape' });
    expect(parseProgress(saved({ 'a/b': { done: 'yes', at: 'now' } }))).toEqual({
      ok: false,
      reason: 'wrong-shape',
    });
    expect(parseProgress(JSON.stringify({ version: 7, milestones: {} }))).toEqual({
      ok: false,
      reason: 'future-version',
    });
  });

  it('rejects a __proto__ key and never touches Object.prototype', () => {
    const hostile = '{"version":1,"milestones":{"__proto__":{"done":true,"at":"2026-01-01T00:00:00Z"}}}';
    expect(parseProgress(hostile)).toEqual({ ok: false, reason: 'wrong-shape' });
    expect(({} as Record<string, unknown>).done).toBeUndefined();
    expect(isProgress(JSON.parse(hostile))).toBe(false);
  });
});

describe('progress store', () => {
  it('saves ticks under the versioned key and reads them back', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    expect(store.reload()).toEqual({ kind: 'none' });
    expect(store.set('mathematics/vectors', true)).toBe(true);
    const again = createStore(storage, { now });
    again.reload();
    expect(isDone(again.get(), 'mathematics/vectors')).toBe(true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: 1 });
  });

  it('moves a corrupt value to a backup key instead of deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const store = createStore(storage, { now });
    const notice = store.reload();
    expect(notice).toMatchObject({ kind: 'recovered', reason: 'corrupt-json', raw: '{not json' });
    const backupKey = `${BACKUP_PREFIX}unreadable:2026-11-26T10:00:00.000Z`;
    expect(storage.getItem(backupKey)).toBe('{not json');
    expect(store.set('mathematics/vectors', true)).toBe(true);
    expect(storage.getItem(backupKey)).toBe('{not json');
  });

  it('never writes over a value it could not back up', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":99}');
    storage.failWrites = true;
    const store = createStore(storage, { now });
    expect(store.reload()).toMatchObject({ kind: 'recovered', reason: 'future-version', backupKey: null });
    storage.failWrites = false;
    expect(store.set('mathematics/vectors', true)).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"version":99}');
  });

  it('keeps working in memory when storage throws', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    const blocked = createStore(storage, { now });
    expect(blocked.reload()).toEqual({ kind: 'unavailable' });
    expect(blocked.set('mathematics/vectors', true)).toBe(false);
    expect(isDone(blocked.get(), 'mathematics/vectors')).toBe(true);

    const full = new MemoryStorage();
    full.failWrites = true;
    const store = createStore(full, { now });
    store.reload();
    expect(store.set('mathematics/vectors', true)).toBe(false);
    expect(store.persistent).toBe(false);
    expect(isDone(store.get(), 'mathematics/vectors')).toBe(true);
  });

  it('works with no storage at all', () => {
    const store = createStore(null, { now });
    expect(store.reload()).toEqual({ kind: 'unavailable' });
    expect(store.set('a/b', true)).toBe(false);
  });
});

describe('progress store: aliases, replace and backups', () => {
  const stored = (milestones: Record<string, string>) =>
    JSON.stringify({
      version: 1,
      milestones: Object.fromEntries(Object.entries(milestones).map(([k, at]) => [k, { done: true, at }])),
    });

  it('carries progress under a renamed milestone to its new id and saves it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, stored({ 'maths/old-vectors': '2026-01-01T00:00:00.000Z' }));
    const store = createStore(storage, { now, aliases: { 'maths/old-vectors': 'maths/vectors' } });
    store.reload();
    expect(isDone(store.get(), 'maths/vectors')).toBe(true);
    expect(isDone(store.get(), 'maths/old-vectors')).toBe(false);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).milestones).toEqual({
      'maths/vectors': { done: true, at: '2026-01-01T00:00:00.000Z' },
    });
  });

  it('backs up current progress before replacing it, and lists backups', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    store.reload();
    store.set('maths/vectors', true);
    expect(store.replace(emptyProgress(), 'reset')).toBe(true);
    expect(store.get().milestones).toEqual({});
    const [backup] = store.backups();
    expect(backup).toMatchObject({ reason: 'reset', at: '2026-11-26T10:00:00.000Z' });
    expect(JSON.parse(backup!.raw).milestones).toHaveProperty(['maths/vectors']);
  });

  it('changes nothing when the backup cannot be written', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    store.reload();
    store.set('maths/vectors', true);
    const before = storage.getItem(STORAGE_KEY);
    storage.failWrites = true;
    expect(store.replace(emptyProgress(), 'import')).toBe(false);
    expect(isDone(store.get(), 'maths/vectors')).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });
});

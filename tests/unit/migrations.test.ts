import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/progress/import-file.ts';
import { isV1, migrate } from '../../src/progress/migrations.ts';
import { isDone, stateOf } from '../../src/progress/model.ts';
import { parseProgress } from '../../src/progress/parse.ts';
import { listBackups } from '../../src/progress/backup-list.ts';
import { BACKUP_PREFIX, STORAGE_KEY, createStore } from '../../src/progress/store.ts';
import { MemoryStorage } from './memory-storage.ts';

const V1_KEY = 'ml-roadmap:progress:v1';
const now = () => new Date('2026-11-28T12:00:00.000Z');
const v1 = (keys: string[], at = '2026-01-01T00:00:00.000Z') =>
  JSON.stringify({ version: 1, milestones: Object.fromEntries(keys.map((k) => [k, { done: true, at }])) });
/** 169 ticks, as many as the roadmap has milestones, with dates in two offsets. */
const manyKeys = Array.from({ length: 169 }, (_, i) => `stage-${i % 13}/milestone-${i}`);

describe('migrations: format 1 to 2', () => {
  it('turns every tick into done with the same time', () => {
    const value = JSON.parse(v1(['maths/a', 'ml/b'], '2026-03-01T09:30:00+02:00'));
    expect(isV1(value)).toBe(true);
    expect(migrate(value)).toEqual({
      version: 2,
      milestones: {
        'maths/a': { state: 'done', at: '2026-03-01T09:30:00+02:00' },
        'ml/b': { state: 'done', at: '2026-03-01T09:30:00+02:00' },
      },
    });
  });

  it('reads a format-1 string through parseProgress', () => {
    const parsed = parseProgress(v1(manyKeys));
    expect(parsed.ok && Object.keys(parsed.progress.milestones)).toEqual(manyKeys);
    expect(parsed.ok && parsed.progress.version).toBe(2);
  });

  it('rejects a broken format-1 value rather than half-migrating it', () => {
    const bad =
      '{"version":1,"milestones":{"maths/a":{"done":true,"at":"x"},"maths/b":{"done":true,"at":"2026-01-01T00:00:00Z"}}}';
    expect(parseProgress(bad)).toEqual({ ok: false, reason: 'wrong-shape' });
    expect(
      parseProgress('{"version":1,"milestones":{"maths/a":{"done":false,"at":"2026-01-01T00:00:00Z"}}}'),
    ).toEqual({
      ok: false,
      reason: 'wrong-shape',
    });
    expect(migrate({ version: 1, milestones: { __proto__: null } })).toEqual({ version: 2, milestones: {} });
  });
});

describe('migrations: a browser holding format-1 progress', () => {
  it('opens into format 2 with every tick kept, and keeps the old value as a backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, v1(manyKeys));
    const store = createStore(storage, { now });
    expect(store.reload()).toEqual({ kind: 'none' });
    for (const key of manyKeys) expect(isDone(store.get(), key)).toBe(true);
    const stored = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(stored.version).toBe(2);
    expect(Object.keys(stored.milestones)).toHaveLength(169);
    // Only after format 2 is saved does the old value move, whole, to the backups.
    expect(storage.getItem(V1_KEY)).toBeNull();
    expect(storage.getItem(`${BACKUP_PREFIX}migrated:2026-11-28T12:00:00.000Z`)).toBe(v1(manyKeys));
    expect(listBackups(storage).map((b) => b.reason)).toEqual(['migrated']);
  });

  it('leaves the format-1 value where it is when format 2 cannot be saved', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, v1(['maths/a']));
    storage.failWrites = true;
    const store = createStore(storage, { now });
    store.reload();
    expect(isDone(store.get(), 'maths/a')).toBe(true);
    expect(storage.getItem(V1_KEY)).toBe(v1(['maths/a']));
    expect(storage.keys()).toEqual([V1_KEY]);
  });

  it('keeps the format-1 value under its key if the backup copy cannot be made', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, v1(['maths/a']));
    const original = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key.startsWith(BACKUP_PREFIX)) throw new DOMException('full', 'QuotaExceededError');
      original(key, value);
    };
    createStore(storage, { now }).reload();
    expect(storage.getItem(V1_KEY)).toBe(v1(['maths/a']));
    expect(isDone(JSON.parse(storage.getItem(STORAGE_KEY)!) as never, 'maths/a')).toBe(true);
  });

  it('merges ticks a tab of the old site saved beside format 2: the later change wins', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        milestones: {
          'maths/a': { at: '2026-06-01T00:00:00.000Z' }, // unticked here after the old tab's tick
          'maths/b': { state: 'doing', at: '2026-01-01T00:00:00.000Z', note: 'kept' },
        },
      }),
    );
    storage.setItem(V1_KEY, v1(['maths/a', 'maths/b', 'maths/c'], '2026-03-01T00:00:00.000Z'));
    const store = createStore(storage, { now });
    store.reload();
    expect(stateOf(store.get(), 'maths/a')).toBeUndefined();
    // Format 1 holds no notes, so its later tick keeps the note written here.
    expect(store.get().milestones['maths/b']).toEqual({
      state: 'done',
      at: '2026-03-01T00:00:00.000Z',
      note: 'kept',
    });
    expect(isDone(store.get(), 'maths/c')).toBe(true);
    expect(storage.getItem(V1_KEY)).toBeNull();
    expect(listBackups(storage)).toHaveLength(1);
  });

  it('sets aside an unreadable format-1 value and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, '{"version":1,"milestones":');
    const store = createStore(storage, { now });
    expect(store.reload()).toMatchObject({ kind: 'recovered', reason: 'corrupt-json' });
    expect(storage.getItem(V1_KEY)).toBeNull();
    expect(listBackups(storage)).toMatchObject([{ reason: 'unreadable', raw: '{"version":1,"milestones":' }]);
  });

  it('applies renamed ids after migrating', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, v1(['maths/old']));
    const store = createStore(storage, { now, aliases: { 'maths/old': 'maths/new' } });
    store.reload();
    expect(Object.keys(JSON.parse(storage.getItem(STORAGE_KEY)!).milestones)).toEqual(['maths/new']);
  });

  it('restores a format-1 backup as format 2', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, v1(['maths/a']));
    const store = createStore(storage, { now });
    store.reload();
    store.replace({ version: 2, milestones: {} }, 'reset');
    const migrated = listBackups(storage).find((b) => b.reason === 'migrated')!;
    const parsed = parseProgress(migrated.raw);
    expect(parsed.ok && isDone(parsed.progress, 'maths/a')).toBe(true);
  });
});

describe('migrations: format-1 export files', () => {
  it('imports a format-1 file as format 2', async () => {
    const text = JSON.stringify({ ...JSON.parse(v1(manyKeys)), exportedAt: '2026-11-01T00:00:00.000Z' });
    const result = await readImportFile({ name: 'old.json', size: text.length, text: async () => text });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.version).toBe(2);
    expect(Object.values(result.progress.milestones).every((e) => e.state === 'done')).toBe(true);
    expect(Object.keys(result.progress.milestones)).toHaveLength(169);
    expect(result.progress).not.toHaveProperty('exportedAt');
  });
});

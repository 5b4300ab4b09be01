import { describe, expect, it } from 'vitest';
import { withMilestone, withState } from '../../src/progress/changes.ts';
import { withNote } from '../../src/progress/notes.ts';
import { emptyProgress, isDone, noteOf, stateOf } from '../../src/progress/model.ts';
import { isProgress, parseProgress } from '../../src/progress/parse.ts';
import { listBackups } from '../../src/progress/backup-list.ts';
import { BACKUP_PREFIX, LEGACY_KEYS, STORAGE_KEY, createStore } from '../../src/progress/store.ts';
import { MemoryStorage } from './memory-storage.ts';

const now = () => new Date('2026-11-26T10:00:00.000Z');
const later = new Date('2026-11-27T10:00:00.000Z');
const saved = (milestones: Record<string, unknown>) => JSON.stringify({ version: 2, milestones });

describe('state changes', () => {
  it('ticks and unticks without mutating the old value', () => {
    const empty = emptyProgress();
    const ticked = withMilestone(empty, 'mathematics/vectors', true, now());
    expect(isDone(ticked, 'mathematics/vectors')).toBe(true);
    expect(ticked.milestones['mathematics/vectors']).toEqual({
      state: 'done',
      at: '2026-11-26T10:00:00.000Z',
    });
    expect(isDone(empty, 'mathematics/vectors')).toBe(false);
    const unticked = withMilestone(ticked, 'mathematics/vectors', false, later);
    expect(isDone(unticked, 'mathematics/vectors')).toBe(false);
    // A cleared milestone keeps when it was cleared, so a merge with an older tick does not undo it.
    expect(unticked.milestones['mathematics/vectors']).toEqual({ at: '2026-11-27T10:00:00.000Z' });
  });

  it('moves between done, doing, skipped and not started, keeping the note', () => {
    let p = withNote(emptyProgress(), 'ml/a', 'read chapter 3', now());
    expect(stateOf(p, 'ml/a')).toBeUndefined();
    for (const state of ['doing', 'skipped', 'done'] as const) {
      p = withState(p, 'ml/a', state, later);
      expect(stateOf(p, 'ml/a')).toBe(state);
      expect(noteOf(p, 'ml/a')).toBe('read chapter 3');
    }
    p = withState(p, 'ml/a', null, later);
    expect(p.milestones['ml/a']).toEqual({ at: later.toISOString(), note: 'read chapter 3' });
  });

  it('returns the same object for a change that changes nothing, keeping the time', () => {
    const p = withState(emptyProgress(), 'ml/a', 'doing', now());
    expect(withState(p, 'ml/a', 'doing', later)).toBe(p);
    expect(withState(p, 'ml/b', null, later)).toBe(p);
    expect(withNote(p, 'ml/a', '', later)).toBe(p);
    expect(withNote(p, 'ml/a', '   ', later)).toBe(p);
    const noted = withNote(p, 'ml/a', 'x', later);
    expect(withNote(noted, 'ml/a', 'x', new Date())).toBe(noted);
  });

  it('sets and removes a note, and stamps the change', () => {
    const p = withNote(emptyProgress(), 'ml/a', 'first thoughts', now());
    expect(p.milestones['ml/a']).toEqual({ at: now().toISOString(), note: 'first thoughts' });
    const removed = withNote(p, 'ml/a', '', later);
    expect(removed.milestones['ml/a']).toEqual({ at: later.toISOString() });
    expect(noteOf(removed, 'ml/a')).toBe('');
  });

  it('refuses keys that are not stage/milestone ids', () => {
    for (const key of ['__proto__', 'constructor', 'a/b/c', 'A/b', 'a/<b>'])
      expect(() => withState(emptyProgress(), key, 'done', now())).toThrow(/not a milestone key/);
    expect(() => withNote(emptyProgress(), '__proto__', 'x', now())).toThrow(/not a milestone key/);
  });

  it('keeps extension fields (plan, review, seen) through every change', () => {
    const p = { ...emptyProgress(), plan: { hoursPerWeek: 6 } };
    const changed = withNote(withState(p, 'ml/a', 'done', now()), 'ml/a', 'n', now());
    expect(changed.plan).toEqual({ hoursPerWeek: 6 });
  });
});

describe('parsing stored progress', () => {
  it('classifies corrupt JSON, a wrong shape and a future version', () => {
    expect(parseProgress('{oops')).toEqual({ ok: false, reason: 'corrupt-json' });
    expect(parseProgress('[1,2]')).toEqual({ ok: false, reason: 'wrong-shape' });
    expect(parseProgress('null')).toEqual({ ok: false, reason: 'wrong-shape' });
    expect(parseProgress(saved({ 'a/b': { state: 'finished', at: '2026-01-01T00:00:00Z' } }))).toEqual({
      ok: false,
      reason: 'wrong-shape',
    });
    expect(parseProgress(saved({ 'a/b': { state: 'done', at: 'now' } }))).toMatchObject({ ok: false });
    expect(parseProgress(saved({ 'a/b': { note: 'x' } }))).toMatchObject({ ok: false });
    expect(parseProgress(JSON.stringify({ version: 7, milestones: {} }))).toEqual({
      ok: false,
      reason: 'future-version',
    });
    expect(parseProgress(JSON.stringify({ version: 0, milestones: {} }))).toMatchObject({ ok: false });
    expect(parseProgress(JSON.stringify({ version: '2', milestones: {} }))).toMatchObject({ ok: false });
  });

  it('rejects a __proto__ key and never touches Object.prototype', () => {
    const hostile = '{"version":2,"milestones":{"__proto__":{"state":"done","at":"2026-01-01T00:00:00Z"}}}';
    expect(parseProgress(hostile)).toEqual({ ok: false, reason: 'wrong-shape' });
    expect(({} as Record<string, unknown>).state).toBeUndefined();
    expect(isProgress(JSON.parse(hostile))).toBe(false);
  });

  it('rebuilds entries without unknown fields, and carries unknown top-level fields', () => {
    const raw = JSON.stringify({
      version: 2,
      milestones: { 'a/b': { state: 'doing', at: '2026-01-01T00:00:00Z', extra: '<b>' } },
      plan: { hoursPerWeek: 8 },
      review: [1, 2],
      seen: ['a/b'],
      constructor: 'no',
      toString: 'no',
    });
    const parsed = parseProgress(raw);
    expect(parsed.ok && parsed.progress).toEqual({
      version: 2,
      milestones: { 'a/b': { state: 'doing', at: '2026-01-01T00:00:00Z' } },
      plan: { hoursPerWeek: 8 },
      review: [1, 2],
      seen: ['a/b'],
    });
    expect(parsed.ok && Object.getPrototypeOf(parsed.progress.milestones)).toBeNull();
  });
});

describe('progress store', () => {
  it('saves states and notes under the v2 key and reads them back', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    expect(store.reload()).toEqual({ kind: 'none' });
    expect(store.set('mathematics/vectors', true)).toBe(true);
    expect(store.update((p, at) => withState(p, 'mathematics/matrices', 'doing', at))).toBe(true);
    expect(store.update((p, at) => withNote(p, 'mathematics/matrices', 'page 40', at))).toBe(true);
    const again = createStore(storage, { now });
    again.reload();
    expect(isDone(again.get(), 'mathematics/vectors')).toBe(true);
    expect(stateOf(again.get(), 'mathematics/matrices')).toBe('doing');
    expect(noteOf(again.get(), 'mathematics/matrices')).toBe('page 40');
    expect(STORAGE_KEY).toBe('ml-roadmap:progress:v2');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: 2 });
  });

  it('writes nothing for an edit that changes nothing', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    store.reload();
    expect(store.set('a/b', false)).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
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

  it('sets aside progress from a future version, and never writes over a value it could not back up', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":3,"milestones":{}}');
    expect(createStore(storage, { now }).reload()).toMatchObject({ reason: 'future-version' });
    expect(storage.getItem(STORAGE_KEY)).toBeNull();

    const full = new MemoryStorage();
    full.setItem(STORAGE_KEY, '{"version":99}');
    full.failWrites = true;
    const store = createStore(full, { now });
    expect(store.reload()).toMatchObject({ kind: 'recovered', reason: 'future-version', backupKey: null });
    full.failWrites = false;
    expect(store.set('mathematics/vectors', true)).toBe(false);
    expect(full.getItem(STORAGE_KEY)).toBe('{"version":99}');
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
    expect(store.update((p, at) => withNote(p, 'mathematics/vectors', 'x', at))).toBe(false);
    expect(store.persistent).toBe(false);
    expect(noteOf(store.get(), 'mathematics/vectors')).toBe('x');
  });

  it('works with no storage at all', () => {
    const store = createStore(null, { now });
    expect(store.reload()).toEqual({ kind: 'unavailable' });
    expect(store.set('a/b', true)).toBe(false);
  });
});

describe('progress store: aliases, replace and backups', () => {
  it('carries progress under a renamed milestone to its new id and saves it', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      saved({ 'maths/old-vectors': { state: 'skipped', at: '2026-01-01T00:00:00.000Z', note: 'n' } }),
    );
    const store = createStore(storage, { now, aliases: { 'maths/old-vectors': 'maths/vectors' } });
    store.reload();
    expect(stateOf(store.get(), 'maths/vectors')).toBe('skipped');
    expect(stateOf(store.get(), 'maths/old-vectors')).toBeUndefined();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).milestones).toEqual({
      'maths/vectors': { state: 'skipped', at: '2026-01-01T00:00:00.000Z', note: 'n' },
    });
  });

  it('backs up current progress, notes included, before replacing it, and lists backups', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    store.reload();
    store.update((p, at) => withNote(p, 'maths/vectors', 'my note', at));
    expect(store.replace(emptyProgress(), 'reset')).toBe(true);
    expect(store.get().milestones).toEqual({});
    const [backup] = listBackups(storage);
    expect(backup).toMatchObject({ reason: 'reset', at: '2026-11-26T10:00:00.000Z' });
    expect(JSON.parse(backup!.raw).milestones['maths/vectors'].note).toBe('my note');
  });

  it('backs up a progress that holds only an extension field', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 2, milestones: {}, plan: { weeks: 3 } }));
    const store = createStore(storage, { now });
    store.reload();
    store.replace(emptyProgress(), 'reset');
    expect(listBackups(storage)).toHaveLength(1);
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

  it('keeps storage keys it does not own, and lists only well-named backups', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${BACKUP_PREFIX}whatever`, 'x');
    storage.setItem('theme', 'dark');
    expect(LEGACY_KEYS).toEqual(['ml-roadmap:progress:v1']);
    const store = createStore(storage, { now });
    store.reload();
    expect(listBackups(storage)).toEqual([]);
    expect(storage.getItem('theme')).toBe('dark');
  });
});

import { describe, expect, it } from 'vitest';
import { withMilestone, withState } from '../../src/progress/changes.ts';
import { withNote } from '../../src/progress/notes.ts';
import { readImportFile } from '../../src/progress/import-file.ts';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import { mergeProgress } from '../../src/progress/merge.ts';
import {
  exportFileName,
  exportProgress,
  overwrittenNotes,
  previewImport,
} from '../../src/progress/transfer.ts';

const file = (text: string, name = 'progress.json', size = new TextEncoder().encode(text).length) => ({
  name,
  size,
  text: async () => text,
});
const early = new Date('2026-01-01T00:00:00Z');
const mid = new Date('2026-06-01T00:00:00Z');
const late = new Date('2026-11-26T10:00:00Z');

describe('export', () => {
  it('names the file by local date and round-trips states, notes, cleared entries and extensions', async () => {
    expect(exportFileName(new Date(2026, 0, 5, 12))).toBe('ml-roadmap-progress-2026-01-05.json');
    let progress: Progress = { ...emptyProgress(), plan: { hoursPerWeek: 5 } };
    progress = withMilestone(progress, 'maths/a', true, early);
    progress = withState(progress, 'maths/b', 'doing', early);
    progress = withNote(progress, 'maths/b', 'see <chapter 2>', mid);
    progress = withState(progress, 'maths/c', 'skipped', early);
    progress = withMilestone(withMilestone(progress, 'maths/d', true, early), 'maths/d', false, mid);
    const text = exportProgress(progress, late);
    expect(JSON.parse(text)).toMatchObject({ version: 2, exportedAt: late.toISOString() });
    const result = await readImportFile(file(text));
    expect(result).toEqual({
      ok: true,
      progress: {
        version: 2,
        milestones: {
          'maths/a': { state: 'done', at: '2026-01-01T00:00:00.000Z' },
          'maths/b': { state: 'doing', at: '2026-06-01T00:00:00.000Z', note: 'see <chapter 2>' },
          'maths/c': { state: 'skipped', at: '2026-01-01T00:00:00.000Z' },
          'maths/d': { at: '2026-06-01T00:00:00.000Z' },
        },
        plan: { hoursPerWeek: 5 },
      },
    });
  });
});

describe('import checks', () => {
  it('rejects an oversize file before reading it', async () => {
    const result = await readImportFile({
      name: 'big.json',
      size: 1_000_001,
      text: async () => {
        throw new Error('read');
      },
    });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('at most 1 MB') });
  });

  it('rejects text that is not JSON', async () => {
    expect(await readImportFile(file('hello'))).toEqual({
      ok: false,
      message: expect.stringContaining('not a JSON file'),
    });
  });

  it('rejects a file from a newer version', async () => {
    const result = await readImportFile(file('{"version":3,"milestones":{}}'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('newer version') });
  });

  it('rejects a wrong shape in either format and names where', async () => {
    const v1 = await readImportFile(
      file('{"version":1,"milestones":{"maths/a":{"done":true,"at":"yesterday"}}}'),
    );
    expect(v1).toEqual({ ok: false, message: expect.stringMatching(/at milestones → maths\/a → at/) });
    const v2 = await readImportFile(
      file('{"version":2,"milestones":{"maths/a":{"state":"finished","at":"2026-01-01T00:00:00Z"}}}'),
    );
    expect(v2).toEqual({ ok: false, message: expect.stringMatching(/at milestones → maths\/a → state/) });
    const noVersion = await readImportFile(file('{"milestones":{}}'));
    expect(noVersion).toEqual({ ok: false, message: expect.stringMatching(/at version/) });
  });

  it('rejects a note over 2,000 characters, saying so', async () => {
    const note = 'x'.repeat(2001);
    const result = await readImportFile(
      file(JSON.stringify({ version: 2, milestones: { 'maths/a': { at: late.toISOString(), note } } })),
    );
    expect(result).toEqual({ ok: false, message: expect.stringContaining('at most 2000 characters') });
  });

  it('imports hostile note text as text, without control characters', async () => {
    const note = '<img src=x onerror=alert(1)>\u0000\u001b[31m';
    const result = await readImportFile(
      file(JSON.stringify({ version: 2, milestones: { 'maths/a': { at: late.toISOString(), note } } })),
    );
    expect(result.ok && result.progress.milestones['maths/a']?.note).toBe('<img src=x onerror=alert(1)>[31m');
  });

  it('rejects __proto__ and constructor keys without polluting any object', async () => {
    for (const version of [1, 2])
      for (const key of ['__proto__', 'constructor', 'maths/__proto__']) {
        const entry =
          version === 1
            ? '{"done":true,"at":"2026-01-01T00:00:00Z"}'
            : '{"state":"done","at":"2026-01-01T00:00:00Z"}';
        const text = `{"version":${version},"milestones":{"${key}":${entry}}}`;
        expect((await readImportFile(file(text))).ok).toBe(false);
      }
    const proto = '{"__proto__":{"polluted":true},"version":2,"milestones":{}}';
    const result = await readImportFile(file(proto));
    expect(result.ok).toBe(true);
    expect(result.ok && Object.getPrototypeOf(result.progress)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('merge rules', () => {
  it('keeps, per milestone, the later change', () => {
    let current = withState(emptyProgress(), 'maths/a', 'doing', late);
    current = withState(current, 'maths/b', 'done', early);
    current = withState(current, 'maths/only-here', 'skipped', early);
    let incoming = withState(emptyProgress(), 'maths/a', 'done', mid);
    incoming = withState(incoming, 'maths/b', 'skipped', mid);
    incoming = withState(incoming, 'maths/only-there', 'done', early);
    const merged = mergeProgress(current, incoming);
    expect(merged.milestones).toEqual({
      'maths/a': { state: 'doing', at: late.toISOString() },
      'maths/b': { state: 'skipped', at: mid.toISOString() },
      'maths/only-here': { state: 'skipped', at: early.toISOString() },
      'maths/only-there': { state: 'done', at: early.toISOString() },
    });
  });

  it('lets a later clearing win over an earlier tick, and keeps this side on a tie', () => {
    const ticked = withMilestone(emptyProgress(), 'maths/a', true, early);
    const cleared = withMilestone(ticked, 'maths/a', false, mid);
    expect(mergeProgress(ticked, cleared).milestones['maths/a']).toEqual({ at: mid.toISOString() });
    expect(mergeProgress(cleared, ticked).milestones['maths/a']).toEqual({ at: mid.toISOString() });
    const other = withState(emptyProgress(), 'maths/a', 'skipped', early);
    expect(mergeProgress(ticked, other).milestones['maths/a']?.state).toBe('done');
  });

  it('compares times, not strings, across offsets', () => {
    const a: Progress = {
      version: 2,
      milestones: { 'm/a': { state: 'done', at: '2026-01-01T10:00:00+02:00' } },
    };
    const b: Progress = { version: 2, milestones: { 'm/a': { state: 'doing', at: '2026-01-01T09:00:00Z' } } };
    expect(mergeProgress(a, b).milestones['m/a']?.state).toBe('doing');
  });

  it('takes a later entry whole, note and all, and reports the notes it overwrites', () => {
    const mine = withNote(emptyProgress(), 'maths/a', 'mine', early);
    const theirs = withState(emptyProgress(), 'maths/a', 'done', late);
    const merged = mergeProgress(mine, theirs);
    expect(merged.milestones['maths/a']).toEqual({ state: 'done', at: late.toISOString() });
    expect(overwrittenNotes(mine, merged)).toEqual(['maths/a']);
    expect(overwrittenNotes(mine, mergeProgress(theirs, mine))).toEqual(['maths/a']);
    expect(overwrittenNotes(mine, mine)).toEqual([]);
    expect(mergeProgress(mine, theirs, true).milestones['maths/a']).toEqual({
      state: 'done',
      at: late.toISOString(),
      note: 'mine',
    });
  });

  it('keeps extension fields of this side, filling in those only the file has', () => {
    const current: Progress = { ...emptyProgress(), plan: { mine: true } };
    const incoming: Progress = { ...emptyProgress(), plan: { theirs: true }, seen: ['a/b'] };
    const merged = mergeProgress(current, incoming);
    expect(merged.plan).toEqual({ mine: true });
    expect(merged.seen).toEqual(['a/b']);
  });
});

describe('import preview', () => {
  let current = withState(emptyProgress(), 'maths/a', 'done', late);
  current = withState(current, 'maths/b', 'doing', early);
  current = withNote(current, 'maths/b', 'my note', early);
  current = withNote(current, 'maths/c', 'kept either way?', late);
  let incoming = ['maths/a', 'maths/b', 'gone/x', 'maths/old'].reduce(
    (p, k) => withState(p, k, 'done', mid),
    emptyProgress(),
  );
  incoming = withNote(incoming, 'maths/d', 'theirs', mid);
  const known = new Set(['maths/a', 'maths/b', 'maths/c', 'maths/d', 'maths/e']);

  it('counts new, same, differing and unknown milestones, after aliases, and notes at risk', () => {
    expect(previewImport(current, incoming, known)).toEqual({
      added: 0,
      alreadyDone: 1,
      differing: 1,
      unknown: 2,
      notes: 1,
      overwritten: { merge: 1, replace: 2 },
    });
    expect(previewImport(current, incoming, known, { 'maths/old': 'maths/e' })).toMatchObject({
      added: 1,
      unknown: 1,
    });
  });
});

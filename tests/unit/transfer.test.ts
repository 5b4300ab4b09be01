import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/progress/import-file.ts';
import { emptyProgress, withMilestone } from '../../src/progress/model.ts';
import { exportFileName, exportProgress, mergeProgress, previewImport } from '../../src/progress/transfer.ts';

const file = (text: string, name = 'progress.json', size = new TextEncoder().encode(text).length) => ({
  name,
  size,
  text: async () => text,
});
const early = new Date('2026-01-01T00:00:00Z');
const late = new Date('2026-11-26T10:00:00Z');

describe('export', () => {
  it('names the file by local date and round-trips through import', async () => {
    expect(exportFileName(new Date(2026, 0, 5, 12))).toBe('ml-roadmap-progress-2026-01-05.json');
    const progress = withMilestone(emptyProgress(), 'maths/a', true, early);
    const result = await readImportFile(file(exportProgress(progress, late)));
    expect(result).toEqual({
      ok: true,
      progress: { version: 1, milestones: { 'maths/a': { done: true, at: '2026-01-01T00:00:00.000Z' } } },
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
    const result = await readImportFile(file('{"version":2,"milestones":{}}'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('newer version') });
  });

  it('rejects a wrong shape and names where', async () => {
    const result = await readImportFile(
      file('{"version":1,"milestones":{"maths/a":{"done":true,"at":"yesterday"}}}'),
    );
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/at milestones → maths\/a → at/) });
  });

  it('rejects __proto__ and constructor keys without polluting any object', async () => {
    for (const key of ['__proto__', 'constructor', 'maths/__proto__']) {
      const text = `{"version":1,"milestones":{"${key}":{"done":true,"at":"2026-01-01T00:00:00Z"}}}`;
      expect((await readImportFile(file(text))).ok).toBe(false);
    }
    const proto = '{"__proto__":{"polluted":true},"version":1,"milestones":{}}';
    expect((await readImportFile(file(proto))).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('preview, merge and replace', () => {
  const current = withMilestone(emptyProgress(), 'maths/a', true, late);
  const incoming = ['maths/a', 'maths/b', 'gone/x', 'maths/old'].reduce(
    (p, k) => withMilestone(p, k, true, early),
    emptyProgress(),
  );
  const known = new Set(['maths/a', 'maths/b', 'maths/c']);

  it('counts new, already done and unknown milestones, after aliases', () => {
    expect(previewImport(current, incoming, known)).toEqual({ added: 1, alreadyDone: 1, unknown: 2 });
    expect(previewImport(current, incoming, known, { 'maths/old': 'maths/c' })).toEqual({
      added: 2,
      alreadyDone: 1,
      unknown: 1,
    });
  });

  it('merges both sides, keeping the earlier date', () => {
    const merged = mergeProgress(current, incoming);
    expect(Object.keys(merged.milestones).sort()).toEqual(['gone/x', 'maths/a', 'maths/b', 'maths/old']);
    expect(merged.milestones['maths/a']?.at).toBe('2026-01-01T00:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { withState } from '../../src/progress/changes.ts';
import { emptyProgress, noteOf } from '../../src/progress/model.ts';
import { listNotes } from '../../src/progress/note-list.ts';
import { MAX_NOTE_LENGTH, cleanNote, withNote } from '../../src/progress/notes.ts';
import { readImportFile } from '../../src/progress/import-file.ts';
import { parseProgress } from '../../src/progress/parse.ts';
import type { RoadmapIndex } from '../../src/progress/roadmap-index.ts';
import { indexStage } from './helpers.ts';

const at = new Date('2026-11-26T10:00:00Z');

describe('note length limit', () => {
  it('keeps a note of exactly 2,000 characters and cuts a longer one', () => {
    expect(MAX_NOTE_LENGTH).toBe(2000);
    expect(cleanNote('a'.repeat(2000))).toHaveLength(2000);
    expect(cleanNote('a'.repeat(2001))).toBe('a'.repeat(2000));
  });

  it('never splits a character made of two UTF-16 units', () => {
    const cut = cleanNote(`${'a'.repeat(1999)}😀b`);
    expect(cut).toBe('a'.repeat(1999));
    expect(cleanNote(`${'a'.repeat(1998)}😀`)).toBe(`${'a'.repeat(1998)}😀`);
  });

  it('refuses a stored note over the limit (it cannot come from this site)', () => {
    const raw = JSON.stringify({
      version: 2,
      milestones: { 'a/b': { at: at.toISOString(), note: 'x'.repeat(2001) } },
    });
    expect(parseProgress(raw)).toEqual({ ok: false, reason: 'wrong-shape' });
  });
});

describe('hostile notes', () => {
  it('keeps HTML as the text it is: the page shows it, never runs it', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;';
    const p = withNote(emptyProgress(), 'a/b', html, at);
    expect(noteOf(p, 'a/b')).toBe(html);
    const back = parseProgress(JSON.stringify(p));
    expect(back.ok && noteOf(back.progress, 'a/b')).toBe(html);
  });

  it('cuts a 1 MB paste to the limit quickly', () => {
    const huge = '<b>x</b>\u0000'.repeat(120_000);
    const started = performance.now();
    const note = cleanNote(huge);
    expect(performance.now() - started).toBeLessThan(50);
    expect(note.length).toBe(MAX_NOTE_LENGTH);
    expect(note).not.toContain('\u0000');
  });

  it('drops control characters and broken surrogates, keeps tabs, line breaks and emoji', () => {
    expect(cleanNote('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(cleanNote('line 1\r\nline 2\rline 3\n\tindented')).toBe('line 1\nline 2\nline 3\n\tindented');
    expect(cleanNote('ok \uD800 \uDC00 😀')).toBe('ok   😀');
    expect(cleanNote('права ✓ 数学 \u200F')).toBe('права ✓ 数学 \u200F');
  });

  it('treats a note of only spaces or controls as no note, but keeps the spaces of one being typed', () => {
    expect(cleanNote('  \n\t ')).toBe('');
    expect(cleanNote('\u0000\u0001')).toBe('');
    expect(cleanNote('typing ')).toBe('typing ');
  });

  it('cleans control characters out of an imported note (stored ones were cleaned when written)', async () => {
    const text = JSON.stringify({
      version: 2,
      milestones: { 'a/b': { at: at.toISOString(), note: 'x\u0000y' } },
    });
    const imported = await readImportFile({ name: 'f.json', size: text.length, text: async () => text });
    expect(imported.ok && noteOf(imported.progress, 'a/b')).toBe('xy');
    const blank = JSON.stringify({
      version: 2,
      milestones: { 'a/b': { at: at.toISOString(), note: '\u0001 ' } },
    });
    const empty = await readImportFile({ name: 'f.json', size: blank.length, text: async () => blank });
    expect(empty.ok && empty.progress.milestones['a/b']).toEqual({ at: at.toISOString() });
  });

  it('refuses a note that is not a string', () => {
    const raw = JSON.stringify({
      version: 2,
      milestones: { 'a/b': { at: at.toISOString(), note: { html: 1 } } },
    });
    expect(parseProgress(raw)).toMatchObject({ ok: false });
  });
});

describe('listing notes', () => {
  const index: RoadmapIndex = {
    stages: [
      indexStage('maths', [
        ['a', 1],
        ['b', 1],
      ]),
      { ...indexStage('ml', [['c', 1]]), title: 'ML' },
    ],
    aliases: {},
  };

  it('lists notes in roadmap order with titles, then notes on milestones that are gone', () => {
    let p = emptyProgress();
    for (const key of ['ml/c', 'zzz/gone', 'maths/b', 'aaa/gone']) p = withNote(p, key, `note on ${key}`, at);
    p = withState(p, 'maths/a', 'done', at);
    expect(listNotes(index, p).map((n) => [n.key, n.title ?? null, n.note])).toEqual([
      ['maths/b', 'B', 'note on maths/b'],
      ['ml/c', 'C', 'note on ml/c'],
      ['aaa/gone', null, 'note on aaa/gone'],
      ['zzz/gone', null, 'note on zzz/gone'],
    ]);
    expect(listNotes(index, p)[0]).toMatchObject({ stageId: 'maths', milestoneId: 'b', stageTitle: 'Maths' });
  });
});

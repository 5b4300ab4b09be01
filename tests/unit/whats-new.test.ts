import { describe, expect, it } from 'vitest';
import { withMilestone, withState } from '../../src/progress/changes.ts';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import type { RoadmapIndex } from '../../src/progress/roadmap-index.ts';
import { withSeen } from '../../src/progress/seen-record.ts';
import { MAX_SEEN_KEYS, seenKeys, unseenKeys } from '../../src/progress/seen.ts';
import { createStore } from '../../src/progress/store.ts';
import { whatsNew } from '../../src/progress/whats-new.ts';
import { whatsNewText } from '../../src/progress/whats-new-text.ts';
import { MemoryStorage } from './memory-storage.ts';

const stage = (id: string, ...ids: string[]) => ({
  id,
  title: id.toUpperCase(),
  prerequisites: [],
  milestones: ids.map((m) => ({ id: m, title: `${id} ${m}`, hours: 1 })),
});
const before: RoadmapIndex = { stages: [stage('maths', 'a', 'b'), stage('code', 'c', 'd')], aliases: {} };
const after: RoadmapIndex = {
  stages: [stage('maths', 'a', 'b', 'e'), stage('code', 'c', 'd', 'f', 'g'), stage('llm', 'h')],
  aliases: {},
};
const at = new Date('2026-11-26T10:00:00Z');
const visited = (index: RoadmapIndex, p: Progress = emptyProgress()) => withSeen(p, index);
const withRaw = (seen: unknown): Progress => ({ ...emptyProgress(), seen });

describe('the seen field', () => {
  it('is compact: ids grouped by stage', () => {
    expect(visited(before).seen).toEqual({ maths: ['a', 'b'], code: ['c', 'd'] });
  });

  it('is written once: recording the same roadmap again returns the same progress (nothing to save)', () => {
    const p = visited(before);
    expect(withSeen(p, before)).toBe(p);
    expect(withSeen(p, after)).not.toBe(p);
  });

  it('keeps the ticks and other extension fields', () => {
    const p = { ...withMilestone(emptyProgress(), 'maths/a', true, at), plan: { hours: 5 } };
    const seen = withSeen(p, before);
    expect(seen.milestones).toBe(p.milestones);
    expect(seen.plan).toEqual({ hours: 5 });
  });

  it('survives a save and a reload next to the progress', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now: () => at });
    store.reload();
    store.update((p) => withSeen(withMilestone(p, 'maths/a', true, at), before));
    const again = createStore(storage);
    again.reload();
    expect(seenKeys(again.get())).toEqual(new Set(['maths/a', 'maths/b', 'code/c', 'code/d']));
  });

  it.each([
    ['a string', 'maths/a'],
    ['an array', ['maths/a']],
    ['null', null],
    ['a number', 42],
    ['ids that are not a list', { maths: 'a b' }],
    ['a list holding a non-string', { maths: ['a', 7] }],
    ['a list holding an object', { maths: [{ toString: 'a' }] }],
    ['an id that is not kebab-case', { maths: ['A B'] }],
    ['a key path in an id', { maths: ['a/b'] }],
    ['a prototype name as a stage', JSON.parse('{"__proto__": ["a"]}')],
    ['an empty stage id', { '': ['a'] }],
    ['too many keys', { maths: Array.from({ length: MAX_SEEN_KEYS + 1 }, (_, i) => `m${i}`) }],
  ])('treats %s as absent (a first visit), without throwing', (_, seen) => {
    const p = withRaw(seen);
    expect(seenKeys(p)).toBeNull();
    expect(unseenKeys(after, p).size).toBe(0);
    expect(whatsNew(after, p)).toBeNull();
    // …and a first visit then writes a good value over it.
    expect(seenKeys(withSeen(p, after))?.size).toBe(8);
  });

  it('reads a stage named like an Object.prototype property as a stage that has gone, nothing more', () => {
    expect(whatsNew(before, withRaw({ constructor: ['a'], maths: ['a', 'b'], code: ['c', 'd'] }))).toEqual({
      added: [],
      inFinished: 0,
      gone: ['constructor/a'],
    });
  });

  it('does not let a hostile value touch Object.prototype', () => {
    seenKeys(withRaw(JSON.parse('{"__proto__": {"polluted": ["x"]}}')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what is new', () => {
  it('says nothing on a first visit, even with progress saved', () => {
    const p = withMilestone(emptyProgress(), 'maths/a', true, at);
    expect(whatsNew(after, p)).toBeNull();
    expect(unseenKeys(after, p).size).toBe(0);
  });

  it('says nothing when the roadmap has not changed', () => {
    expect(whatsNew(before, visited(before))).toBeNull();
    expect(unseenKeys(before, visited(before)).size).toBe(0);
  });

  it('lists milestones added since the last visit, in roadmap order, with titles', () => {
    const news = whatsNew(after, visited(before))!;
    expect(news.added.map((m) => `${m.stageId}/${m.milestoneId}`)).toEqual([
      'maths/e',
      'code/f',
      'code/g',
      'llm/h',
    ]);
    expect(news.added[0]).toEqual({
      stageId: 'maths',
      milestoneId: 'e',
      title: 'maths e',
      stageTitle: 'MATHS',
    });
    expect(news.gone).toEqual([]);
    expect(unseenKeys(after, visited(before))).toEqual(new Set(['maths/e', 'code/f', 'code/g', 'llm/h']));
  });

  it('counts the new milestones that landed in stages the learner had finished (done or skipped)', () => {
    let p = visited(before);
    p = withState(p, 'code/c', 'done', at);
    p = withState(p, 'code/d', 'skipped', at);
    p = withState(p, 'maths/a', 'done', at); // maths/b not finished: maths does not count
    expect(whatsNew(after, p)!.inFinished).toBe(2);
    // A brand-new stage was never finished.
    expect(whatsNew(after, withState(visited(before), 'maths/b', 'doing', at))!.inFinished).toBe(0);
  });

  it('names milestones that disappeared', () => {
    const shrunk: RoadmapIndex = { stages: [stage('maths', 'a'), stage('code', 'c', 'd')], aliases: {} };
    expect(whatsNew(shrunk, visited(before))).toEqual({ added: [], inFinished: 0, gone: ['maths/b'] });
  });

  it('does not call a renamed milestone new, nor gone', () => {
    const renamed: RoadmapIndex = {
      stages: [stage('maths', 'a', 'b2'), stage('code', 'c', 'd')],
      aliases: { 'maths/b': 'maths/b2' },
    };
    expect(whatsNew(renamed, visited(before))).toBeNull();
    expect(unseenKeys(renamed, visited(before)).size).toBe(0);
  });

  it('does not call a milestone moved to another stage new, through its alias', () => {
    const moved: RoadmapIndex = {
      stages: [stage('maths', 'a'), stage('code', 'c', 'd', 'b')],
      aliases: { 'maths/b': 'code/b' },
    };
    expect(whatsNew(moved, visited(before))).toBeNull();
  });

  it('marks only what the page knows: a stage page with one stage sees its own new milestones', () => {
    const codePage: RoadmapIndex = { stages: [stage('code', 'c', 'd', 'f', 'g')], aliases: {} };
    expect(unseenKeys(codePage, visited(before))).toEqual(new Set(['code/f', 'code/g']));
  });

  it('is cleared by a dismissal, which records the roadmap as it is now', () => {
    const p = withState(visited(before), 'code/c', 'done', at);
    const dismissed = withSeen(p, after);
    expect(whatsNew(after, dismissed)).toBeNull();
    expect(unseenKeys(after, dismissed).size).toBe(0);
    expect(dismissed.milestones).toBe(p.milestones);
  });
});

describe('the notice in words', () => {
  it('explains the lower percentage and mentions what disappeared', () => {
    const added = Array.from({ length: 12 }, (_, i) => ({
      stageId: 's',
      milestoneId: `m${i}`,
      title: 'T',
      stageTitle: 'S',
    }));
    expect(whatsNewText({ added, inFinished: 3, gone: ['a/b', 'c/d'] })).toEqual([
      '12 new milestones since your last visit, 3 in stages you had finished.',
      'They count towards your progress, so your percentage is lower than before: nothing you ticked was lost.',
      '2 milestones from your last visit are no longer in the roadmap; anything you saved on them is kept on your progress page.',
    ]);
  });

  it('uses the singular, and leaves out what did not happen', () => {
    const one = { stageId: 's', milestoneId: 'm', title: 'T', stageTitle: 'S' };
    expect(whatsNewText({ added: [one], inFinished: 0, gone: [] })[0]).toBe(
      '1 new milestone since your last visit.',
    );
    expect(whatsNewText({ added: [], inFinished: 0, gone: ['a/b'] })).toEqual([
      '1 milestone from your last visit is no longer in the roadmap; anything you saved on it is kept on your progress page.',
    ]);
  });
});

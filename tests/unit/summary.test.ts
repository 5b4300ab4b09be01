import { describe, expect, it } from 'vitest';
import { applyAliases } from '../../src/progress/aliases.ts';
import { withMilestone, withState } from '../../src/progress/changes.ts';
import { withNote } from '../../src/progress/notes.ts';
import { emptyProgress, type MilestoneState } from '../../src/progress/model.ts';
import { parseRoadmapIndex, type RoadmapIndex } from '../../src/progress/roadmap-index.ts';
import { completed, hoursLeft, summarise } from '../../src/progress/summary.ts';
import { countsText, hoursText, percentText } from '../../src/progress/wording.ts';

const index: RoadmapIndex = {
  stages: [
    {
      id: 'maths',
      title: 'Maths',
      prerequisites: [],
      milestones: [
        { id: 'a', title: 'A', hours: 2 },
        { id: 'b', title: 'B', hours: 3 },
      ],
    },
    { id: 'code', title: 'Code', prerequisites: [], milestones: [{ id: 'c', title: 'C', hours: 5 }] },
    {
      id: 'ml',
      title: 'ML',
      prerequisites: ['maths', 'code'],
      milestones: [{ id: 'd', title: 'D', hours: 10 }],
    },
  ],
  aliases: {},
};
const at = new Date('2026-11-26T10:00:00Z');
const tick = (...keys: string[]) => keys.reduce((p, k) => withMilestone(p, k, true, at), emptyProgress());
const mark = (states: Record<string, MilestoneState>) =>
  Object.entries(states).reduce((p, [k, s]) => withState(p, k, s, at), emptyProgress());

describe('summarise', () => {
  it('counts milestones and hours per stage and overall', () => {
    const s = summarise(index, tick('maths/a', 'ml/d'));
    expect(s.stages.maths).toEqual({
      done: 1,
      doing: 0,
      skipped: 0,
      total: 2,
      hoursDone: 2,
      hoursSkipped: 0,
      hoursTotal: 5,
    });
    expect(s.overall).toMatchObject({ done: 2, total: 4, hoursDone: 12, hoursTotal: 20 });
  });

  it('counts skipped toward completion, apart from done, with hours neither done nor left', () => {
    const s = summarise(index, mark({ 'maths/a': 'done', 'maths/b': 'skipped', 'code/c': 'doing' }));
    expect(s.stages.maths).toMatchObject({
      done: 1,
      skipped: 1,
      doing: 0,
      total: 2,
      hoursDone: 2,
      hoursSkipped: 3,
    });
    expect(completed(s.stages.maths!)).toBe(2);
    expect(hoursLeft(s.stages.maths!)).toBe(0);
    expect(s.overall).toMatchObject({
      done: 1,
      skipped: 1,
      doing: 1,
      total: 4,
      hoursDone: 2,
      hoursSkipped: 3,
    });
    // In progress is not complete: its hours are still left.
    expect(hoursLeft(s.overall)).toBe(15);
    expect(completed(s.overall)).toBe(2);
  });

  it('ignores cleared entries and notes when counting', () => {
    const p = withNote(withMilestone(tick('maths/a'), 'maths/a', false, at), 'maths/b', 'n', at);
    expect(summarise(index, p).overall).toMatchObject({ done: 0, doing: 0, skipped: 0 });
  });

  it('continues with the first unticked milestone whose stage is unblocked', () => {
    expect(summarise(index, emptyProgress()).next).toMatchObject({ stageId: 'maths', milestoneId: 'a' });
    expect(summarise(index, tick('maths/a', 'maths/b')).next).toMatchObject({
      stageId: 'code',
      milestoneId: 'c',
    });
    // ml needs code: with maths done and code open, code comes before ml even if ml were first.
    const reordered = { ...index, stages: [index.stages[2]!, index.stages[0]!, index.stages[1]!] };
    expect(summarise(reordered, tick('maths/a', 'maths/b')).next).toMatchObject({ stageId: 'code' });
    expect(summarise(index, tick('maths/a', 'maths/b', 'code/c', 'ml/d')).next).toBeNull();
  });

  it('offers milestones in progress first, wherever they are', () => {
    const s = summarise(index, mark({ 'ml/d': 'doing' }));
    expect(s.next).toMatchObject({ stageId: 'ml', milestoneId: 'd', doing: true });
    expect(summarise(index, emptyProgress()).next).toMatchObject({ doing: false });
  });

  it('counts skipped milestones as finishing a prerequisite stage, and never offers them', () => {
    const s = summarise(index, mark({ 'maths/a': 'skipped', 'maths/b': 'skipped', 'code/c': 'skipped' }));
    expect(s.next).toMatchObject({ stageId: 'ml', milestoneId: 'd' });
    expect(
      summarise(
        index,
        mark({ 'maths/a': 'skipped', 'maths/b': 'done', 'code/c': 'skipped', 'ml/d': 'skipped' }),
      ).next,
    ).toBeNull();
  });

  it('lists saved milestones that are no longer in the roadmap, without counting them', () => {
    let p = tick('maths/a', 'gone/x', 'maths/removed', 'gone/cleared');
    p = withMilestone(p, 'gone/cleared', false, at);
    p = withNote(p, 'gone/noted', 'still here', at);
    const s = summarise(index, p);
    expect(s.orphans).toEqual(['gone/noted', 'gone/x', 'maths/removed']);
    expect(s.overall.done).toBe(1);
  });
});

describe('aliases', () => {
  it('moves old keys to new ones and keeps the later change when both exist', () => {
    const old = withState(emptyProgress(), 'maths/old', 'skipped', new Date('2026-12-01T00:00:00Z'));
    const both = withMilestone(old, 'maths/a', true, at);
    const moved = applyAliases(both, { 'maths/old': 'maths/a' });
    expect(moved.milestones).toEqual({ 'maths/a': { state: 'skipped', at: '2026-12-01T00:00:00.000Z' } });
    const earlier = withState(emptyProgress(), 'maths/old', 'skipped', new Date('2026-01-01T00:00:00Z'));
    const kept = applyAliases(withMilestone(earlier, 'maths/a', true, at), { 'maths/old': 'maths/a' });
    expect(kept.milestones).toEqual({ 'maths/a': { state: 'done', at: at.toISOString() } });
  });

  it('drops an alias that points to a key that is not a milestone key', () => {
    const moved = applyAliases(tick('maths/old'), { 'maths/old': '__proto__' });
    expect(Object.keys(moved.milestones)).toEqual([]);
  });

  it('returns the same object when nothing was renamed', () => {
    const p = tick('maths/a');
    expect(applyAliases(p, { 'x/y': 'maths/b' })).toBe(p);
  });
});

describe('parseRoadmapIndex', () => {
  it('falls back to an empty index on bad input', () => {
    expect(parseRoadmapIndex('{oops')).toEqual({ stages: [], aliases: {} });
    expect(parseRoadmapIndex(null)).toEqual({ stages: [], aliases: {} });
    expect(parseRoadmapIndex(JSON.stringify(index)).stages).toHaveLength(3);
  });
});

describe('progress in words', () => {
  const tally = {
    done: 40,
    doing: 2,
    skipped: 6,
    total: 169,
    hoursDone: 100,
    hoursSkipped: 30,
    hoursTotal: 900,
  };

  it('names skipped apart from done, and in progress after', () => {
    expect(countsText(tally)).toBe('40 done and 6 skipped of 169 milestones · 2 in progress');
    expect(countsText({ ...tally, skipped: 0, doing: 0 })).toBe('40 of 169 milestones done');
    expect(percentText(tally)).toBe('27%');
    expect(percentText({ ...tally, done: 168, skipped: 0.99 })).not.toBe('100%');
  });

  it('counts skipped hours neither as done nor as left', () => {
    expect(hoursText(tally)).toBe('100 hours done, about 770 to go (30 skipped)');
  });
});

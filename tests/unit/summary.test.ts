import { describe, expect, it } from 'vitest';
import { applyAliases } from '../../src/progress/aliases.ts';
import { emptyProgress, withMilestone } from '../../src/progress/model.ts';
import { parseRoadmapIndex, type RoadmapIndex } from '../../src/progress/roadmap-index.ts';
import { summarise } from '../../src/progress/summary.ts';

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

describe('summarise', () => {
  it('counts milestones and hours per stage and overall', () => {
    const s = summarise(index, tick('maths/a', 'ml/d'));
    expect(s.stages.maths).toEqual({ done: 1, total: 2, hoursDone: 2, hoursTotal: 5 });
    expect(s.overall).toEqual({ done: 2, total: 4, hoursDone: 12, hoursTotal: 20 });
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

  it('lists saved milestones that are no longer in the roadmap, without counting them', () => {
    const s = summarise(index, tick('maths/a', 'gone/x', 'maths/removed'));
    expect(s.orphans).toEqual(['gone/x', 'maths/removed']);
    expect(s.overall.done).toBe(1);
  });
});

describe('aliases', () => {
  it('moves old keys to new ones and keeps the earlier date when both exist', () => {
    const old = withMilestone(emptyProgress(), 'maths/old', true, new Date('2026-01-01T00:00:00Z'));
    const both = withMilestone(old, 'maths/a', true, at);
    const moved = applyAliases(both, { 'maths/old': 'maths/a' });
    expect(moved.milestones).toEqual({ 'maths/a': { done: true, at: '2026-01-01T00:00:00.000Z' } });
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

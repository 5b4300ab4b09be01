import type { RoadmapIndex } from '../../src/progress/roadmap-index.ts';

/** A three-stage roadmap for the study-plan tests: 60 hours in all. */
export const index: RoadmapIndex = {
  stages: [
    {
      id: 'maths',
      title: 'Maths',
      prerequisites: [],
      milestones: [
        { id: 'a', title: 'A', hours: 10 },
        { id: 'b', title: 'B', hours: 10 },
      ],
    },
    { id: 'code', title: 'Code', prerequisites: [], milestones: [{ id: 'c', title: 'C', hours: 20 }] },
    { id: 'dl', title: 'Deep learning', prerequisites: [], milestones: [{ id: 'd', title: 'D', hours: 30 }] },
  ],
  aliases: {},
};

import type { ContentSource, StageSource } from '../../src/content/checks/read-content.ts';

interface RawMilestone {
  id: string;
  title: string;
  hours: number;
  kind: string;
  resources?: string[];
  aliases?: string[];
}

/** A valid stage's frontmatter; override fields to make it invalid. */
export function stageData(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { milestones: RawMilestone[] } {
  return {
    title: 'Mathematics',
    order: 1,
    phase: 'foundations',
    summary: 'Linear algebra, calculus and probability for machine learning.',
    outcomes: ['Explain what a gradient is'],
    prerequisites: [],
    resources: ['mml-book'],
    milestones: [
      { id: 'vectors', title: 'Compute dot products by hand', hours: 3, kind: 'practice', resources: [] },
      { id: 'gradients', title: 'Derive the gradient of a loss', hours: 4, kind: 'concept' },
    ],
    selfCheck: [{ question: 'What is a gradient?', answer: 'The vector of partial derivatives.' }],
    ...overrides,
  };
}

export function stage(id: string, data: unknown, body = 'Some prose.\n'): StageSource {
  return { id, file: `content/stages/${id}.mdx`, data, body, bodyLine: 10 };
}

export const goodResources = [
  {
    id: 'mml-book',
    title: 'Mathematics for Machine Learning',
    url: 'https://mml-book.github.io/',
    type: 'book',
    cost: 'free',
  },
];

/** A valid content folder with the given stages. */
export function content(stages: StageSource[], resources: unknown = goodResources): ContentSource {
  return { stages, resources, resourcesFile: 'content/resources.yaml', parseErrors: [] };
}

/** A stage of the browser's roadmap index: milestones as [id, hours], titles made from the ids. */
export function indexStage(id: string, milestones: [string, number][], prerequisites: string[] = []) {
  const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return {
    id,
    title: title(id),
    prerequisites,
    milestones: milestones.map(([m, hours]) => ({ id: m, title: title(m), hours })),
  };
}

import { z } from 'astro/zod';

/** Kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "linear-algebra-basics"');

export const phases = ['foundations', 'core', 'engineering', 'career'] as const;
export const milestoneKinds = ['concept', 'practice', 'project', 'checkpoint'] as const;
export const resourceTypes = [
  'book',
  'course',
  'video',
  'article',
  'docs',
  'tool',
  'dataset',
  'community',
] as const;
export const resourceCosts = ['free', 'paid', 'freemium'] as const;

export const milestoneSchema = z.strictObject({
  /** Permanent kebab-case id, unique within its stage: progress is stored under it. */
  id: kebabId,
  /** What the learner does, as a checkable sentence. */
  title: z.string().trim().min(8, 'is too short to say what to do'),
  /** Realistic hours of focused work, more than 0 and at most 80. */
  hours: z.number().gt(0, 'must be more than 0').max(80, 'must be at most 80: split the milestone'),
  /** What sort of work it is. */
  kind: z.enum(milestoneKinds),
  /** Ids from content/resources.yaml that help with this milestone. */
  resources: z.array(kebabId).default([]),
  /** Former ids of this milestone; progress saved under them carries over. */
  aliases: z.array(kebabId).default([]),
});

export const selfCheckSchema = z.strictObject({
  /** A question the learner should be able to answer after the stage. */
  question: z.string().trim().min(8),
  /** The answer, in Markdown (inline math with $...$ allowed). */
  answer: z.string().trim().min(8),
});

export const stageSchema = z.strictObject({
  /** The stage's name as shown in headings and navigation. */
  title: z.string().trim().min(3),
  /** Position in the roadmap: 1 comes first; unique across stages. */
  order: z.number().int().positive(),
  /** Which part of the roadmap the stage belongs to. */
  phase: z.enum(phases),
  /** One or two sentences shown on the home page and in search results. */
  summary: z.string().trim().min(20).max(320),
  /** What a learner can do after the stage. */
  outcomes: z.array(z.string().trim().min(8)).min(1),
  /** Ids of stages to finish first. */
  prerequisites: z.array(kebabId).default([]),
  /** Ids from content/resources.yaml for the stage as a whole. */
  resources: z.array(kebabId).default([]),
  /** Checkable steps; progress is tracked per milestone. */
  milestones: z.array(milestoneSchema).min(1),
  /** Questions with answers, shown folded at the end of the stage. */
  selfCheck: z.array(selfCheckSchema).default([]),
});

export const resourceSchema = z.strictObject({
  /** Permanent kebab-case id that stages cite. */
  id: kebabId,
  /** The resource's own title. */
  title: z.string().trim().min(2),
  /** Where it lives; https wherever the site offers it. */
  url: z.url({ protocol: /^https?$/ }),
  /** What sort of resource it is. */
  type: z.enum(resourceTypes),
  /** Whether it costs money. */
  cost: z.enum(resourceCosts),
  /** Author, people or organisation behind it. */
  author: z.string().trim().min(2).optional(),
});

export type Stage = z.infer<typeof stageSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Phase = (typeof phases)[number];

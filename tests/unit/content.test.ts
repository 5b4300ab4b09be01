import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/checks/problems.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { checkContent } from '../../src/content/checks/check-content.ts';

// The real content, held to the editorial bar of the roadmap (issue: the whole guide as a roadmap).
const { problems, stages, resources } = checkContent(readContent('content'));
const ordered = [...stages].sort((a, b) => a.data.order - b.data.order);

const prose = (body: string) => body.replace(/```[\s\S]*?```/g, ' ');
const wordCount = (body: string) => prose(body).split(/\s+/).filter(Boolean).length;
const formulaCount = (body: string) =>
  (prose(body).match(/^\$\$\s*$/gm) ?? []).length / 2 +
  (prose(body).match(/(?<!\$)\$[^$\n]+\$(?!\$)/g) ?? []).length;

describe('the roadmap content', () => {
  it('has no content problem at all, not even an uncited resource', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('meets the totals: 13+ stages, 130+ milestones, 60+ resources', () => {
    expect(stages.length).toBeGreaterThanOrEqual(13);
    expect(stages.reduce((n, s) => n + s.data.milestones.length, 0)).toBeGreaterThanOrEqual(130);
    expect(resources.length).toBeGreaterThanOrEqual(60);
  });

  it('covers the required topics, in order (new stages may sit between them)', () => {
    const required = [
      'ml-engineer-role',
      'mathematics',
      'programming',
      'ml-fundamentals',
      'deep-learning',
      'software-engineering',
      'mlops',
      'professional-skills',
      'portfolio',
      'job-search',
      'interviews',
      'offers-and-compensation',
      'career-growth',
    ];
    const ids = ordered.map((s) => s.id);
    expect(ids.filter((id) => required.includes(id))).toEqual(required);
  });

  it.each(ordered.map((s) => [s.id, s] as const))('%s is complete and within bounds', (_, stage) => {
    const { outcomes, milestones, selfCheck } = stage.data;
    expect(outcomes.length, 'outcomes').toBeGreaterThanOrEqual(3);
    expect(outcomes.length, 'outcomes').toBeLessThanOrEqual(6);
    expect(milestones.length, 'milestones').toBeGreaterThanOrEqual(8);
    expect(milestones.length, 'milestones').toBeLessThanOrEqual(16);
    expect(selfCheck.length, 'self-check questions').toBeGreaterThanOrEqual(3);
    expect(selfCheck.length, 'self-check questions').toBeLessThanOrEqual(8);
    expect(wordCount(stage.body), 'body words').toBeGreaterThanOrEqual(1200);
    expect(wordCount(stage.body), 'body words').toBeLessThanOrEqual(3800);
    expect(milestones.some((m) => m.kind === 'project')).toBe(true);
    expect(milestones.some((m) => m.kind === 'checkpoint')).toBe(true);
    expect(prose(stage.body), 'no h1 in the body').not.toMatch(/^# /m);
  });

  it('carries 25+ formulas in Mathematics and ML fundamentals together', () => {
    const count = ['mathematics', 'ml-fundamentals']
      .map((id) => stages.find((s) => s.id === id)!)
      .reduce((n, s) => n + formulaCount(s.body), 0);
    expect(count).toBeGreaterThanOrEqual(25);
  });

  it('gives every heading of the guide a stage that covers it', () => {
    const guide = readFileSync(
      `${process.env.MLR_SHARED_DIR ?? '../shared'}/guide/career-guide.txt`,
      'utf8',
    ).split('\n');
    // Headings are the short lines after the title: no sentence ends in them.
    const headings = guide
      .slice(1)
      .filter((line) => line.trim() && line.length < 90 && !/[.?!]$/.test(line.trim()));
    expect(headings.length).toBeGreaterThan(10);
    const map = yaml.load(readFileSync('tests/guide-map.yaml', 'utf8')) as Record<string, string[]>;
    const ids = new Set(stages.map((s) => s.id));
    for (const heading of headings) {
      expect(map[heading.trim()], `guide heading "${heading}" has no stage`).toEqual(
        expect.arrayContaining([expect.any(String)]),
      );
      for (const id of map[heading.trim()] ?? [])
        expect(ids.has(id), `${heading} → unknown stage ${id}`).toBe(true);
    }
  });
});

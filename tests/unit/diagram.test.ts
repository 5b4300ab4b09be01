import { describe, expect, it } from 'vitest';
import { layoutDiagram, wrapTitle } from '../../src/roadmap/diagram-layout.ts';
import { NODE } from '../../src/roadmap/diagram-metrics.ts';
import type { StageEntry } from '../../src/roadmap/order.ts';
import { stageData } from './helpers.ts';

const entry = (id: string, order: number, phase: string, prerequisites: string[] = []): StageEntry =>
  ({ id, data: stageData({ title: `Stage ${id}`, order, phase, prerequisites }) }) as unknown as StageEntry;

describe('roadmap diagram', () => {
  it('wraps titles into four lines at most, or as many as asked, cutting the rest with an ellipsis', () => {
    expect(wrapTitle('7. MLOps')).toEqual(['7. MLOps']);
    expect(wrapTitle('10. Building a portfolio that gets you interviews')).toEqual([
      '10. Building a',
      'portfolio that',
      'gets you',
      'interviews',
    ]);
    const long = wrapTitle('one two three four five six seven eight nine ten eleven twelve thirteen', 20, 2);
    expect(long).toHaveLength(2);
    expect(long[1]).toMatch(/…$/);
  });

  it('places phases as bands, three stages a row, and draws every prerequisite', () => {
    const stages = [
      entry('a', 1, 'foundations'),
      entry('b', 2, 'foundations', ['a']),
      entry('c', 3, 'foundations'),
      entry('d', 4, 'foundations', ['a']),
      entry('e', 5, 'core', ['b', 'd']),
    ];
    const diagram = layoutDiagram(stages);
    expect(diagram.bands.map((b) => b.phase)).toEqual(['foundations', 'core']);
    const [a, b, , d, e] = diagram.nodes;
    expect(b!.y).toBe(a!.y);
    expect(d!.y).toBeGreaterThan(a!.y);
    expect(d!.x).toBe(a!.x);
    expect(e!.y).toBeGreaterThan(d!.y);
    expect(diagram.edges.map((x) => `${x.from}>${x.to}`)).toEqual(['a>b', 'a>d', 'b>e', 'd>e']);
    for (const node of diagram.nodes) {
      expect(node.x + NODE.width).toBeLessThanOrEqual(diagram.width);
      expect(node.y + diagram.nodeHeight).toBeLessThanOrEqual(diagram.height);
    }
  });
});

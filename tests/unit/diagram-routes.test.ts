import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/checks/read-content.ts';
import { crossesRect, overlapAlong, segments, type Point } from '../../src/roadmap/diagram-geometry.ts';
import { layoutDiagram, type Diagram } from '../../src/roadmap/diagram-layout.ts';
import { NODE } from '../../src/roadmap/diagram-metrics.ts';
import type { StageEntry } from '../../src/roadmap/order.ts';

/** The points a path passes through: its corners, and curves (C) sampled finely, so any drawing can be checked. */
function trace(d: string): Point[] {
  const points: Point[] = [];
  for (const [, command, args] of d.matchAll(/([MLC])([^MLC]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command !== 'C') points.push({ x: n[0]!, y: n[1]! });
    else {
      const p0 = points.at(-1)!;
      const [p1, p2, p3] = [0, 2, 4].map((i) => ({ x: n[i]!, y: n[i + 1]! })) as [Point, Point, Point];
      for (let s = 1; s <= 40; s++) {
        const t = s / 40;
        const [a, b, c, e] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3];
        points.push({
          x: a * p0.x + b * p1.x + c * p2.x + e * p3.x,
          y: a * p0.y + b * p1.y + c * p2.y + e * p3.y,
        });
      }
    }
  }
  return points;
}

/** Every way the picture's arrows stop being followable, as readable sentences (none is the goal). */
function problems(diagram: Diagram): string[] {
  const found: string[] = [];
  const boxes = [
    ...diagram.nodes.map((n) => ({
      name: `stage ${n.id}`,
      ...n,
      width: NODE.width,
      height: diagram.nodeHeight,
    })),
    ...diagram.bands.map((b) => ({ name: `label ${b.label}`, ...b.box })),
  ];
  const drawn = diagram.edges.map((e) => ({ name: `${e.from} → ${e.to}`, parts: segments(trace(e.d)) }));
  for (const edge of drawn)
    for (const box of boxes)
      if (edge.parts.some((s) => crossesRect(s, box))) found.push(`${edge.name} crosses ${box.name}`);
  for (const [i, a] of drawn.entries())
    for (const b of drawn.slice(i + 1))
      if (a.parts.some((s) => b.parts.some((t) => overlapAlong(s, t))))
        found.push(`${a.name} runs along ${b.name}`);
  return found;
}

const entry = (id: string, order: number, phase: string, prerequisites: string[] = []) =>
  ({
    id,
    data: { title: `Stage ${id} with a title of some length`, order, phase, prerequisites },
  }) as unknown as StageEntry;

/**
 * A random roadmap: stages in order, each needing up to three earlier ones; with `anyOrder`, earlier in a
 * shuffled order instead, so arrows also point back up the page (never in a cycle: content checks forbid
 * those). Seeded, so runs repeat.
 */
function randomRoadmap(seed: number, size: number, anyOrder = false): StageEntry[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const phases = ['foundations', 'core', 'engineering', 'career'];
  const rank = Array.from({ length: size }, (_, i) => (anyOrder ? random() : i));
  return Array.from({ length: size }, (_, i) => {
    const earlier = rank.flatMap((r, j) => (r < rank[i]! ? [j] : []));
    const needs = new Set<string>();
    for (let k = Math.floor(random() * 4); k > 0 && earlier.length; k--)
      needs.add(`s${earlier[Math.floor(random() * earlier.length)]}`);
    return entry(`s${i}`, i + 1, phases[Math.min(3, Math.floor((i / size) * 4))]!, [...needs]);
  });
}

describe('roadmap diagram arrows', () => {
  const content = readContent('content').stages.map((s) => ({ id: s.id, data: s.data }) as StageEntry);

  it('routes every arrow of the real roadmap clear of boxes and phase labels, each in its own lane', () => {
    const diagram = layoutDiagram(content);
    expect(diagram.edges).toHaveLength(content.reduce((n, s) => n + s.data.prerequisites.length, 0));
    expect(problems(diagram)).toEqual([]);
  });

  it('draws arrows as horizontal and vertical runs that leave the prerequisite and end on the stage', () => {
    const diagram = layoutDiagram(content);
    const at = new Map(diagram.nodes.map((n) => [n.id, n]));
    const onBorder = (p: Point, id: string) => {
      const n = at.get(id)!;
      const [right, bottom] = [n.x + NODE.width, n.y + diagram.nodeHeight];
      const inX = p.x >= n.x && p.x <= right;
      const inY = p.y >= n.y && p.y <= bottom;
      return (inX && (p.y === n.y || p.y === bottom)) || (inY && (p.x === n.x || p.x === right));
    };
    for (const edge of diagram.edges) {
      const points = trace(edge.d);
      expect(onBorder(points[0]!, edge.from), `${edge.from} → ${edge.to} starts`).toBe(true);
      expect(onBorder(points.at(-1)!, edge.to), `${edge.from} → ${edge.to} ends`).toBe(true);
      for (const [a, b] of segments(points)) expect(a.x === b.x || a.y === b.y).toBe(true);
    }
  });

  it('keeps arrows clear on random roadmaps of many shapes', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const diagram = layoutDiagram(randomRoadmap(seed, 4 + (seed % 17), seed % 2 === 0));
      expect(problems(diagram), `seed ${seed}`).toEqual([]);
      for (const node of diagram.nodes) {
        expect(node.x + NODE.width).toBeLessThanOrEqual(diagram.width);
        expect(node.y + diagram.nodeHeight).toBeLessThanOrEqual(diagram.height);
      }
    }
  }, 60_000);

  it('finds an arrow through a box or a label, or two arrows on one line', () => {
    const diagram = layoutDiagram([entry('a', 1, 'foundations'), entry('b', 2, 'foundations', ['a'])]);
    const [a, b] = diagram.nodes;
    const through = `M${a!.x - 5} ${a!.y + 5} L${b!.x + 5} ${b!.y + 5}`;
    const band = diagram.bands[0]!.box;
    const label = `M${band.x + 1} ${band.y + 5} L${band.x + 20} ${band.y + 5}`;
    const twin = { ...diagram.edges[0]!, from: 'twin' };
    expect(problems({ ...diagram, edges: [...diagram.edges, { from: 'x', to: 'y', d: through }] })).toContain(
      'x → y crosses stage a',
    );
    expect(problems({ ...diagram, edges: [{ from: 'x', to: 'y', d: label }] })).toEqual([
      'x → y crosses label Foundations',
    ]);
    expect(problems({ ...diagram, edges: [...diagram.edges, twin] })).toEqual(['a → b runs along twin → b']);
  });
});

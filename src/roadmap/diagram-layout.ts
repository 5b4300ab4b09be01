import type { Phase } from '../content/schema.ts';
import { pathData, type Rect } from './diagram-geometry.ts';
import { sizeGrid } from './diagram-grid.ts';
import { NODE, nodeHeight } from './diagram-metrics.ts';
import { points } from './diagram-paths.ts';
import { planRoutes, type Cell } from './diagram-routes.ts';
import { placeLanes, placePorts, placeTrunks } from './diagram-tracks.ts';
import { byPhase, type StageEntry } from './order.ts';

export interface DiagramNode {
  id: string;
  order: number;
  lines: string[];
  x: number;
  y: number;
}

export interface DiagramBand {
  phase: Phase;
  label: string;
  /** The label as drawn, a line each, first baseline at `y`. */
  lines: string[];
  x: number;
  y: number;
  /** Room the label takes (a generous estimate of bold 14 px text): arrows keep out of it. */
  box: Rect;
}

export interface Diagram {
  width: number;
  height: number;
  /** Height of every box (all the same, so rows line up). */
  nodeHeight: number;
  bands: DiagramBand[];
  nodes: DiagramNode[];
  /** Prerequisite arrows, from the prerequisite to the stage that needs it, as SVG path data. */
  edges: { from: string; to: string; d: string }[];
}

/** Splits a title into at most `most` lines of about `max` characters, with an ellipsis if cut. */
export function wrapTitle(title: string, max: number = NODE.chars, most: number = NODE.lines): string[] {
  const lines: string[] = [''];
  for (const word of title.split(/\s+/)) {
    const current = lines[lines.length - 1] ?? '';
    if (!current || `${current} ${word}`.length <= max)
      lines[lines.length - 1] = current ? `${current} ${word}` : word;
    else lines.push(word);
  }
  if (lines.length <= most) return lines;
  const last = lines.slice(most - 1).join(' ');
  return [...lines.slice(0, most - 1), `${last.slice(0, max - 1).trimEnd()}…`];
}

/** Lays the stages out by phase, three to a row, and routes each prerequisite arrow through the gaps. */
export function layoutDiagram(stages: readonly StageEntry[]): Diagram {
  const { perRow, pad } = NODE;
  const groups = byPhase(stages);
  const cells: Cell[] = [];
  const titles = new Map<string, { order: number; lines: string[] }>();
  const firstRows: number[] = [];
  for (const group of groups) {
    firstRows.push(cells.length ? Math.max(...cells.map((c) => c.row)) + 1 : 0);
    group.stages.forEach((stage, i) => {
      cells.push({ id: stage.id, row: firstRows.at(-1)! + Math.floor(i / perRow), col: i % perRow });
      titles.set(stage.id, {
        order: stage.data.order,
        lines: wrapTitle(`${stage.data.order}. ${stage.data.title}`),
      });
    });
  }
  const rows = cells.length ? Math.max(...cells.map((c) => c.row)) + 1 : 0;
  const h = nodeHeight(Math.max(1, ...[...titles.values()].map((t) => t.lines.length)));
  const edges = stages.flatMap((s) => s.data.prerequisites.map((p): [string, string] => [p, s.id]));
  const routes = planRoutes(cells, edges, perRow);

  const grid = sizeGrid(routes, rows, firstRows, h);
  const port = placePorts(cells, routes, grid, h);
  const trunkX = placeTrunks(routes, grid);
  const lanesOf = placeLanes(routes, grid, port, trunkX);
  const { width, height, colX, rowY } = grid;

  return {
    width,
    height,
    nodeHeight: h,
    bands: groups.map((group, i) => {
      const lines = wrapTitle(group.label, NODE.labelChars, 3);
      const top = rowY[firstRows[i]!]!;
      return {
        phase: group.phase,
        label: group.label,
        lines,
        x: pad,
        y: top + 16,
        box: {
          x: pad,
          y: top,
          width: 8.6 * Math.max(...lines.map((l) => l.length)),
          height: 18 * lines.length + 6,
        },
      };
    }),
    nodes: cells.map((c) => ({ id: c.id, ...titles.get(c.id)!, x: colX[c.col]!, y: rowY[c.row]! })),
    edges: routes.map((r) => ({
      from: r.from,
      to: r.to,
      d: pathData(points(r, port, lanesOf(r), trunkX.get(r))),
    })),
  };
}

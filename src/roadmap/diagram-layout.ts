import type { Phase } from '../content/schema.ts';
import { pathData, type Point, type Rect } from './diagram-geometry.ts';
import { assignLanes } from './diagram-lanes.ts';
import { piece, points } from './diagram-paths.ts';
import { planRoutes, type Cell, type End, type Route } from './diagram-routes.ts';
import { byPhase, type StageEntry } from './order.ts';

/**
 * Geometry of the home page's roadmap picture, in SVG user units: box width, title characters a line,
 * the gutter that holds the phase names, the space between parallel arrows, and the least gaps.
 */
export const NODE = {
  width: 170,
  chars: 17,
  lines: 4,
  perRow: 3,
  pad: 10,
  gutter: 122,
  labelChars: 14,
  lane: 10,
  laneMargin: 14,
  port: 18,
  gapX: 36,
  gapY: 40,
  phaseGap: 16,
} as const;

/** Height of a box with `lines` lines of title and its progress bar. */
export const nodeHeight = (lines: number) => 29 + 17 * lines;

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

const span = (count: number) => Math.max(0, count - 1) * NODE.lane;
const count = <T>(items: readonly T[], key: (item: T) => number | undefined) => {
  const counts = new Map<number, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};

/** Lays the stages out by phase, three to a row, and routes each prerequisite arrow through the gaps. */
export function layoutDiagram(stages: readonly StageEntry[]): Diagram {
  const { width: w, perRow, pad, gutter, lane, laneMargin, gapX, gapY, phaseGap } = NODE;
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

  // Sizes: each gap is wide enough for its lanes, each channel tall enough for its arrows.
  const inGap = count(routes, (r) => r.gap);
  const inChannel = count(
    routes.flatMap((r) => r.channels),
    (k) => k,
  );
  const gapWidth = (g: number) => {
    const least = g === 0 || g === perRow ? pad : gapX;
    return inGap.get(g) ? Math.max(least, 2 * laneMargin + span(inGap.get(g)!)) : least;
  };
  const channelHeight = (k: number) => {
    const outer = k < 0 || k === rows - 1;
    const least = outer ? pad : gapY + (firstRows.includes(k + 1) ? phaseGap : 0);
    return inChannel.get(k) ? Math.max(least, 2 * laneMargin + span(inChannel.get(k)!)) : least;
  };
  const colX: number[] = [];
  let x = gutter;
  for (let c = 0; c < perRow; c++) {
    x += gapWidth(c);
    colX.push(x);
    x += w;
  }
  const width = x + gapWidth(perRow);
  const rowY: number[] = [];
  const channelTop = new Map<number, number>([[-1, 0]]);
  let y = channelHeight(-1);
  for (let r = 0; r < rows; r++) {
    rowY.push(y);
    y += h;
    channelTop.set(r, y);
    y += channelHeight(r);
  }
  const height = y;

  // Ports: the arrows on one side of a box spread along it, in the order of where they head.
  const ends = routes
    .flatMap((r) => [r.exit, r.entry])
    .filter((e) => e.side === 'top' || e.side === 'bottom');
  const portX = new Map<End, number>();
  for (const cell of cells)
    for (const side of ['top', 'bottom'] as const) {
      const here = ends.filter((e) => e.cell === cell && e.side === side).sort((a, b) => a.toward - b.toward);
      const step = Math.min(NODE.port, (w - 40) / Math.max(1, here.length - 1));
      // Top ports sit a little right of bottom ones, so stacked boxes' arrows never share a line.
      const shift = side === 'top' ? step / 4 : 0;
      here.forEach((e, i) =>
        portX.set(e, colX[cell.col]! + w / 2 + shift + (i - (here.length - 1) / 2) * step),
      );
    }
  const port = (e: End): Point => {
    const [cx, cy] = [colX[e.cell.col]!, rowY[e.cell.row]!];
    if (e.side === 'left') return { x: cx, y: cy + h / 2 };
    if (e.side === 'right') return { x: cx + w, y: cy + h / 2 };
    return { x: portX.get(e)!, y: e.side === 'top' ? cy : cy + h };
  };

  // Long arrows down a gap, side by side: the one heading furthest left takes the leftmost lane.
  const trunkX = new Map<Route, number>();
  for (const [g, n] of inGap) {
    const here = routes
      .filter((r) => r.gap === g)
      .sort((a, b) => a.exit.cell.col + a.entry.cell.col - (b.exit.cell.col + b.entry.cell.col));
    const left = colX[g] !== undefined ? colX[g]! - gapWidth(g) : width - gapWidth(g);
    here.forEach((r, i) => trunkX.set(r, left + (gapWidth(g) - span(n)) / 2 + i * lane));
  }

  // Lanes: in each channel, the order of arrows with the fewest crossings.
  const laneY = new Map<Route, Map<number, number>>(routes.map((r) => [r, new Map()]));
  for (const [k, n] of inChannel) {
    const [top, bottom] = [channelTop.get(k)!, channelTop.get(k)! + channelHeight(k)];
    const here = routes.filter((r) => r.channels.includes(k));
    const pieces = here.map((r) => piece(r, k, port, trunkX));
    const lanes = Array.from({ length: n }, (_, i) => top + (bottom - top - span(n)) / 2 + i * lane);
    assignLanes(pieces, lanes, top, bottom).forEach((which, i) => laneY.get(here[which]!)!.set(k, lanes[i]!));
  }
  const lanesOf = (r: Route) => r.channels.map((k) => laneY.get(r)!.get(k)!);

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

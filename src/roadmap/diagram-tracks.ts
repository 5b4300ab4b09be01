import type { Point } from './diagram-geometry.ts';
import type { Grid } from './diagram-grid.ts';
import { assignLanes } from './diagram-lanes.ts';
import { NODE, span } from './diagram-metrics.ts';
import { piece } from './diagram-paths.ts';
import type { Cell, End, Route } from './diagram-routes.ts';

/**
 * Where each arrow leaves and meets its boxes: the arrows on one side of a box spread along it, in
 * the order of where they head. Returns the point of each end.
 */
export function placePorts(cells: readonly Cell[], routes: readonly Route[], grid: Grid, h: number) {
  const { width: w } = NODE;
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
        portX.set(e, grid.colX[cell.col]! + w / 2 + shift + (i - (here.length - 1) / 2) * step),
      );
    }
  return (e: End): Point => {
    const [cx, cy] = [grid.colX[e.cell.col]!, grid.rowY[e.cell.row]!];
    if (e.side === 'left') return { x: cx, y: cy + h / 2 };
    if (e.side === 'right') return { x: cx + w, y: cy + h / 2 };
    return { x: portX.get(e)!, y: e.side === 'top' ? cy : cy + h };
  };
}

/** Long arrows down a gap, side by side: the one heading furthest left takes the leftmost lane. */
export function placeTrunks(routes: readonly Route[], grid: Grid): Map<Route, number> {
  const trunkX = new Map<Route, number>();
  for (const [g, n] of grid.inGap) {
    const here = routes
      .filter((r) => r.gap === g)
      .sort((a, b) => a.exit.cell.col + a.entry.cell.col - (b.exit.cell.col + b.entry.cell.col));
    const left =
      grid.colX[g] !== undefined ? grid.colX[g]! - grid.gapWidth(g) : grid.width - grid.gapWidth(g);
    here.forEach((r, i) => trunkX.set(r, left + (grid.gapWidth(g) - span(n)) / 2 + i * NODE.lane));
  }
  return trunkX;
}

/** In each channel, the order of arrows with the fewest crossings; returns each arrow's lane heights. */
export function placeLanes(
  routes: readonly Route[],
  grid: Grid,
  port: (e: End) => Point,
  trunkX: Map<Route, number>,
): (r: Route) => number[] {
  const laneY = new Map<Route, Map<number, number>>(routes.map((r) => [r, new Map()]));
  for (const [k, n] of grid.inChannel) {
    const [top, bottom] = [grid.channelTop.get(k)!, grid.channelTop.get(k)! + grid.channelHeight(k)];
    const here = routes.filter((r) => r.channels.includes(k));
    const pieces = here.map((r) => piece(r, k, port, trunkX));
    const lanes = Array.from({ length: n }, (_, i) => top + (bottom - top - span(n)) / 2 + i * NODE.lane);
    assignLanes(pieces, lanes, top, bottom).forEach((which, i) => laneY.get(here[which]!)!.set(k, lanes[i]!));
  }
  return (r) => r.channels.map((k) => laneY.get(r)!.get(k)!);
}

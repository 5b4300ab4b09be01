import { NODE, span } from './diagram-metrics.ts';
import type { Route } from './diagram-routes.ts';

/** Where the columns and rows of boxes sit, and the gaps and channels between them. */
export interface Grid {
  width: number;
  height: number;
  /** Left edge of each column's boxes. */
  colX: number[];
  /** Top edge of each row's boxes. */
  rowY: number[];
  /** Width of gap `g`: gap 0 is left of the first column, gap `perRow` right of the last. */
  gapWidth: (g: number) => number;
  /** Top of channel `k`, the space below row `k` (channel -1 is above the first row). */
  channelTop: Map<number, number>;
  channelHeight: (k: number) => number;
  /** How many long arrows run down each gap, and how many cross each channel. */
  inGap: Map<number, number>;
  inChannel: Map<number, number>;
}

const count = <T>(items: readonly T[], key: (item: T) => number | undefined) => {
  const counts = new Map<number, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};

/**
 * Sizes the grid so that each gap is wide enough for its lanes and each channel tall enough for its
 * arrows. `firstRows` are the rows that start a phase (a little more room above them); `h` is a box's height.
 */
export function sizeGrid(
  routes: readonly Route[],
  rows: number,
  firstRows: readonly number[],
  h: number,
): Grid {
  const { width: w, perRow, pad, gutter, laneMargin, gapX, gapY, phaseGap } = NODE;
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
  const rowY: number[] = [];
  const channelTop = new Map<number, number>([[-1, 0]]);
  let y = channelHeight(-1);
  for (let r = 0; r < rows; r++) {
    rowY.push(y);
    y += h;
    channelTop.set(r, y);
    y += channelHeight(r);
  }
  return {
    width: x + gapWidth(perRow),
    height: y,
    colX,
    rowY,
    gapWidth,
    channelTop,
    channelHeight,
    inGap,
    inChannel,
  };
}

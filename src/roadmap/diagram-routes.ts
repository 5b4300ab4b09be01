/**
 * Which way each prerequisite arrow of the roadmap picture goes, before any coordinates: stages sit in a
 * grid, arrows run only in the gaps between them. A horizontal gap ("channel") lies under each row; a
 * vertical gap lies left of each column and one right of the last. Arrows between neighbours in a row cross
 * the gap between them; every other arrow leaves its stage by the bottom (or top), runs along the channel it
 * reaches, and, when the stages are more than a row apart, down a vertical gap to the channel above the
 * stage it points to. diagram-layout.ts turns this plan into coordinates.
 */

/** A stage's place in the grid. */
export interface Cell {
  id: string;
  row: number;
  col: number;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** Where an arrow leaves or reaches a stage, and which way (in columns) it heads, to order the ports. */
export interface End {
  cell: Cell;
  side: Side;
  toward: number;
}

export interface Route {
  from: string;
  to: string;
  exit: End;
  entry: End;
  /** Channels used, in order (channel k lies under row k; -1 above the first row); none between neighbours. */
  channels: number[];
  /** The vertical gap an arrow more than a row long runs down (gap g lies left of column g). */
  gap?: number;
}

const centre = (cell: Cell) => cell.col + 0.5;

/** Plans every arrow; one more than a row long runs down the nearest gap, preferring gaps no neighbour arrow crosses. */
export function planRoutes(
  cells: readonly Cell[],
  edges: readonly [string, string][],
  columns: number,
): Route[] {
  const at = new Map(cells.map((c) => [c.id, c]));
  const pairs = edges.flatMap(([from, to]) => {
    const [a, b] = [at.get(from), at.get(to)];
    return a && b && a !== b ? [[a, b] as const] : [];
  });
  const neighbours = (a: Cell, b: Cell) => a.row === b.row && Math.abs(a.col - b.col) === 1;
  // Gaps a neighbour's arrow already crosses, by row: a long arrow avoids running down them.
  const taken = new Set(
    pairs.filter(([a, b]) => neighbours(a, b)).map(([a, b]) => `${a.row}:${Math.max(a.col, b.col)}`),
  );
  return pairs.map(([a, b]): Route => {
    if (neighbours(a, b)) {
      const right = b.col > a.col;
      return {
        from: a.id,
        to: b.id,
        exit: { cell: a, side: right ? 'right' : 'left', toward: centre(b) },
        entry: { cell: b, side: right ? 'left' : 'right', toward: centre(a) },
        channels: [],
      };
    }
    // Downwards leaves by the bottom; upwards by the top; along a row, under it, both ends at the bottom.
    const up = b.row < a.row;
    const out = up ? a.row - 1 : a.row;
    const into = b.row > a.row ? b.row - 1 : b.row;
    const exitSide: Side = up ? 'top' : 'bottom';
    const entrySide: Side = b.row > a.row ? 'top' : 'bottom';
    if (out === into)
      return {
        from: a.id,
        to: b.id,
        exit: { cell: a, side: exitSide, toward: centre(b) },
        entry: { cell: b, side: entrySide, toward: centre(a) },
        channels: [out],
      };
    const [low, high] = [Math.min(out, into), Math.max(out, into)];
    const cost = (g: number) => {
      let crossed = 0;
      for (let row = low + 1; row <= high; row++) if (taken.has(`${row}:${g}`)) crossed++;
      return Math.abs(centre(a) - g) + Math.abs(centre(b) - g) + 0.4 * crossed;
    };
    const gaps = Array.from({ length: columns + 1 }, (_, g) => g);
    const gap = gaps.reduce((best, g) => (cost(g) < cost(best) ? g : best));
    return {
      from: a.id,
      to: b.id,
      exit: { cell: a, side: exitSide, toward: gap },
      entry: { cell: b, side: entrySide, toward: gap },
      channels: [out, into],
      gap,
    };
  });
}

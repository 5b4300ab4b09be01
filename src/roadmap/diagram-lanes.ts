import { crossAtRightAngle, overlapAlong, segments, type Point } from './diagram-geometry.ts';

/**
 * One arrow's run along a channel: in at `x1` from the channel's top or bottom edge, along its own lane,
 * out at `x2` through the top or bottom edge.
 */
export interface Piece {
  x1: number;
  from: 'top' | 'bottom';
  x2: number;
  to: 'top' | 'bottom';
}

/** The polyline of a piece on the lane at `y`, in a channel from `top` to `bottom`. */
export function piecePoints(p: Piece, y: number, top: number, bottom: number): Point[] {
  const edge = (side: 'top' | 'bottom') => (side === 'top' ? top : bottom);
  return [
    { x: p.x1, y: edge(p.from) },
    { x: p.x1, y },
    { x: p.x2, y },
    { x: p.x2, y: edge(p.to) },
  ];
}

/** Crossings between pieces on the given lanes; two arrows on one line count as a thousand (one would hide the other). */
function crossings(
  pieces: readonly Piece[],
  order: readonly number[],
  lanes: readonly number[],
  top: number,
  bottom: number,
) {
  const drawn = order.map((piece, lane) => segments(piecePoints(pieces[piece]!, lanes[lane]!, top, bottom)));
  let count = 0;
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++)
      for (const s of drawn[i]!)
        for (const t of drawn[j]!) count += overlapAlong(s, t) ? 1000 : crossAtRightAngle(s, t) ? 1 : 0;
  return count;
}

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) yield items;
  else
    for (const [i, first] of items.entries())
      for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [first, ...rest];
}

/**
 * Which piece takes which lane (top lane first): the order with the fewest crossings. A channel holds a
 * handful of arrows, so every order is tried up to seven; beyond that, swaps of two are kept while they help.
 */
export function assignLanes(
  pieces: readonly Piece[],
  lanes: readonly number[],
  top: number,
  bottom: number,
): number[] {
  const cost = (order: readonly number[]) => crossings(pieces, order, lanes, top, bottom);
  let best = pieces.map((_, i) => i);
  let fewest = cost(best);
  const orders = pieces.length <= 7 ? permutations(best) : swaps(best, cost);
  for (const order of orders) {
    if (fewest === 0) break;
    const count = cost(order);
    if (count < fewest) [best, fewest] = [order, count];
  }
  return best;
}

/** Orders reached by swapping two pieces, each from the best so far (a local search). */
function* swaps(start: number[], cost: (order: readonly number[]) => number): Generator<number[]> {
  let current = start;
  for (let improved = true; improved;) {
    improved = false;
    for (let i = 0; i < current.length; i++)
      for (let j = i + 1; j < current.length; j++) {
        const next = [...current];
        [next[i], next[j]] = [next[j]!, next[i]!];
        if (cost(next) < cost(current)) {
          current = next;
          improved = true;
          yield next;
        }
      }
  }
}

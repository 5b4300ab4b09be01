import type { Point } from './diagram-geometry.ts';
import type { Piece } from './diagram-lanes.ts';
import type { End, Route } from './diagram-routes.ts';

/*
 * A planned route (diagram-routes.ts) drawn once its ports, lanes and trunk are placed: the run it makes
 * along one channel, for choosing lanes, and its corners, for drawing.
 */

/** A route's run along channel `k`. */
export function piece(r: Route, k: number, port: (e: End) => Point, trunkX: Map<Route, number>): Piece {
  const [a, b] = [port(r.exit), port(r.entry)];
  const first = r.channels[0] === k;
  const [out, into] = [r.channels[0]!, r.channels.at(-1)!];
  const sideOf = (e: End) => (e.side === 'bottom' ? 'top' : 'bottom');
  if (r.channels.length === 1) return { x1: a.x, from: sideOf(r.exit), x2: b.x, to: sideOf(r.entry) };
  const t = trunkX.get(r)!;
  if (first) return { x1: a.x, from: sideOf(r.exit), x2: t, to: into > out ? 'bottom' : 'top' };
  return { x1: t, from: into > out ? 'top' : 'bottom', x2: b.x, to: sideOf(r.entry) };
}

/** The corners of a route, from its exit port to its entry port, straight runs merged. */
export function points(
  r: Route,
  port: (e: End) => Point,
  lanes: number[],
  trunk: number | undefined,
): Point[] {
  const [a, b] = [port(r.exit), port(r.entry)];
  const corners: Point[] =
    trunk === undefined
      ? lanes.length
        ? [a, { x: a.x, y: lanes[0]! }, { x: b.x, y: lanes[0]! }, b]
        : [a, b]
      : [
          a,
          { x: a.x, y: lanes[0]! },
          { x: trunk, y: lanes[0]! },
          { x: trunk, y: lanes[1]! },
          { x: b.x, y: lanes[1]! },
          b,
        ];
  return corners.filter((p, i) => {
    const [prev, next] = [corners[i - 1], corners[i + 1]];
    if (!prev || !next) return true;
    return !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y));
  });
}

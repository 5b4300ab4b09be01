/** Plane geometry for the roadmap picture: axis-aligned boxes and straight segments, in SVG user units. */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Segment = readonly [Point, Point];

/** The straight pieces of a polyline. */
export function segments(points: readonly Point[]): Segment[] {
  return points.slice(1).map((p, i) => [points[i]!, p] as const);
}

/** SVG path data for a polyline. */
export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Whether a segment passes through the inside of a box. Running along its border or ending on it does not
 * count: that is how an arrow leaves or reaches a stage. Works for any direction (Liang–Barsky clipping).
 */
export function crossesRect([a, b]: Segment, r: Rect, eps = 0.01): boolean {
  const [x0, x1, y0, y1] = [r.x + eps, r.x + r.width - eps, r.y + eps, r.y + r.height - eps];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** Whether a horizontal and a vertical segment cross at a point inside both (touching ends excluded). */
export function crossAtRightAngle(s: Segment, t: Segment): boolean {
  const [h, v] = s[0].y === s[1].y ? [s, t] : [t, s];
  if (h[0].y !== h[1].y || v[0].x !== v[1].x) return false;
  const inside = (n: number, a: number, b: number) => n > Math.min(a, b) && n < Math.max(a, b);
  return inside(v[0].x, h[0].x, h[1].x) && inside(h[0].y, v[0].y, v[1].y);
}

/** Whether two segments run along the same line and share more than a point: one would hide the other. */
export function overlapAlong(s: Segment, t: Segment): boolean {
  const shared = (a: number, b: number, c: number, d: number) =>
    Math.min(Math.max(a, b), Math.max(c, d)) - Math.max(Math.min(a, b), Math.min(c, d)) > 0.01;
  const flat = (x: Segment) => x[0].y === x[1].y;
  const upright = (x: Segment) => x[0].x === x[1].x;
  if (flat(s) && flat(t) && s[0].y === t[0].y) return shared(s[0].x, s[1].x, t[0].x, t[1].x);
  if (upright(s) && upright(t) && s[0].x === t[0].x) return shared(s[0].y, s[1].y, t[0].y, t[1].y);
  return false;
}

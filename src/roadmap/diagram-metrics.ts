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

/** Room for `count` arrows side by side, one lane apart. */
export const span = (count: number) => Math.max(0, count - 1) * NODE.lane;

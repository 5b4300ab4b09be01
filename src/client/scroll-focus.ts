/**
 * Wide tables and display formulas scroll sideways when the screen is narrower than they are (the
 * `overflow-x` in base.css). Chrome and Firefox let the keyboard reach such a box, Safari does not
 * (axe: scrollable-region-focusable), so each box is a tab stop while, and only while, it overflows:
 * a formula that fits adds no stop to a keyboard reader's path.
 */

/**
 * Whether the box's contents are laid out. A block off screen that skips its layout
 * (content-visibility: auto) reports no overflow until it is seen, and is left alone till then.
 */
const laidOut = (box: HTMLElement) =>
  (box.firstElementChild ?? box).checkVisibility?.({ contentVisibilityAuto: true }) ?? true;

function update(box: HTMLElement) {
  if (!laidOut(box)) return;
  if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

/** Keeps each box a tab stop exactly while it overflows, as the screen or its contents change. */
export function focusWhenWide(boxes: HTMLElement[]) {
  if (!('ResizeObserver' in window && 'IntersectionObserver' in window)) return;
  // Both observers report just after layout, so reading a box then costs no extra layout. A box is
  // measured when its size changes and when it comes into view: a block skipped off screen is laid
  // out again as it nears the screen, and its size need not change then. (Listening for that change
  // itself, contentvisibilityautostatechange, would run for every block of the text.)
  const measure = (entries: { target: Element }[]) =>
    entries.forEach((entry) => update(entry.target as HTMLElement));
  const resized = new ResizeObserver(measure);
  const seen = new IntersectionObserver((entries) => measure(entries.filter((e) => e.isIntersecting)));
  for (const box of boxes) {
    resized.observe(box);
    seen.observe(box);
  }
}

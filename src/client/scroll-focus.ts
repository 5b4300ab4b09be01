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
  if (!('ResizeObserver' in window)) return;
  // Measured whenever a box's size changes, just after layout, so reading it costs no extra layout...
  const observer = new ResizeObserver((entries) =>
    entries.forEach((entry) => update(entry.target as HTMLElement)),
  );
  boxes.forEach((box) => observer.observe(box));
  // ...and when a skipped block is laid out again, which need not change its size. The event does
  // not bubble: the document hears it while capturing.
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) return;
      const block = event.target as Element;
      boxes.filter((box) => block.contains(box)).forEach(update);
    },
    true,
  );
}

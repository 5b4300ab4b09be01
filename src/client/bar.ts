import type { Tally } from '../progress/tally.ts';

/** Sizes the done and skipped segments of a ProgressBar.astro inside `root`. */
export function fillBar(root: Element, t: Tally): void {
  const share = (n: number) => `${t.total ? (100 * n) / t.total : 0}%`;
  root.querySelector<HTMLElement>('[data-part="done"]')!.style.width = share(t.done);
  root.querySelector<HTMLElement>('[data-part="skipped"]')!.style.width = share(t.skipped);
}

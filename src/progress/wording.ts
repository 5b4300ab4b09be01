import { hoursLeft, type Tally } from './tally.ts';

/**
 * Progress in words, the same on every page. Skipped milestones are named apart from done ones,
 * as they count toward completion without being work done here.
 */
export function countsText(t: Tally): string {
  const counts = t.skipped
    ? `${t.done} done and ${t.skipped} skipped of ${t.total}`
    : `${t.done} of ${t.total}`;
  const doing = t.doing ? ` · ${t.doing} in progress` : '';
  return `${counts} milestones${t.skipped ? '' : ' done'}${doing}`;
}

/** Percentage complete (done and skipped), rounded down so 99.6% never reads as 100%. */
export const percentText = (t: Tally): string =>
  `${t.total ? Math.floor((100 * (t.done + t.skipped)) / t.total) : 0}%`;

/** Hours done and left; skipped hours are neither. */
export function hoursText(t: Tally): string {
  const skipped = t.hoursSkipped ? ` (${t.hoursSkipped} skipped)` : '';
  return `${t.hoursDone} hours done, about ${hoursLeft(t)} to go${skipped}`;
}

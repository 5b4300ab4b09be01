import { daysBetween, formatDay } from './calendar-day.ts';
import type { Schedule } from './plan-schedule.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number, unit: string) => `${WORDS[n] ?? n} ${unit}${n === 1 ? '' : 's'}`;

/** "7 h", "7.5 h": hours a week, rounded to the half hour a learner would say. */
export const hours = (h: number): string => `${Math.round(h * 2) / 2} h`;

/** "three weeks", "two days", "five months": the gap between two days, in the unit a person would use. */
export function gap(days: number): string {
  const d = Math.abs(days);
  if (d < 7) return count(d, 'day');
  if (d < 7 * 9) return count(Math.round(d / 7), 'week');
  if (d < 730) return `about ${count(Math.round(d / 30.44), 'month')}`;
  return `about ${count(Math.round(d / 365.25), 'year')}`;
}

/** "three weeks behind your target", "on your target", "two days ahead of your target". */
export function versusTarget(finishDay: string, target: string): string {
  const late = daysBetween(target, finishDay);
  if (late === 0) return 'right on your target';
  return late > 0 ? `${gap(late)} behind your target` : `${gap(late)} ahead of your target`;
}

/**
 * The plan in plain words: when the last stage in scope ends at the learner's actual pace (or at
 * the planned hours when nothing was ticked lately), and how that compares with the target.
 */
export function describeSchedule(s: Schedule): string[] {
  const last = s.stages.findLast((stage) => stage.finish);
  if (!last || s.finish === null) return ['Every stage in your plan is done or skipped. Well done!'];
  const lines: string[] = [];
  const pastTarget = s.target !== null && daysBetween(s.today, s.target) < 0;
  if (s.target && pastTarget)
    lines.push(`Your target date, ${formatDay(s.target)}, has passed: choose a new one to compare against.`);
  const target = s.target && !pastTarget ? s.target : null;
  const compare = (day: string) => (target ? `, ${versusTarget(day, target)}` : '');
  if (s.finishAtPace) {
    lines.push(
      `At your pace of ${hours(s.pace)} a week over the last four weeks you finish ${last.title} around ` +
        `${formatDay(s.finishAtPace)}${compare(s.finishAtPace)}.`,
    );
  } else {
    lines.push('Nothing was ticked as done in the last four weeks, so there is no pace to go by yet.');
  }
  lines.push(
    `At your plan of ${hours(s.hoursPerWeek)} a week you finish ${last.title} around ` +
      `${formatDay(s.finish)}${compare(s.finish)}.`,
  );
  if (target) {
    const weeks = Math.max(1, daysBetween(s.today, target) + 1) / 7;
    lines.push(`To finish by ${formatDay(target)} you need about ${hours(s.hoursLeft / weeks)} a week.`);
  }
  return lines;
}

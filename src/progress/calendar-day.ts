/**
 * Calendar days as `YYYY-MM-DD` strings. A study plan is about days, not instants: counting them
 * in UTC arithmetic means a day never shifts with the learner's time zone or a daylight-saving change.
 */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The day it is for the learner at `now` (their local calendar). */
export const localDay = (now: Date): Day =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Milliseconds of the day's midnight in UTC, or NaN for anything but a real calendar day. */
function utcOf(day: string): number {
  const m = DAY.exec(day);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Rejects 2026-02-30 and friends, which Date.UTC would roll over into March.
  return new Date(ms).toISOString().startsWith(day) ? ms : NaN;
}

export const isDay = (value: unknown): value is Day => typeof value === 'string' && !isNaN(utcOf(value));

export const addDays = (day: Day, days: number): Day =>
  new Date(utcOf(day) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day): number => Math.round((utcOf(to) - utcOf(from)) / MS_PER_DAY);

/** `[year, month, day]`: what calendar files take for an all-day date. */
export const dayParts = (day: Day): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
};

/** "14 March 2027", in words that read the same in every time zone. */
export const formatDay = (day: Day): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcOf(day));

/** Weeks in an average Gregorian year. */
const WEEKS_PER_YEAR = 52.1775;

/** How long `hours` of study take at `perWeek` hours a week, in words: "about 3 years and 3 months". */
export function studyDuration(hours: number, perWeek: number): string {
  const weeks = Math.ceil(hours / perWeek);
  const months = Math.round((weeks / WEEKS_PER_YEAR) * 12);
  if (months < 24) return `${weeks} weeks, about ${months} months`;
  const [years, rest] = [Math.floor(months / 12), months % 12];
  return `${weeks} weeks, about ${years} years${rest ? ` and ${rest} month${rest === 1 ? '' : 's'}` : ''}`;
}

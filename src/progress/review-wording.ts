/** Words for review dates, in the browser's language and time zone. */

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "today at 10:10" or "on Sat, 5 Dec 2026": when a card comes back. */
export function whenText(due: Date, now: Date, locale?: string): string {
  if (sameDay(due, now))
    return `today at ${due.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`;
  const date = due.toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return `on ${date}`;
}

/** What the review page says when nothing is due. */
export function nothingDueText(next: Date | null, queued: number, now: Date, locale?: string): string {
  if (!next) return 'Nothing to review. Start a stage (or add one below) and its questions will come here.';
  const cards = `${queued} card${queued === 1 ? '' : 's'} queued`;
  return `Nothing due now: next card ${whenText(next, now, locale)}, ${cards}.`;
}

import { createEvents, type EventAttributes } from 'ics';
import { addDays, dayParts } from './calendar-day.ts';
import type { Schedule } from './plan-schedule.ts';
import { hours } from './plan-wording.ts';

/** `ml-roadmap-plan-YYYY-MM-DD.ics`, named after the day the plan was made. */
export const calendarFileName = (s: Schedule): string => `ml-roadmap-plan-${s.today}.ics`;

/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per stage with work left, from its
 * first to its last planned day. All-day events are plain dates (`DTSTART;VALUE=DATE`), so Google
 * Calendar, Apple Calendar and Outlook show them on the same days wherever the learner is; the end
 * is the day after the last, as the standard counts it. Each stage keeps one UID, so importing a
 * newer plan moves its events instead of doubling them. Throws only on a bug (ics rejects input).
 */
export function planCalendar(s: Schedule, stageUrl: (stageId: string) => string, now: Date): string {
  const events = s.stages.flatMap((stage) => {
    if (!stage.start || !stage.finish) return [];
    const event: EventAttributes & { timestamp: number } = {
      uid: `${stage.id}@ml-engineer-roadmap.plan`,
      title: `Study: ${stage.title}`,
      description: `${hours(stage.hoursLeft)} left at ${hours(s.hoursPerWeek)} a week (ML Engineer Roadmap).`,
      url: stageUrl(stage.id),
      start: dayParts(stage.start),
      end: dayParts(addDays(stage.finish, 1)),
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      timestamp: now.getTime(),
    };
    return [event];
  });
  const { error, value } = createEvents(events, {
    productId: 'ml-engineer-roadmap/study-plan',
    method: 'PUBLISH',
    calName: 'ML Engineer Roadmap study plan',
  });
  if (error || value === null) throw error ?? new Error('ics: no calendar');
  return value;
}

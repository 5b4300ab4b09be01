import { describe, expect, it } from 'vitest';
import { withState } from '../../src/progress/changes.ts';
import { emptyProgress } from '../../src/progress/model.ts';
import { planCalendar } from '../../src/progress/plan-calendar.ts';
import { schedule } from '../../src/progress/plan-schedule.ts';
import { index } from './plan-index.ts';

/**
 * A small RFC 5545 reader, used only here so the test does not trust the library that wrote the
 * file: unfolds continuation lines, then collects each VEVENT's properties (name;params:value).
 */
function readEvents(ics: string): Record<string, string>[] {
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') (current && events.push(current), (current = null));
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line
        .slice(colon + 1)
        .replace(/\\([,;\\])/g, '$1')
        .replace(/\\n/gi, '\n');
    }
  }
  return events;
}

const now = new Date('2027-01-04T12:00:00Z');

describe('calendar export', () => {
  it('has an all-day event per stage with work left, at its planned dates', () => {
    const p = withState(emptyProgress(), 'code/c', 'skipped', now);
    const s = schedule(index, p, { hoursPerWeek: 10 }, now);
    const events = readEvents(planCalendar(s, (id) => `https://example.org/stages/${id}/`, now));
    expect(events.map((e) => [e.SUMMARY, e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual([
      ['Study: Maths', '20270104', '20270118'], // 20 h: 14 days, the end being the day after the last
      ['Study: Deep learning', '20270118', '20270208'],
    ]);
    // No time of day anywhere in the events' dates: nothing for a calendar to shift by time zone.
    for (const e of events) {
      expect(Object.keys(e).filter((k) => /^DT(START|END)/.test(k))).toEqual([
        'DTSTART;VALUE=DATE',
        'DTEND;VALUE=DATE',
      ]);
      expect(e.UID).toMatch(/@ml-engineer-roadmap\.plan$/);
    }
    expect(events[0]!.URL).toBe('https://example.org/stages/maths/');
    expect(events[1]!.DESCRIPTION).toBe('30 h left at 10 h a week (ML Engineer Roadmap).');
  });
  it('is an empty calendar when everything is done', () => {
    let p = emptyProgress();
    for (const key of ['maths/a', 'maths/b', 'code/c', 'dl/d']) p = withState(p, key, 'done', now);
    const ics = planCalendar(schedule(index, p, { hoursPerWeek: 10 }, now), (id) => id, now);
    expect(readEvents(ics)).toEqual([]);
    expect(ics).toContain('END:VCALENDAR');
  });
});

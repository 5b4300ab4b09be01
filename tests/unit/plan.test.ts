import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDay, isDay, localDay } from '../../src/progress/calendar-day.ts';
import { withState } from '../../src/progress/changes.ts';
import { emptyProgress, type MilestoneState, type Progress } from '../../src/progress/model.ts';
import { DEFAULT_HOURS_PER_WEEK, planOf, withPlan } from '../../src/progress/plan.ts';
import { paceOf, schedule } from '../../src/progress/plan-schedule.ts';
import { describeSchedule, gap } from '../../src/progress/plan-wording.ts';
import { index } from './plan-index.ts';

// Noon, so the local day is the same in every time zone the tests run in.
const now = new Date('2027-01-04T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const mark = (p: Progress, key: string, state: MilestoneState, at = now) => withState(p, key, state, at);

describe('calendar days', () => {
  it('adds and counts days across month ends and leap years without drifting', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // across a daylight-saving change in Europe
    expect(daysBetween('2027-01-04', '2026-12-28')).toBe(-7);
    expect(localDay(now)).toBe('2027-01-04');
    expect(formatDay('2027-03-14')).toBe('14 March 2027');
  });
  it('accepts only real calendar days', () => {
    expect(isDay('2027-02-28')).toBe(true);
    for (const bad of ['2027-02-30', '2027-13-01', '27-01-01', '2027-01-01T00:00:00Z', 20270101, null])
      expect(isDay(bad)).toBe(false);
  });
});

describe('the plan field', () => {
  it('defaults to 10 hours a week, every stage, no target', () => {
    expect(planOf(emptyProgress())).toEqual({ hoursPerWeek: DEFAULT_HOURS_PER_WEEK });
  });
  it('treats each bad part as absent and keeps the good ones', () => {
    const p = {
      ...emptyProgress(),
      plan: { hoursPerWeek: -3, target: '2027-02-31', stages: ['maths', 'x y'] },
    };
    expect(planOf(p)).toEqual({ hoursPerWeek: 10 });
    expect(planOf({ ...emptyProgress(), plan: 'nonsense' })).toEqual({ hoursPerWeek: 10 });
    const good = { ...emptyProgress(), plan: { hoursPerWeek: 7, target: '2027-03-14', stages: ['maths'] } };
    expect(planOf(good)).toEqual({ hoursPerWeek: 7, target: '2027-03-14', stages: ['maths'] });
  });
  it('is saved beside the ticks, keeping them and other extension fields', () => {
    const ticked = { ...mark(emptyProgress(), 'maths/a', 'done'), review: { kept: true } };
    const planned = withPlan(ticked, { hoursPerWeek: 5, target: '2027-06-01' });
    expect(planned.milestones).toEqual(ticked.milestones);
    expect(planned.review).toEqual({ kept: true });
    expect(planOf(planned)).toEqual({ hoursPerWeek: 5, target: '2027-06-01' });
  });
});

describe('pace', () => {
  it('counts the hours of milestones done in the last four weeks only', () => {
    let p = mark(emptyProgress(), 'maths/a', 'done', daysAgo(3));
    p = mark(p, 'maths/b', 'done', daysAgo(29)); // too long ago
    p = mark(p, 'code/c', 'doing', daysAgo(1)); // not done
    expect(paceOf(index, p, now)).toBe(10 / 4);
    p = mark(p, 'code/c', 'done', daysAgo(27));
    expect(paceOf(index, p, now)).toBe(30 / 4);
  });
});

describe('schedule', () => {
  it('lays stages end to end from today at the planned hours, skipped and done taking no time', () => {
    let p = mark(emptyProgress(), 'maths/a', 'done', daysAgo(60));
    p = mark(p, 'code/c', 'skipped');
    const s = schedule(index, p, { hoursPerWeek: 10 }, now);
    expect(s.hoursLeft).toBe(40);
    expect(s.stages.map((x) => [x.id, x.hoursLeft, x.start, x.finish])).toEqual([
      ['maths', 10, '2027-01-04', '2027-01-10'], // 10 h at 10 h a week: one week, today included
      ['code', 0, null, null],
      ['dl', 30, '2027-01-11', '2027-01-31'],
    ]);
    expect(s.finish).toBe('2027-01-31');
    expect(s.finishAtPace).toBeNull(); // nothing done in the last four weeks
  });
  it('keeps only the stages in scope', () => {
    const s = schedule(index, emptyProgress(), { hoursPerWeek: 20, stages: ['code', 'maths'] }, now);
    expect(s.stages.map((x) => x.id)).toEqual(['maths', 'code']);
    expect(s.finish).toBe('2027-01-17');
  });
  it('projects the finish at the actual pace too', () => {
    const p = mark(emptyProgress(), 'maths/a', 'done', daysAgo(2)); // 2.5 h a week
    const s = schedule(index, p, { hoursPerWeek: 10 }, now);
    expect(s.pace).toBe(2.5);
    expect(s.finishAtPace).toBe(addDays('2027-01-04', (60 / 2.5) * 7 - 1));
  });
});

describe('in plain words', () => {
  const words = (p: Progress, plan: Parameters<typeof schedule>[2]) =>
    describeSchedule(schedule(index, p, plan, now)).join(' ');

  it('says gaps the way a person would', () => {
    expect(gap(21)).toBe('three weeks');
    expect(gap(-1)).toBe('one day');
    expect(gap(62)).toBe('nine weeks');
    expect(gap(100)).toBe('about three months');
    expect(gap(2900)).toBe('about eight years');
  });
  it('says how far behind the target the actual pace is', () => {
    let p = mark(emptyProgress(), 'maths/a', 'done', daysAgo(5));
    p = mark(p, 'maths/b', 'done', daysAgo(10));
    p = mark(p, 'code/c', 'done', daysAgo(20)); // 40 h in four weeks: 10 h a week; 30 h left
    const text = words(p, { hoursPerWeek: 10, target: '2027-01-10' });
    expect(text).toContain('At your pace of 10 h a week over the last four weeks you finish Deep learning');
    expect(text).toContain('around 24 January 2027, two weeks behind your target');
    expect(text).toContain('To finish by 10 January 2027 you need about 30 h a week.');
  });
  it('says ahead of the target', () => {
    expect(words(emptyProgress(), { hoursPerWeek: 60, target: '2027-03-01' })).toContain(
      'At your plan of 60 h a week you finish Deep learning around 12 January 2027, seven weeks ahead of your target.',
    );
  });
  it('nothing done: no pace yet, the plan still has dates', () => {
    const text = words(emptyProgress(), { hoursPerWeek: 10 });
    expect(text).toContain('no pace to go by yet');
    expect(text).toContain('around 21 February 2027.');
    expect(text).not.toContain('target');
  });
  it('all done: says so and gives no dates', () => {
    let p = mark(emptyProgress(), 'maths/a', 'done');
    for (const key of ['maths/b', 'code/c']) p = mark(p, key, 'done');
    p = mark(p, 'dl/d', 'skipped');
    const s = schedule(index, p, { hoursPerWeek: 10, target: '2027-02-01' }, now);
    expect(s.finish).toBeNull();
    expect(s.stages.every((x) => x.finish === null)).toBe(true);
    expect(describeSchedule(s)).toEqual(['Every stage in your plan is done or skipped. Well done!']);
  });
  it('a target in the past: says so and compares with nothing', () => {
    const text = words(emptyProgress(), { hoursPerWeek: 10, target: '2026-12-01' });
    expect(text).toContain('Your target date, 1 December 2026, has passed');
    expect(text).not.toMatch(/behind|ahead|need about/);
  });
});

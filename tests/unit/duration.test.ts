import { describe, expect, it } from 'vitest';
import { studyDuration } from '../../src/roadmap/duration.ts';

describe('studyDuration', () => {
  it('says months under two years, years and months above', () => {
    expect(studyDuration(1700, 20)).toBe('85 weeks, about 20 months');
    expect(studyDuration(1700, 10)).toBe('170 weeks, about 3 years and 3 months');
    expect(studyDuration(1700, 5)).toBe('340 weeks, about 6 years and 6 months');
  });

  it('rounds weeks up, so a part-week still counts, and drops zero months', () => {
    expect(studyDuration(101, 10)).toBe('11 weeks, about 3 months');
    expect(studyDuration(1044, 10)).toBe('105 weeks, about 2 years');
    expect(studyDuration(1100, 10)).toBe('110 weeks, about 2 years and 1 month');
  });
});

import { describe, expect, it } from 'vitest';
import { withState } from '../../src/progress/changes.ts';
import { carriesProgress, progressFragment, readProgressFragment } from '../../src/progress/link.ts';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import { withNote } from '../../src/progress/notes.ts';
import { withPlan } from '../../src/progress/plan.ts';

const now = new Date('2027-01-04T12:00:00Z');
let progress: Progress = withState(emptyProgress(), 'maths/a', 'done', now);
progress = withState(progress, 'code/c', 'skipped', now);
progress = withNote(progress, 'dl/d', 'ask about "attention" & <masks> — ünïcødé', now);
progress = withPlan(progress, { hoursPerWeek: 7, target: '2027-03-14' });

const readBack = async (fragment: string) => {
  const result = await readProgressFragment(`#${fragment}`);
  if (!result.ok) throw new Error(result.message);
  return result.progress;
};

describe('progress in a link', () => {
  it('round-trips ticks, notes and the plan through a URL-safe fragment', async () => {
    const fragment = await progressFragment(progress, now);
    expect(fragment).toMatch(/^progress=[A-Za-z0-9_-]+$/);
    expect(carriesProgress(`#${fragment}`)).toBe(true);
    const back = await readBack(fragment);
    expect(back.milestones).toEqual({ ...progress.milestones });
    expect(back.plan).toEqual(progress.plan);
  });

  it('refuses a tampered link with a clear message', async () => {
    const fragment = await progressFragment(progress, now);
    const middle = Math.floor(fragment.length / 2);
    // Every one-character change in the middle third: none may read as (other) progress.
    for (let i = middle - 10; i < middle + 10; i += 1) {
      const swapped = fragment[i] === 'A' ? 'B' : 'A';
      const result = await readProgressFragment(`#${fragment.slice(0, i)}${swapped}${fragment.slice(i + 1)}`);
      expect(result).toEqual({
        ok: false,
        message: expect.stringMatching(/^This link is damaged or incomplete/),
      });
    }
  });

  it('refuses a truncated link, and one with characters base64url has not', async () => {
    const fragment = await progressFragment(progress, now);
    for (const cut of [fragment.slice(0, -1), fragment.slice(0, -8), fragment.slice(0, 20), 'progress='])
      expect((await readProgressFragment(`#${cut}`)).ok).toBe(false);
    expect((await readProgressFragment(`#${fragment}!`)).ok).toBe(false);
  });

  it('checks what decodes like an import file', async () => {
    const forged = {
      ...emptyProgress(),
      milestones: { 'Not A Key': { state: 'done', at: now.toISOString() } },
    };
    const fragment = await progressFragment(forged as unknown as Progress, now);
    const result = await readProgressFragment(fragment);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^The progress in this link is not a progress file from this site/),
    });
  });

  it('does not take other fragments for progress', () => {
    expect(carriesProgress('#main')).toBe(false);
    expect(carriesProgress('')).toBe(false);
  });
});

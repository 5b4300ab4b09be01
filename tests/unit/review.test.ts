import { describe, expect, it } from 'vitest';
import { withState } from '../../src/progress/changes.ts';
import { mergeProgress } from '../../src/progress/merge.ts';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import { parseProgress } from '../../src/progress/parse.ts';
import { setAsideBadReview } from '../../src/progress/review-aside.ts';
import {
  NEW_PER_DAY,
  inReview,
  isStarted,
  reviewQueue,
  type ReviewIndex,
} from '../../src/progress/review-queue.ts';
import { withGrade, type ReviewGrade } from '../../src/progress/review-schedule.ts';
import { nothingDueText, whenText } from '../../src/progress/review-wording.ts';
import { readReview } from '../../src/progress/review.ts';
import { mergeReview, withStageChoice } from '../../src/progress/review-edits.ts';
import { BACKUP_PREFIX } from '../../src/progress/store.ts';
import { questionKey } from '../../src/paths.ts';
import { MemoryStorage } from './memory-storage.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const start = new Date('2026-11-27T12:00:00.000Z');
const at = (ms: number) => new Date(start.getTime() + ms);

const q = (stage: string, n: number) => questionKey(stage, `Question number ${n} of ${stage}?`);
const index: ReviewIndex = {
  stages: [
    { id: 'maths', title: 'Maths', questions: [q('maths', 1), q('maths', 2)] },
    { id: 'mlops', title: 'MLOps', questions: Array.from({ length: 14 }, (_, i) => q('mlops', i)) },
  ],
};
const started = (stage: string, state: 'done' | 'doing' | 'skipped' = 'done') =>
  withState(emptyProgress(), `${stage}/first-milestone`, state, start);
const cards = (p: Progress) => readReview(p).review.cards;
const queue = (p: Progress, now: Date) => reviewQueue(index, p, readReview(p).review, now);

describe('question keys', () => {
  it('come from the stage and the text, not the position', () => {
    expect(questionKey('maths', 'Why?')).toMatch(/^maths\/q-[a-z0-9]{1,7}$/);
    expect(questionKey('maths', 'Why?')).toBe(questionKey('maths', 'Why?'));
    expect(questionKey('maths', 'Why?')).not.toBe(questionKey('maths', 'Why not?'));
    expect(questionKey('maths', 'Why?')).not.toBe(questionKey('stats', 'Why?'));
  });
});

describe('started-stage rules', () => {
  it('puts a stage in review once any milestone is done, in progress or skipped', () => {
    expect(isStarted(emptyProgress(), 'maths')).toBe(false);
    for (const state of ['done', 'doing', 'skipped'] as const)
      expect(isStarted(started('maths', state), 'maths')).toBe(true);
    expect(isStarted(started('maths'), 'mlops')).toBe(false);
    // A milestone cleared back to not started leaves only a time: not started.
    expect(isStarted(withState(started('maths'), 'maths/first-milestone', null, at(1)), 'maths')).toBe(false);
  });

  it('lets the learner add an unstarted stage and remove a started one, keeping its cards', () => {
    let p = started('maths');
    p = withGrade(p, q('maths', 1), 3, start);
    p = withStageChoice(p, 'maths', false, at(MINUTE));
    expect(inReview(p, readReview(p).review, 'maths')).toBe(false);
    expect(queue(p, at(DAY)).due).toEqual([]);
    expect(cards(p)[q('maths', 1)]).toBeDefined();
    p = withStageChoice(p, 'mlops', true, at(MINUTE));
    expect(queue(p, at(MINUTE)).due[0]).toBe(q('mlops', 0));
    p = withStageChoice(p, 'maths', true, at(2 * MINUTE));
    expect(queue(p, at(DAY)).due.slice(0, 2)).toEqual([q('maths', 1), q('maths', 2)]);
  });
});

describe('scheduling with a fake clock', () => {
  it('sets the next due date after each grade of a new card', () => {
    const due = (grade: ReviewGrade) =>
      cards(withGrade(started('maths'), q('maths', 1), grade, start))[q('maths', 1)]!.due;
    expect(due(1)).toBe(at(MINUTE).toISOString());
    expect(due(2)).toBe(at(6 * MINUTE).toISOString());
    expect(due(3)).toBe(at(10 * MINUTE).toISOString());
    expect(due(4)).toBe(at(8 * DAY).toISOString());
  });

  it('moves a card out of the queue until it is due, then brings it back', () => {
    let p = withGrade(started('maths'), q('maths', 1), 3, start);
    expect(queue(p, at(MINUTE)).due).toEqual([q('maths', 2)]);
    expect(queue(p, at(10 * MINUTE)).due).toEqual([q('maths', 1), q('maths', 2)]);
    p = withGrade(p, q('maths', 1), 3, at(10 * MINUTE));
    const card = cards(p)[q('maths', 1)]!;
    expect(card.state).toBe(2);
    expect(card.due).toBe(at(2 * DAY + 10 * MINUTE).toISOString());
    expect(queue(p, at(DAY)).due).not.toContain(q('maths', 1));
  });

  it('counts a lapse when a learned card is forgotten, and relearns it within minutes', () => {
    let p = withGrade(started('maths'), q('maths', 1), 3, start);
    p = withGrade(p, q('maths', 1), 3, at(10 * MINUTE));
    const learned = cards(p)[q('maths', 1)]!;
    const then = new Date(learned.due);
    p = withGrade(p, q('maths', 1), 1, then);
    const lapsed = cards(p)[q('maths', 1)]!;
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
    expect(lapsed.due).toBe(new Date(then.getTime() + 10 * MINUTE).toISOString());
    expect(lapsed.stability).toBeLessThan(learned.stability);
    expect(lapsed.first).toBe(start.toISOString());
  });
});

describe('daily limit on new cards', () => {
  it(`introduces at most ${NEW_PER_DAY} new questions a day, and says when more come`, () => {
    let p = started('mlops');
    expect(queue(p, start).due).toHaveLength(NEW_PER_DAY);
    for (let i = 0; i < NEW_PER_DAY; i++) p = withGrade(p, q('mlops', i), 4, at(i * MINUTE));
    const later = queue(p, at(30 * MINUTE));
    expect(later.due).toEqual([]);
    expect(later.queued).toBe(14);
    const midnight = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
    expect(later.next).toEqual(midnight);
    expect(queue(p, at(DAY)).due).toEqual([10, 11, 12, 13].map((i) => q('mlops', i)));
  });

  it('does not count due reviews of older cards against the limit', () => {
    let p = started('mlops');
    for (let i = 0; i < 3; i++) p = withGrade(p, q('mlops', i), 1, start);
    const now = at(2 * MINUTE);
    const due = queue(p, now).due;
    expect(due.slice(0, 3)).toEqual([0, 1, 2].map((i) => q('mlops', i)));
    expect(due).toHaveLength(3 + NEW_PER_DAY - 3);
  });
});

describe('hostile or broken review data', () => {
  const stored = (review: unknown) => {
    const parsed = parseProgress(JSON.stringify({ version: 2, milestones: {}, review }));
    if (!parsed.ok) throw new Error('progress itself must stay readable');
    return parsed.progress;
  };
  const good = cards(withGrade(started('maths'), q('maths', 1), 3, start))[q('maths', 1)]!;

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['cards as an array', { cards: [good] }],
    ['a prototype key', JSON.parse(`{"cards":{"__proto__":${JSON.stringify(good)}}}`)],
    ['a bad due date', { cards: { [q('maths', 1)]: { ...good, due: 'tomorrow' } } }],
    ['a negative count', { cards: { [q('maths', 1)]: { ...good, reps: -1 } } }],
    ['an unknown state', { cards: { [q('maths', 1)]: { ...good, state: 9 } } }],
    ['an infinite stability', { cards: { [q('maths', 1)]: { ...good, stability: 1e400 } } }],
    ['a stage choice that is not a boolean', { stages: { maths: { on: 'yes', at: start.toISOString() } } }],
  ])('treats %s as absent, keeping ticks and reporting it unclean', (_, review) => {
    const p = stored(review);
    const read = readReview(p);
    expect(read.clean).toBe(false);
    expect(Object.keys(read.review.cards)).toEqual([]);
    expect(Object.getPrototypeOf(read.review.cards)).toBe(null);
    expect(queue(p, start).due).toEqual([]);
  });

  it('keeps the good cards next to a bad one, and drops unknown fields', () => {
    const p = stored({
      cards: { [q('maths', 1)]: { ...good, extra: 1 }, [q('maths', 2)]: { ...good, lapses: 'x' } },
    });
    const read = readReview(p);
    expect(read.clean).toBe(false);
    expect(read.review.cards).toEqual({ [q('maths', 1)]: good });
  });

  it('sets the stored value aside before cleaning, and cleans nothing it could not back up', () => {
    const p = stored({ cards: { [q('maths', 1)]: { ...good, due: 5 } } });
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(setAsideBadReview(storage, p, start)).toBe(null);
    storage.failWrites = false;
    const cleaned = setAsideBadReview(storage, p, start)!;
    expect(readReview(cleaned)).toEqual({ review: { cards: {}, stages: {} }, clean: true });
    const [backup] = storage.keys().filter((k) => k.startsWith(`${BACKUP_PREFIX}unreadable:`));
    expect(JSON.parse(storage.getItem(backup!)!).review.cards[q('maths', 1)].due).toBe(5);
    expect(setAsideBadReview(storage, cleaned, start)).toBe(null);
  });

  it('travels through parse and import by merge; mergeReview keeps the later grade card by card', () => {
    const mine = withGrade(started('maths'), q('maths', 1), 3, start);
    const theirs = withGrade(
      withGrade(started('maths'), q('maths', 1), 1, at(MINUTE)),
      q('maths', 2),
      3,
      start,
    );
    const merged = mergeReview(readReview(mine).review, readReview(theirs).review);
    expect(merged.cards[q('maths', 1)]!.last).toBe(at(MINUTE).toISOString());
    expect(merged.cards[q('maths', 2)]).toBeDefined();
    expect(mergeReview(readReview(theirs).review, readReview(mine).review)).toEqual(merged);
    const reread = parseProgress(JSON.stringify(mine));
    expect(reread.ok && cards(reread.progress)).toEqual(cards(mine));
    // Importing into a browser without review state (after a reset, on a new device) brings it all.
    expect(mergeProgress(started('maths'), mine).review).toEqual(mine.review);
  });
});

describe('wording', () => {
  it('says when a card comes back and how many wait', () => {
    expect(whenText(at(10 * MINUTE), start, 'en-GB')).toMatch(/^today at \d\d:\d\d$/);
    expect(whenText(at(8 * DAY), start, 'en-GB')).toMatch(/^on \w+,? 5 Dec 2026$/);
    expect(nothingDueText(at(8 * DAY), 1, start, 'en-GB')).toMatch(
      /^Nothing due now: next card on .+, 1 card queued\.$/,
    );
    expect(nothingDueText(null, 0, start)).toMatch(/^Nothing to review/);
  });
});

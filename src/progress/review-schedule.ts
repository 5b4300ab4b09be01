import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { Progress } from './model.ts';
import { QUESTION_KEY, readReview, type ReviewCard } from './review.ts';
import { withReview } from './review-edits.ts';

/**
 * Scheduling with FSRS (ts-fsrs). Only the review page loads this; other pages count due cards from
 * the stored `due` dates (review-queue.ts). Fuzz is off: with a few hundred cards there is little load
 * to spread, and a learner (and a test) sees the same date for the same history.
 */
const scheduler = fsrs({ enable_fuzz: false });

/** The four grades, as ts-fsrs numbers them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type ReviewGrade = 1 | 2 | 3 | 4;
export const GRADE_NAMES: Record<ReviewGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

const toCard = (c: ReviewCard): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: 0,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  last_review: new Date(c.last),
});

/** A card after one grade at `now`; `undefined` is a question never graded before. */
export function gradeCard(card: ReviewCard | undefined, grade: ReviewGrade, now: Date): ReviewCard {
  const next = scheduler.next(card ? toCard(card) : createEmptyCard(now), now, grade as Grade).card;
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state as ReviewCard['state'],
    last: now.toISOString(),
    first: card?.first ?? now.toISOString(),
  };
}

/** Progress after grading one question (the edit the review page applies through the store). */
export function withGrade(progress: Progress, key: string, grade: ReviewGrade, now: Date): Progress {
  if (!QUESTION_KEY.test(key)) throw new Error(`not a question key: ${key}`);
  const { review } = readReview(progress);
  const card = Object.hasOwn(review.cards, key) ? review.cards[key] : undefined;
  const cards = Object.assign(Object.create(null), review.cards, { [key]: gradeCard(card, grade, now) });
  return withReview(progress, { cards, stages: review.stages });
}

import { ISO_DATE, isRecord, type Progress } from './model.ts';

/**
 * The `review` extension field of progress (model.ts): spaced-review state of the self-check
 * questions. This module owns it: it checks it, and nothing else reads or writes it. As JSON:
 *
 * ```json
 * "review": {
 *   "cards": { "mlops/q-1x2ab3c": { "due": "…", "stability": 2.3, "difficulty": 5.1, "scheduledDays": 2,
 *     "learningSteps": 0, "reps": 3, "lapses": 1, "state": 2, "last": "…", "first": "…" } },
 *   "stages": { "statistics": { "on": false, "at": "…" } }
 * }
 * ```
 *
 * A card exists once its question has been graded (keys: `questionKey` in paths.ts); a question of a
 * stage in review without a card is new. `due` is stored with each card so that pages can count due
 * cards without loading the scheduler. A card or stage choice that fails its check is dropped (treated
 * as never graded) and the page that writes review sets the stored value aside first (review-aside.ts).
 */
export interface ReviewCard {
  /** When the card is next due, ISO 8601. */
  due: string;
  /** FSRS memory stability, in days. */
  stability: number;
  /** FSRS difficulty, 1 to 10. */
  difficulty: number;
  /** Days between the last review and `due`, as the scheduler set it. */
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  /** Times graded. */
  reps: number;
  /** Times forgotten (graded Again) after being learned. */
  lapses: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  /** When it was last graded, ISO 8601. */
  last: string;
  /** When it was first graded, ISO 8601: counts towards that day's limit of new cards. */
  first: string;
}

/** The learner's own word on a stage: in review or not, whatever its milestones say. */
export interface StageChoice {
  /** In review. */
  on: boolean;
  /** When chosen, ISO 8601: a merge keeps the later choice. */
  at: string;
}

export interface Review {
  cards: Record<string, ReviewCard>;
  stages: Record<string, StageChoice>;
}

/** `<stage-id>/q-<base-36 hash>`: see `questionKey`. Rules out `__proto__` and friends. */
export const QUESTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/q-[a-z0-9]{1,7}$/;
export const STAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const emptyReview = (): Review => ({ cards: Object.create(null), stages: Object.create(null) });

const isDate = (v: unknown): v is string =>
  typeof v === 'string' && ISO_DATE.test(v) && !isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e6;
const isAmount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;

export function isCard(v: unknown): v is ReviewCard {
  return (
    isRecord(v) &&
    isDate(v.due) &&
    isDate(v.last) &&
    isDate(v.first) &&
    isAmount(v.stability, 1e6) &&
    isAmount(v.difficulty, 10) &&
    isAmount(v.scheduledDays, 1e6) &&
    isCount(v.learningSteps) &&
    isCount(v.reps) &&
    isCount(v.lapses) &&
    [0, 1, 2, 3].includes(v.state as number)
  );
}

const isChoice = (v: unknown): v is StageChoice => isRecord(v) && typeof v.on === 'boolean' && isDate(v.at);

/**
 * The review state in progress, rebuilt from what passes its check (known fields only, no prototype),
 * and whether everything stored passed: `clean` false means something was dropped.
 */
export function readReview(progress: Progress): { review: Review; clean: boolean } {
  const review = emptyReview();
  const value = progress.review;
  if (value === undefined) return { review, clean: true };
  if (!isRecord(value)) return { review, clean: false };
  let clean =
    (value.cards === undefined || isRecord(value.cards)) &&
    (value.stages === undefined || isRecord(value.stages));
  for (const [key, card] of Object.entries(isRecord(value.cards) ? value.cards : {})) {
    if (!QUESTION_KEY.test(key) || !isCard(card)) clean = false;
    else {
      const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, last, first } =
        card;
      review.cards[key] = {
        due,
        stability,
        difficulty,
        scheduledDays,
        learningSteps,
        reps,
        lapses,
        state,
        last,
        first,
      };
    }
  }
  for (const [id, choice] of Object.entries(isRecord(value.stages) ? value.stages : {})) {
    if (!STAGE_ID.test(id) || !isChoice(choice)) clean = false;
    else review.stages[id] = { on: choice.on, at: choice.at };
  }
  return { review, clean };
}

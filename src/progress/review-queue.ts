import { isRecord, type Progress } from './model.ts';
import type { Review } from './review.ts';

/** The self-check questions as the browser needs them to count and order review (built into pages). */
export interface ReviewIndex {
  /** Every stage with questions, in roadmap order, with its question keys (paths.ts `questionKey`). */
  stages: { id: string; title: string; questions: string[] }[];
}

/** At most this many never-seen questions are introduced per local day, so a big start stays light. */
export const NEW_PER_DAY = 10;

/** Reads the index a page embedded; a missing or broken one means no questions (nothing to count). */
export function parseReviewIndex(json: string | null | undefined): ReviewIndex {
  try {
    const value: unknown = json ? JSON.parse(json) : null;
    if (isRecord(value) && Array.isArray(value.stages)) return value as unknown as ReviewIndex;
  } catch {
    // Fall through.
  }
  return { stages: [] };
}

/** Whether the learner has started a stage: any of its milestones done, in progress or skipped. */
export const isStarted = (progress: Progress, stageId: string): boolean =>
  Object.entries(progress.milestones).some(([key, entry]) => key.startsWith(`${stageId}/`) && entry.state);

/** In review: the learner's own choice if they made one, else whether the stage is started. */
export const inReview = (progress: Progress, review: Review, stageId: string): boolean =>
  Object.hasOwn(review.stages, stageId) ? review.stages[stageId]!.on : isStarted(progress, stageId);

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
const nextMidnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);

export interface Queue {
  /** Keys to review now, in order: due cards (most overdue first), then new questions within the limit. */
  due: string[];
  /** When the next card not due now becomes due, or null if none is waiting. */
  next: Date | null;
  /** Cards in review that are not due now (graded ones waiting, new ones over today's limit). */
  queued: number;
}

/** What is due at `now`, from the stages in review. Pure arithmetic: no scheduler needed. */
export function reviewQueue(index: ReviewIndex, progress: Progress, review: Review, now: Date): Queue {
  const today = localDay(now);
  const introduced = Object.values(review.cards).filter((c) => localDay(new Date(c.first)) === today).length;
  const dueCards: { key: string; at: number }[] = [];
  const fresh: string[] = [];
  const waiting: number[] = [];
  for (const stage of index.stages) {
    if (!inReview(progress, review, stage.id)) continue;
    for (const key of stage.questions) {
      const card = Object.hasOwn(review.cards, key) ? review.cards[key] : undefined;
      const at = card && Date.parse(card.due);
      if (at === undefined) fresh.push(key);
      else if (at <= now.getTime()) dueCards.push({ key, at });
      else waiting.push(at);
    }
  }
  const allowed = Math.max(0, NEW_PER_DAY - introduced);
  const held = Math.max(0, fresh.length - allowed);
  if (held > 0) waiting.push(nextMidnight(now).getTime());
  return {
    due: [...dueCards.sort((a, b) => a.at - b.at).map((c) => c.key), ...fresh.slice(0, allowed)],
    next: waiting.length ? new Date(Math.min(...waiting)) : null,
    queued: waiting.length - (held > 0 ? 1 : 0) + held,
  };
}

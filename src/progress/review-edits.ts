import type { Progress } from './model.ts';
import { emptyReview, readReview, STAGE_ID, type Review } from './review.ts';

/** Changes to the review state; apart from review.ts so that pages which only count never load them. */

/** A copy of progress with this review state (milestones and other extensions kept). */
export const withReview = (progress: Progress, review: Review): Progress => ({ ...progress, review });

/** Puts a stage in review or takes it out; its cards are kept either way, so adding it back resumes. */
export function withStageChoice(progress: Progress, stageId: string, on: boolean, now: Date): Progress {
  if (!STAGE_ID.test(stageId)) throw new Error(`not a stage id: ${stageId}`);
  const { review } = readReview(progress);
  const stages = { ...review.stages, [stageId]: { on, at: now.toISOString() } };
  return withReview(progress, { cards: review.cards, stages: Object.assign(Object.create(null), stages) });
}

/**
 * Both review states, the later word winning card by card (last graded) and stage by stage: what an
 * import by merge should do when both sides hold review state. Not yet called by merge.ts, which keeps
 * this browser's extension fields: wiring it there would put this module in every stage page's script.
 */
export function mergeReview(current: Review, incoming: Review): Review {
  const merged = emptyReview();
  Object.assign(merged.cards, current.cards);
  Object.assign(merged.stages, current.stages);
  for (const [key, card] of Object.entries(incoming.cards)) {
    const mine = merged.cards[key];
    if (!mine || Date.parse(card.last) > Date.parse(mine.last)) merged.cards[key] = card;
  }
  for (const [id, choice] of Object.entries(incoming.stages)) {
    const mine = merged.stages[id];
    if (!mine || Date.parse(choice.at) > Date.parse(mine.at)) merged.stages[id] = choice;
  }
  return merged;
}

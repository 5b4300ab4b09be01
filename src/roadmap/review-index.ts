import type { ReviewIndex } from '../progress/review-queue.ts';
import { questionKey } from '../paths.ts';
import type { StageEntry } from './order.ts';

/** Every stage's self-check questions as review keys, in roadmap order (stages without any left out). */
export function buildReviewIndex(stages: readonly StageEntry[]): ReviewIndex {
  return {
    stages: stages
      .filter((s) => s.data.selfCheck.length > 0)
      .map((s) => ({
        id: s.id,
        title: s.data.title,
        questions: s.data.selfCheck.map((c) => questionKey(s.id, c.question)),
      })),
  };
}

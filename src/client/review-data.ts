import { parseReviewIndex } from '../progress/review-queue.ts';

/** The self-check questions the page embedded (components/ReviewCount.astro, pages/review.astro). */
export const reviewIndex = parseReviewIndex(document.getElementById('mlr-review-index')?.textContent);

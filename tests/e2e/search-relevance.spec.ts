import { expect, test } from './fixtures.ts';

/**
 * Searching a topic's name puts the stage that teaches it in the top three results. A hit counts
 * when it leads into that stage's page: the page itself, or one of its milestones, questions or resources.
 */
const TOPICS: [query: string, stage: string][] = [
  ['linear algebra', 'mathematics'],
  ['A/B testing', 'mathematics'],
  ['pandas', 'programming'],
  ['NumPy', 'programming'],
  ['cross-validation', 'ml-fundamentals'],
  ['unsupervised learning', 'ml-fundamentals'],
  ['backpropagation', 'deep-learning'],
  ['transfer learning', 'deep-learning'],
  ['continuous integration', 'software-engineering'],
  ['feature stores', 'mlops'],
  ['experiment tracking', 'mlops'],
  ['retrieval-augmented generation', 'llm-engineering'],
  ['vector search', 'llm-engineering'],
  ['open-source contributions', 'portfolio'],
  ['behavioural interview', 'interviews'],
  ['salary negotiation', 'offers-and-compensation'],
];

test('each of 16 topics finds the stage that teaches it in the top three', async ({ page }) => {
  test.setTimeout(300_000);
  const misses: string[] = [];
  for (const [query, stage] of TOPICS) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/results? for/, { timeout: 30_000 });
    const links = page.locator('[data-search-results] > li .result-title a');
    const top = await links.evaluateAll((as) =>
      as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    if (!top.some((path) => path === `/stages/${stage}/`)) misses.push(`${query} → ${top.join(', ')}`);
  }
  expect(misses).toEqual([]);
});

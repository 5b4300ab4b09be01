import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { searchRecords } from '../../src/search/records.ts';
import { stageSections } from '../../src/search/sections.ts';

describe('stage sections for search', () => {
  it('lists h2 and h3 headings with the ids the page gives them, repeats numbered', () => {
    const body = [
      '# Title',
      '## NumPy: think in *whole* arrays',
      '### `pip` and uv',
      '#### Too deep',
      '## Common mistakes',
      '### Common mistakes',
      '## Cost of $O(n^2)$',
      '```md\n## Not a heading\n```',
    ].join('\n\n');
    expect(stageSections(body)).toEqual([
      { title: 'NumPy: think in whole arrays', id: 'numpy-think-in-whole-arrays' },
      { title: 'pip and uv', id: 'pip-and-uv' },
      { title: 'Common mistakes', id: 'common-mistakes' },
      { title: 'Common mistakes', id: 'common-mistakes-1' },
    ]);
  });

  it('gives none for a body MDX cannot parse', () => {
    expect(stageSections('## A\n\n<div>\n')).toEqual([]);
  });

  it('indexes each section of the real stages as stage text that links into its page', () => {
    const { stages, resources } = checkContent(readContent('content'));
    const sections = searchRecords(stages, resources).filter((r) => r.filters.type.includes('Stage text'));
    expect(sections.length).toBeGreaterThan(stages.length * 5);
    const numpy = sections.find((r) => r.meta.title.startsWith('NumPy'));
    expect(numpy).toMatchObject({
      url: '/stages/programming/#numpy-think-in-whole-arrays',
      meta: { stage: 'Programming for machine learning' },
      filters: { phase: ['Foundations'] },
    });
    for (const r of sections) expect(r.url).toMatch(/^\/stages\/[a-z-]+\/#[a-z0-9-]+$/);
  }, 60_000);
});

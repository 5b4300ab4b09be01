import { describe, expect, it } from 'vitest';
import { statusText, toView } from '../../src/search/view.ts';

describe('search view', () => {
  it('shapes a milestone record with its stage, and a page with its headings', () => {
    expect(
      toView({
        url: '/stages/maths/#svd',
        excerpt: 'the <mark>SVD</mark>',
        meta: { title: 'SVD by hand', stage: 'Maths' },
        filters: { type: ['Milestone'] },
      }),
    ).toEqual({
      url: '/stages/maths/#svd',
      title: 'SVD by hand',
      type: 'Milestone',
      stage: 'Maths',
      excerpt: 'the <mark>SVD</mark>',
      sections: [],
    });
    const page = toView({
      url: '/stages/maths/',
      excerpt: 'x',
      meta: { title: 'Maths' },
      filters: { type: ['Stage text'] },
      sub_results: [
        { title: 'Maths', url: '/stages/maths/', excerpt: '' },
        { title: 'Eigenvalues', url: '/stages/maths/#eigenvalues', excerpt: '' },
      ],
    });
    expect(page.stage).toBeUndefined();
    // A section record is stage text too, but it lies inside a stage: it names the stage.
    const section = toView({
      url: '/stages/maths/#eigenvalues',
      excerpt: 'x',
      meta: { title: 'Eigenvalues', stage: 'Maths' },
      filters: { type: ['Stage text'] },
    });
    expect(section).toMatchObject({ type: 'Stage text', stage: 'Maths', title: 'Eigenvalues' });
    expect(page.sections).toEqual([{ title: 'Eigenvalues', url: '/stages/maths/#eigenvalues' }]);
  });

  it('announces counts and suggests something when nothing matches', () => {
    expect(statusText(1, 'svd', false)).toBe('1 result for “svd”.');
    expect(statusText(12, 'svd', false)).toBe('12 results for “svd”.');
    expect(statusText(0, 'zzz', false)).toMatch(/No results for “zzz”\. Try/);
    expect(statusText(0, 'zzz', true)).toMatch(/with these filters/);
    expect(statusText(0, '', false)).toBe('');
  });
});

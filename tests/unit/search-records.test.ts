import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { searchRecords } from '../../src/search/records.ts';
import { markdownToText, texToText } from '../../src/search/tex-text.ts';

/** What TeX source looks like once it leaks: a dollar delimiter, a command, or a `^{`/`_{` group. */
const TEX = /\$|\\[a-zA-Z]|[_^]\{/;

describe('texToText', () => {
  it.each([
    ['f(w) = (w-3)^2', 'f(w) = (w-3)²'],
    ['\\eta = 1', 'η = 1'],
    ['\\sqrt{d_k}', '√dₖ'],
    ['O(n^2)', 'O(n²)'],
    ['\\mathbf{x} = (1, 2, 3, 4)', 'x = (1, 2, 3, 4)'],
    ['\\epsilon \\approx 0', 'ε ≈ 0'],
    ['p \\lt 10^{-9}', 'p < 10⁻⁹'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta \\nabla_{\\mathbf{w}} L(\\mathbf{w})', 'w ← w - η ∇w L(w)'],
    ['\\hat{y}', 'ŷ'],
    ['\\mathbb{E}[X]', '𝔼[X]'],
    ['\\log p(x)', 'log p(x)'],
    ['x^{t+1}', 'x^(t+1)'.replace('^(t+1)', 'ᵗ⁺¹')],
    ['\\left( \\frac{1}{n} \\sum_i x_i \\right)', '( 1/n Σᵢ xᵢ )'],
  ])('reads %s as %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  it('keeps a power it cannot raise readable', () => {
    expect(texToText('e^{-\\lambda t}')).toBe('e^(-λ t)');
  });
});

describe('markdownToText', () => {
  it('turns inline and display math into text and keeps the words around it', () => {
    expect(
      markdownToText('For $f(w) = (w-3)^2$, which rates converge at $\\eta = 1$? $$\\sum_i w_i$$ **done**'),
    ).toBe('For f(w) = (w-3)², which rates converge at η = 1? Σᵢ wᵢ done');
  });

  it('keeps an escaped dollar as a price and link text without the address', () => {
    expect(markdownToText('It costs \\$5 and \\$10, see [the docs](https://example.org).')).toBe(
      'It costs $5 and $10, see the docs.',
    );
  });
});

describe('search records from the real content', () => {
  const { stages, resources } = checkContent(readContent('content'));
  const records = searchRecords(stages, resources);
  const questions = records.filter((r) => r.filters.type[0] === 'Self-check');

  it('hold no TeX source in any title or content', () => {
    expect(questions.length).toBeGreaterThan(20);
    const leaks = records.filter((r) => TEX.test(r.meta.title) || TEX.test(r.content));
    expect(leaks.map((r) => `${r.url}: ${r.meta.title}`)).toEqual([]);
  });

  it('title the gradient-descent question with readable math', () => {
    const titles = questions.map((r) => r.meta.title);
    expect(titles).toContain(
      'For f(w) = (w-3)², which learning rates make gradient descent converge, and what happens at η = 1?',
    );
    expect(titles).toContain('Why does scaled dot-product attention divide by √dₖ?');
  });
});

import { describe, expect, it } from 'vitest';
import { relativeLink, resolveLink } from '../../src/content/checks/links.ts';
import { outlineBody, type BodyOutline } from '../../src/content/checks/body-outline.ts';
import { closest } from '../../src/content/checks/suggest.ts';
import { validateContent } from '../../src/content/checks/check-content.ts';
import { content, stage, stageData } from './helpers.ts';

const outline = (body: string) => outlineBody(body) as BodyOutline;

/** `body (line n): message` of every problem in a mathematics stage with this body (body starts at line 10). */
function bodyProblems(body: string, others: ReturnType<typeof stage>[] = []) {
  return validateContent(content([stage('mathematics', stageData(), body), ...others])).map(
    (p) => `${p.field}: ${p.message}`,
  );
}

describe('resolving links', () => {
  it('resolves relative and root links against the stage page, and ignores external ones', () => {
    const from = '/stages/mlops/';
    expect(resolveLink('../deep-learning/#attention', from)).toEqual({
      path: '/stages/deep-learning/',
      hash: 'attention',
      rootAbsolute: false,
    });
    expect(resolveLink('#drift', from)).toMatchObject({ path: from, hash: 'drift' });
    expect(resolveLink('./', from)).toMatchObject({ path: from, hash: '' });
    expect(resolveLink('/progress/', from)).toMatchObject({ path: '/progress/', rootAbsolute: true });
    for (const external of ['https://example.org/', 'mailto:a@example.org', '//example.org/x'])
      expect(resolveLink(external, from)).toBeNull();
  });

  it('writes the relative link between two pages', () => {
    expect(relativeLink('/stages/a/', '/stages/b/')).toBe('../b/');
    expect(relativeLink('/stages/a/', '/')).toBe('../../');
    expect(relativeLink('/stages/a/', '/search/', 'main')).toBe('../../search/#main');
    expect(relativeLink('/stages/a/', '/stages/a/', 'x')).toBe('#x');
    expect(relativeLink('/stages/a/', '/stages/a/')).toBe('./');
  });

  it('suggests a near miss, never a different word', () => {
    expect(closest('mlop', ['mlops', 'mathematics'])).toBe('mlops');
    expect(closest('statistics', ['mlops', 'mathematics'])).toBeUndefined();
  });
});

describe('outlining a body', () => {
  it('gives headings the ids Astro gives them, duplicates and dashes included', () => {
    const ids = outline(
      '## Common mistakes\n\n## Common mistakes\n\n## Bias -- variance\n\n### `fit()` calls\n',
    ).headings.map((h) => h.id);
    expect(ids).toEqual(['common-mistakes', 'common-mistakes-1', 'bias--variance', 'fit-calls']);
  });

  it('never reads links or images inside code', () => {
    const o = outline('Use `[x](../nope/)` like so:\n\n```md\n[y](../nope/) ![](a.png)\n```\n');
    expect(o.links).toEqual([]);
    expect(o.images).toEqual([]);
  });

  it('reads JSX hrefs, ids and images, with line numbers', () => {
    const o = outline(
      'Text\n\n<a href="../mlops/">MLOps</a> <span id="note">n</span>\n\n<img src="a.png" />\n',
    );
    expect(o.links).toEqual([{ target: '../mlops/', line: 3 }]);
    expect(o.ids).toEqual([{ id: 'note', line: 3 }]);
    expect(o.images).toEqual([{ alt: '', line: 5, jsx: true }]);
  });

  it('lets braces inside math and MDX comments through', () => {
    const o = outline('The mean $\\bar{x}$ of $x_{i}$.\n\n{/* a note for editors */}\n');
    expect(o.expressions).toEqual([]);
  });
});

describe('checking bodies', () => {
  it('accepts links to headings, milestones, resources, questions and other stages', () => {
    const other = stage(
      'programming',
      stageData({ order: 2, prerequisites: ['mathematics'] }),
      '## Arrays\n',
    );
    const body =
      '## Vectors and more\n\nSee [it](#vectors-and-more), [the milestone](#gradients), ' +
      '[the book](#resource-mml-book), [question 1](#check-1), [outcomes](./#outcomes), ' +
      '[arrays](../programming/#arrays), [home](../../#phase-foundations), [search](../../search/) and ' +
      '[progress](../../progress/#mathematics--vectors).\n';
    expect(bodyProblems(body, [other])).toEqual([]);
  });

  it('rejects an anchor the page does not render', () => {
    expect(bodyProblems('[q2](#check-2) and [r](#resource-other)\n')).toEqual([
      'body (line 10): link "#check-2" goes to #check-2, which is not an id on /stages/mathematics/',
      'body (line 10): link "#resource-other" goes to #resource-other, which is not an id on /stages/mathematics/',
    ]);
  });

  it('rejects a heading that takes an id the page already uses', () => {
    expect(bodyProblems('Intro\n\n## Resources\n')).toEqual([
      'body (line 12): heading "Resources" gets the id "resources", which the "Resources" heading already has',
    ]);
  });

  it('reports MDX that does not parse at its line in the file', () => {
    expect(bodyProblems('Fine\n\nA <b tag left open\n')).toEqual([
      expect.stringMatching(/^body \(line 12\): MDX does not parse: /),
    ]);
  });

  it('rejects an empty link target and an <img> with an empty alt', () => {
    expect(bodyProblems('[nothing]()\n\n<img src="a.png" alt=" " />\n')).toEqual([
      'body (line 12): <img> has no alt text',
      'body (line 10): link has an empty target',
    ]);
  });
});

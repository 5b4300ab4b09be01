import { describe, expect, it } from 'vitest';
import { relativeLink, resolveLink } from '../../src/content/checks/links.ts';
import { outlineBody, type BodyOutline } from '../../src/content/checks/body-outline.ts';
import { closest } from '../../src/content/checks/suggest.ts';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { content, stage, stageData } from './helpers.ts';

const outline = (body: string) => outlineBody(body) as BodyOutline;

/** `body (line n): message` of every problem in a mathematics stage with this body (body starts at line 10). */
function bodyProblems(body: string, others: ReturnType<typeof stage>[] = []) {
  return checkContent(content([stage('mathematics', stageData(), body), ...others])).problems.map(
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
  it('lists headings as written, with the line each starts on, their level and whether they hold math', () => {
    expect(
      outline('Intro\n\n## Common mistakes\n\n### Bias -- variance\n\n## Cost *$O(n^2)$*\n').headings,
    ).toEqual([
      { text: 'Common mistakes', line: 3, depth: 2, math: false },
      { text: 'Bias -- variance', line: 5, depth: 3, math: false },
      { text: 'Cost O(n^2)', line: 7, depth: 2, math: true },
    ]);
  });

  it('never reads links or images inside code', () => {
    const o = outline('`[a](#x)`\n\n```md\n![](y.png) [b](#y)\n```\n');
    expect(o.links).toEqual([]);
    expect(o.images).toEqual([]);
  });

  it('reads JSX hrefs and images, with line numbers', () => {
    const o = outline('Text\n\n<a href="../mlops/">MLOps</a>\n\n<img src="a.png" alt="A chart" />\n');
    expect(o.links).toEqual([{ target: '../mlops/', line: 3 }]);
    expect(o.images).toEqual([{ alt: 'A chart', line: 5, jsx: true }]);
  });

  it('lets braces inside math and MDX comments through', () => {
    expect(outline('$\\{x\\}$ and {/* a note */}\n').expressions).toEqual([]);
    expect(outline('Say {twice}\n').expressions).toEqual([{ source: 'twice', line: 1 }]);
  });
});

describe('checking bodies before the build', () => {
  it('leaves links to be judged on the built pages', () => {
    expect(bodyProblems('[q2](#check-2), [x](../nowhere/) and [home](/)\n')).toEqual([]);
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

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, readPage, type BuiltSite } from '../../src/content/checks/built-site.ts';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { checkRenderedPages } from '../../src/content/checks/rendered-pages.ts';
import { content, stage, stageData } from './helpers.ts';

/** A small built site, as HTML the way Astro writes it: only the ids matter here. */
function site(stagePage = ''): BuiltSite {
  return new Map([
    ['/', readPage('<main id="main"><h2 id="phase-foundations">Foundations</h2></main>')],
    ['/search/', readPage('<main id="main"></main>')],
    ['/progress/', readPage('<main id="main"><li id="mathematics--vectors"></li></main>')],
    [
      '/stages/mathematics/',
      readPage(
        '<main id="main"><h2 id="outcomes">What you will be able to do</h2>' +
          '<div class="prose"><h2 id="vectors-and-more">Vectors and more</h2>' +
          stagePage +
          '</div><h2 id="milestones">Milestones</h2><ol><li id="vectors"></li><li id="gradients"></li></ol>' +
          '<details id="check-1"></details><li id="resource-mml-book"></li></main>',
      ),
    ],
    ['/stages/programming/', readPage('<main id="main"><h2 id="arrays">Arrays</h2></main>')],
  ]);
}

/** `field: message` of every problem the built-page checks find in a mathematics stage with this body. */
function problems(body: string, built = site()) {
  const checked = checkContent(content([stage('mathematics', stageData(), body)]));
  return checkRenderedPages(checked.bodies, checked.stages, built).map((p) => `${p.field}: ${p.message}`);
}

describe('links on the built pages', () => {
  it('accepts links to headings, milestones, resources, questions and other pages', () => {
    const body =
      '## Vectors and more\n\nSee [it](#vectors-and-more), [the milestone](#gradients), ' +
      '[the book](#resource-mml-book), [question 1](#check-1), [outcomes](./#outcomes), ' +
      '[arrays](../programming/#arrays), [home](../../#phase-foundations), [search](../../search/), ' +
      '[progress](../../progress/#mathematics--vectors) and [elsewhere](https://example.org/).\n';
    expect(problems(body)).toEqual([]);
  });

  it('rejects an anchor the page does not render, with the nearest one', () => {
    expect(problems('Intro\n\n[q2](#check-2) and [m](#gradeints)\n')).toEqual([
      'body (line 12): link "#check-2" goes to #check-2, which is not an id on /stages/mathematics/',
      'body (line 12): link "#gradeints" goes to #gradeints, which is not an id on /stages/mathematics/',
    ]);
  });

  it('rejects a page that does not exist, a missing trailing slash and a root link', () => {
    expect(problems('[a](../programing/)\n\n[b](../../progress)\n\n[c](/search/)\n')).toEqual([
      'body (line 10): link "../programing/" goes to /stages/programing/, which is not a page of the site',
      'body (line 12): link "../../progress" lacks the trailing slash of /progress/',
      'body (line 14): link "/search/" starts at the site root, so it breaks when the site is built under a sub-path',
    ]);
  });

  it('suggests the near miss in the hint', () => {
    const checked = checkContent(content([stage('mathematics', stageData(), '[a](../programing/)\n')]));
    const [problem] = checkRenderedPages(checked.bodies, checked.stages, site());
    expect(problem?.hint).toMatch(/^did you mean "\.\.\/programming\/"\?/);
  });
});

describe('ids on the built pages', () => {
  it('names the heading, its line and the milestone when a heading takes a milestone id', () => {
    const built = site('<h2 id="gradients">Gradients</h2>');
    expect(problems('Intro\n\n## Gradients\n', built)).toEqual([
      'body (line 12): heading "Gradients" gets the id "gradients", which milestone milestones[1] also has',
    ]);
  });

  it('names the heading when it takes an id of the template', () => {
    const built = site('<h2 id="milestones">Milestones</h2>');
    expect(problems('Intro\n\n## Milestones\n', built)).toEqual([
      'body (line 12): heading "Milestones" gets the id "milestones", which another element of the page also has',
    ]);
  });

  it('holds pages without a body to unique ids too, naming the built page', () => {
    const built = site();
    built.set('/search/', readPage('<main id="main"><input id="q"><input id="q"></main>'));
    const checked = checkContent(content([stage('mathematics', stageData(), 'Fine.\n')]));
    expect(checkRenderedPages(checked.bodies, checked.stages, built)).toEqual([
      expect.objectContaining({ file: 'built page /search/', field: 'id "q"' }),
    ]);
  });
});

describe('reading built pages', () => {
  it('reads ids and heading text, not strings in scripts or comments', () => {
    const page = readPage(
      '<h2 id="a-b">A &amp; <code>b</code></h2><!-- <p id="c"> --><script>x = \' id="d"\'</script><p id="e">',
    );
    expect(page.ids).toEqual(['a-b', 'e']);
    expect(page.headings).toEqual([{ id: 'a-b', text: 'A & b' }]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'mlr-built-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks every page of a build folder, not its assets', () => {
    for (const folder of ['stages/x', '_astro', 'pagefind'])
      mkdirSync(join(dir, folder), { recursive: true });
    for (const file of ['index.html', '404.html', 'stages/x/index.html', '_astro/a.html', 'pagefind/b.html'])
      writeFileSync(join(dir, file), '<p>');
    expect(builtPages(dir).map((p) => p.path)).toEqual(['', '404.html', 'stages/x/']);
  });
});

import { contentDir } from '../../src/content/content-dir.ts';
import { outlineBody } from '../../src/content/checks/body-outline.ts';
import { stagePath } from '../../src/paths.ts';
import { stagePageIds } from '../../src/content/checks/site-map.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { expect, test } from './fixtures.ts';

const { stages } = checkContent(readContent(contentDir));

/**
 * The content checks judge links and headings against a model of each stage page (site-map.ts and the
 * heading slugs of mdx-outline.ts). These tests hold that model to the built pages, so a template that
 * renames an id cannot leave the checks approving links that no longer land.
 */
for (const stage of stages) {
  test(`stage ${stage.id}: unique ids, the ones the checks expect, and prose links that land`, async ({
    page,
  }) => {
    await page.goto(stagePath(stage.id).slice(1));
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated, 'ids used twice on the page').toEqual([]);

    const outline = outlineBody(stage.body);
    const headings = 'headings' in outline ? outline.headings.map((h) => h.id) : [];
    const expected = [...stagePageIds(stage.id, stage.data).keys(), ...headings];
    expect(
      expected.filter((id) => !ids.includes(id)),
      'ids the checks expect but the page lacks',
    ).toEqual([]);

    const hrefs = await page
      .locator('.prose a[href]')
      .evaluateAll((els) =>
        els.map((el) => (el as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
      );
    for (const href of hrefs) {
      const url = new URL(href);
      const response = await page.request.get(url.pathname);
      expect(response.status(), `${href} from ${stage.id}`).toBe(200);
      if (url.hash)
        expect(await response.text(), `${href} from ${stage.id}`).toContain(` id="${url.hash.slice(1)}"`);
    }
  });
}

import { citedResources, resources, showsFormulas, stagePage, stages, stageThat } from './content.ts';
import { expect, test } from './fixtures.ts';

test('a stage with formulas renders KaTeX with its self-hosted stylesheet and fonts', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (r) => r.url().endsWith('.woff2') && r.ok() && fonts.push(r.url()));
  await page.goto(stagePage(stageThat('with formulas', showsFormulas)));
  const formula = page.locator('.katex').first();
  await expect(formula).toBeVisible();
  // The stylesheet applies: KaTeX's own font, and the MathML copy is visually hidden.
  await expect(page.locator('.katex-html').first()).toHaveCSS('font-family', /KaTeX_Main/);
  await expect(page.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((url) => url.includes('/_katex/'))).toBe(true);
});

test('a stage without formulas loads no KaTeX stylesheet', async ({ page }) => {
  await page.goto(stagePage(stageThat('without formulas', (s) => !showsFormulas(s))));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.katex')).toHaveCount(0);
  await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
});

test('a stage shows prerequisites, milestones, self-check answers and resources', async ({ page }) => {
  const stage = stageThat(
    'with prerequisites, self-check questions and resources',
    (s) => s.data.prerequisites.length > 0 && s.data.selfCheck.length > 0 && citedResources(s).length > 0,
  );
  await page.goto(stagePage(stage));
  const before = page.getByText('Before this stage:').locator('..');
  const prerequisites = stage.data.prerequisites.map((id) => stages.find((s) => s.id === id)!);
  await expect(before.getByRole('link')).toHaveText(prerequisites.map((s) => s.data.title));
  for (const [i, prerequisite] of prerequisites.entries())
    await expect(before.getByRole('link').nth(i)).toHaveAttribute(
      'href',
      new RegExp(`${stagePage(prerequisite)}$`),
    );
  const milestones = page.locator(`[data-milestone^="${stage.id}/"]`);
  await expect(milestones).toHaveCount(stage.data.milestones.length);
  const first = milestones.first();
  await expect(first).toHaveAttribute('id', stage.data.milestones[0]!.id);
  await expect(first.getByRole('checkbox')).toBeEnabled();
  const check = page.locator('details').first();
  await check.locator('summary').click();
  await expect(check).toHaveAttribute('open', '');
  // Every cited resource is listed once, with its title and what it costs.
  const listed = page.getByRole('region', { name: 'Resources' }).getByRole('listitem');
  await expect(listed).toHaveCount(citedResources(stage).length);
  const item = listed.first();
  const resource = resources.get((await item.getAttribute('id'))?.replace(/^resource-/, '') ?? '');
  expect(resource, 'the first item is a resource of the content').toBeDefined();
  await expect(item).toContainText(resource!.title);
  await expect(item).toContainText(resource!.cost);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('what is below the text is laid out only near the screen, and links into it still land', async ({
    page,
  }) => {
    const stage = stageThat('with formulas', showsFormulas);
    await page.goto(stagePage(stage));
    const heading = page.locator('#milestones');
    await expect(heading, 'the milestones start below the first screen').not.toBeInViewport();
    // `contentVisibilityAuto` makes checkVisibility() say whether the browser skips the element's layout.
    const laidOut = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
    const below = ['details.qa > summary', '.resources li'];
    for (const selector of below) expect(await laidOut(selector), selector).toBe(false);
    await page.locator('.resources').scrollIntoViewIfNeeded();
    await expect.poll(() => laidOut('.resources li')).toBe(true);

    // A fresh load straight to the last resource, still skipped below the screen, scrolls to it and lays it out.
    const resource = `resource-${citedResources(stage).at(-1)}`;
    await page.goto('about:blank');
    await page.goto(`${stagePage(stage)}#${resource}`);
    const target = page.locator(`[id="${resource}"]`);
    await expect(target).toBeInViewport();
    expect(await laidOut(`[id="${resource}"] a`)).toBe(true);
  });
});

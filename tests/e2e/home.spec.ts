import { phases, stagePage, stages } from './content.ts';
import { expect, test } from './fixtures.ts';

test('home lists the stages by phase and links to each', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'ML Engineer Roadmap' })).toBeVisible();
  for (const phase of phases) {
    const links = page.getByRole('region', { name: phase.label, exact: true }).getByRole('link');
    await expect(links).toHaveText(phase.stages.map((s) => `${s.data.order}. ${s.data.title}`));
    for (const [i, stage] of phase.stages.entries())
      await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`${stagePage(stage)}$`));
  }
  const [first] = phases;
  await page.getByRole('region', { name: first!.label, exact: true }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`${stagePage(first!.stages[0]!)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.stages[0]!.data.title);
});

test('a missing page shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('stages/no-such-stage/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the roadmap' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ML Engineer Roadmap' })).toBeVisible();
});

test('a build without SITE_URL has no canonical URL but still describes each page', async ({
  page,
  request,
}) => {
  expect((await request.get('sitemap-index.xml')).status()).toBe(404);
  const stage = stages.at(-1)!;
  await page.goto(stagePage(stage));
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', stage.data.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
});

test('the picture draws an arrow for every prerequisite, and each stage card says the same in words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const needs = stages.flatMap((s) => s.data.prerequisites.map((p) => [p, s] as const));
  await expect(page.locator('.diagram path.edge')).toHaveCount(needs.length);
  // The arrows are decoration; the stage links inside the picture are its only named parts.
  await expect(page.locator('.diagram svg > g[aria-hidden="true"] path.edge')).toHaveCount(needs.length);
  const titled = new Map(stages.map((s) => [s.id, `${s.data.order}. ${s.data.title}`]));
  for (const stage of stages.filter((s) => s.data.prerequisites.length)) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: titled.get(stage.id)! }) });
    await expect(card).toContainText('Builds on ');
    for (const id of stage.data.prerequisites) await expect(card).toContainText(titled.get(id)!);
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.locator('.diagram')).toBeHidden();
  const last = stages.at(-1)!;
  await expect(page.getByText(`Builds on ${titled.get(last.data.prerequisites[0]!)}`)).toBeVisible();
});

import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/progress/store.ts';
import { ROOT_PORT } from '../sites.mjs';
import { expect, test } from './fixtures.ts';

/**
 * A learner visits the site and finishes a stage; the site is then rebuilt with more milestones (a
 * copy of the real content with three added and one renamed through `aliases`) and served at the same
 * address, as a deploy would. Both builds are served by this file on a port of its own, one after
 * the other, so the browser keeps its storage across the "update".
 */
const WORK = 'dist-whats-new';
const CONTENT = join(WORK, 'content');
const UPDATED = join(WORK, 'site');
const PORT = ROOT_PORT + 7;
const ORIGIN = `http://localhost:${PORT}/`;
const FINISHED = 'ml-engineer-role';

const milestone = (id: string, title: string) =>
  `  - id: ${id}\n    title: ${JSON.stringify(title)}\n    hours: 2\n    kind: practice\n    resources: []\n`;

/** Adds milestones at the top of a stage's list, and renames one; fails loudly if the file changed shape. */
async function editStage(stageId: string, added: string[], rename?: [string, string]) {
  const path = join(CONTENT, 'stages', `${stageId}.mdx`);
  let text = await readFile(path, 'utf8');
  expect(text, `${path} lists its milestones`).toContain('\nmilestones:\n');
  text = text.replace('\nmilestones:\n', `\nmilestones:\n${added.join('')}`);
  if (rename) {
    const [from, to] = rename;
    expect(text).toContain(`  - id: ${from}\n`);
    text = text.replace(`  - id: ${from}\n`, `  - id: ${to}\n    aliases: [${from}]\n`);
  }
  await writeFile(path, text);
}

async function buildUpdatedSite() {
  await rm(WORK, { recursive: true, force: true });
  await cp('content', CONTENT, { recursive: true });
  await editStage(
    FINISHED,
    [milestone('fixture-added-finished', 'Fixture, a milestone added to a finished stage')],
    ['personal-study-plan', 'fixture-renamed-study-plan'],
  );
  await editStage('mathematics', [
    milestone('fixture-added-one', 'Fixture, the first new mathematics milestone'),
    milestone('fixture-added-two', 'Fixture, the second new mathematics milestone'),
  ]);
  await run('npx', ['astro', 'build', '--outDir', UPDATED], { MLR_CONTENT_DIR: CONTENT });
}

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed:\n${errors}`))));
  });
}

let server: ChildProcess | undefined;

/** Serves `dir` at ORIGIN, in place of whatever was served there. */
async function serveAt(dir: string) {
  await stopServer();
  server = spawn('node', ['scripts/serve.mjs', dir, String(PORT), '/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server!.stdout!.once('data', () => resolve()));
}

async function stopServer() {
  if (!server) return;
  const stopped = new Promise((resolve) => server!.once('exit', resolve));
  server.kill();
  await stopped;
  server = undefined;
}

const notice = (page: Page) => page.locator('mlr-whats-new');
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);

test.describe.configure({ mode: 'serial' });
// Both builds are served here, so requests to this origin are the site's own (see fixtures.ts).
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  await buildUpdatedSite();
});

test.afterAll(async () => {
  await stopServer();
});

test('new milestones are pointed out after an update, marked on stage pages, and dismissed for good', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Before the update: a first visit says nothing, but remembers what exists.
  await serveAt('dist');
  await page.goto(ORIGIN);
  await expect(page.locator('mlr-overview')).toBeVisible();
  await expect(notice(page)).toBeHidden();
  const seen = (await stored(page)).seen;
  expect(seen[FINISHED]).toContain('personal-study-plan');
  expect(Object.keys(seen).length).toBeGreaterThan(5);

  // The learner finishes a stage.
  await page.goto(`${ORIGIN}stages/${FINISHED}/`);
  await expect(page.locator('[data-new]')).toHaveCount(0);
  const boxes = page.locator('mlr-checklist input[type="checkbox"]');
  await expect(boxes.first()).toBeEnabled();
  for (const box of await boxes.all()) await box.check();
  const bar = page.locator('mlr-stage-progress [data-part="text"]');
  await expect(bar).toContainText(/^10 of 10 milestones done/);

  // The site is updated with three new milestones and one renamed.
  await serveAt(UPDATED);
  await page.goto(ORIGIN);
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toHaveAttribute('role', 'status');
  await expect(notice(page).locator('[data-part="text"]')).toHaveText(
    '3 new milestones since your last visit, 1 in stages you had finished. ' +
      'They count towards your progress, so your percentage is lower than before: nothing you ticked was lost.',
  );
  // The percentage it explains: the finished stage is one short, its renamed milestone still ticked.
  const card = page.locator('.stage-card', { has: page.locator(`a[href="/stages/${FINISHED}/"]`) });
  await expect(card.locator('mlr-stage-progress')).toContainText(/^10 of 11 milestones done/);

  const list = notice(page).getByRole('listitem');
  await notice(page).getByText('Show the new milestones').click();
  await expect(list).toHaveCount(3);
  await expect(list.getByRole('link')).toHaveText([
    'Fixture, a milestone added to a finished stage',
    'Fixture, the first new mathematics milestone',
    'Fixture, the second new mathematics milestone',
  ]);
  const axe = await new AxeBuilder({ page }).include('mlr-whats-new').analyze();
  expect(axe.violations).toEqual([]);

  // Following a link: the stage page marks the new milestone, and only it.
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/stages/${FINISHED}/#fixture-added-finished$`));
  await expect(page.locator('li[data-new]')).toHaveCount(1);
  await expect(page.locator('li[data-new]')).toHaveAttribute('id', 'fixture-added-finished');
  await expect(page.locator('li[data-new] .new-badge')).toHaveText('New');
  await expect(page.locator('#fixture-renamed-study-plan input')).toBeChecked();
  await page.reload();
  await expect(page.locator('li[data-new]')).toHaveCount(1);

  // The same notice on /progress/; dismissing it clears the notice and the marks, after a reload too.
  await page.goto(`${ORIGIN}progress/`);
  await expect(notice(page)).toBeVisible();
  await expect(page.locator('li[data-new]')).toHaveCount(3);
  await notice(page).getByRole('button', { name: 'Mark as seen' }).click();
  await expect(notice(page).locator('[data-part="text"]')).toBeFocused();
  await expect(notice(page)).toHaveText(/Noted: new milestones are no longer marked\./);
  await expect(page.locator('li[data-new]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('mlr-overview')).toBeVisible();
  await expect(notice(page)).toBeHidden();
  await page.goto(ORIGIN);
  await expect(page.locator('mlr-overview')).toBeVisible();
  await expect(notice(page)).toBeHidden();
  await page.goto(`${ORIGIN}stages/mathematics/`);
  await expect(page.locator('mlr-checklist input').first()).toBeEnabled();
  await expect(page.locator('li[data-new]')).toHaveCount(0);
  expect((await stored(page)).seen.mathematics).toContain('fixture-added-one');
});

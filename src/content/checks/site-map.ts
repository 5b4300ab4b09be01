import { stagePath } from '../../paths.ts';
import type { Stage } from '../schema.ts';

/** Element id → what owns it, in words a contributor recognises on the page. */
export type PageIds = Map<string, string>;


/** Ids that the layout puts on every page (Base.astro and its search dialog). */
function layoutIds(): PageIds {
  return new Map([
    ['main', 'the main content region'],
    ['dialog-q', 'the search box'],
    ['mlr-roadmap-index', 'the progress data'],
  ]);
}

/**
 * The ids a stage page renders around its body: pages/stages/[id].astro with Checklist, SelfCheck and
 * ResourceList. Kept beside the checks rather than in the templates so they stay plain Astro; if a
 * template gains or renames an id, change it here too, or links to it will be reported as broken.
 */
export function stagePageIds(id: string, stage: Stage): PageIds {
  const ids = layoutIds();
  ids.set(`progress-text-${id}`, 'the stage progress text');
  ids.set('outcomes', 'the "What you will be able to do" heading');
  ids.set('milestones', 'the "Milestones" heading');
  stage.milestones.forEach((m, i) => {
    ids.set(m.id, `milestone milestones[${i}]`);
    ids.set(`done-${m.id}`, `the checkbox of milestone milestones[${i}]`);
  });
  if (stage.selfCheck.length > 0) ids.set('self-check', 'the "Check yourself" heading');
  stage.selfCheck.forEach((_, i) => ids.set(`check-${i + 1}`, `self-check question selfCheck[${i}]`));
  const cited = [...stage.resources, ...stage.milestones.flatMap((m) => m.resources)];
  if (cited.length > 0) ids.set('resources', 'the "Resources" heading');
  for (const r of cited) ids.set(`resource-${r}`, `resource "${r}" in the Resources list`);
  return ids;
}

/**
 * Every page a stage body may link to, by path, with the ids it can jump to. `null` ids mean the page
 * exists but its ids are unknown (its stage failed validation), so anchors into it are not checked.
 */
export function sitePages(stages: readonly { id: string; data?: Stage | undefined }[]) {
  const home = layoutIds();
  for (const s of stages) {
    if (s.data) home.set(`phase-${s.data.phase}`, `the ${s.data.phase} phase heading`);
  }
  const progress = layoutIds();
  for (const s of stages) {
    progress.set(`stage-${s.id}`, `the "${s.id}" heading`);
    // progress.astro prefixes its checklists' ids with the stage id, as several stages share the page.
    for (const m of s.data?.milestones ?? []) progress.set(`${s.id}--${m.id}`, `milestone ${s.id}/${m.id}`);
  }
  const pages = new Map<string, PageIds | null>([
    ['/', home],
    ['/search/', layoutIds()],
    ['/progress/', progress],
  ]);
  for (const s of stages) pages.set(stagePath(s.id), s.data ? stagePageIds(s.id, s.data) : null);
  return pages;
}

import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { contentDir } from '../../src/content/content-dir.ts';
import { stagePath } from '../../src/paths.ts';
import { byPhase, inRoadmapOrder } from '../../src/roadmap/order.ts';
import { searchRecords, type HitType, type SearchRecord } from '../../src/search/records.ts';

/**
 * Facts about the real content, read from the checked content folder, for end-to-end tests that
 * must keep their meaning as stages and milestones come and go. The only place the end-to-end
 * tests import the content code (anchors.spec.ts aside), so a move in src/ is fixed here.
 */
const checked = checkContent(readContent(contentDir));
const errors = checked.problems.filter((p) => p.severity === 'error');
if (errors.length) throw new Error(`the content has errors: ${errors.map((p) => p.message).join('; ')}`);

export type ContentStage = (typeof checked.stages)[number];

/** Every stage, in roadmap order. */
export const stages: readonly ContentStage[] = inRoadmapOrder(checked.stages);
export const resources = new Map(checked.resources.map((r) => [r.id, r]));
/** Phases with stages, in roadmap order: `label` is the heading on the home page. */
export const phases = byPhase(stages);
export const milestoneCount = stages.reduce((n, s) => n + s.data.milestones.length, 0);

/** A stage's page, relative to the site's base: `stages/<id>/`. */
export const stagePage = (stage: ContentStage) => stagePath(stage.id).slice(1);

/** The first stage in roadmap order that is `what`; throws if there is none, naming what is missing. */
export function stageThat(what: string, test: (stage: ContentStage) => boolean): ContentStage {
  const found = stages.find(test);
  if (!found) throw new Error(`no stage in ${contentDir} ${what}: the test needs one`);
  return found;
}

/** Resource ids a stage's page lists: its own and its milestones', once each. */
export const citedResources = (stage: ContentStage) => [
  ...new Set([...stage.data.resources, ...stage.data.milestones.flatMap((m) => m.resources)]),
];

const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
const answerParser = unified().use(remarkParse).use(remarkMath);
const holdsMath = (tree: { type: string; children?: unknown[] }): boolean =>
  tree.type === 'math' ||
  tree.type === 'inlineMath' ||
  (tree.children ?? []).some((child) => holdsMath(child as typeof tree));

/** Whether a stage's page shows formulas: math in its MDX body or in a self-check question or answer. */
export function showsFormulas(stage: ContentStage): boolean {
  return (
    holdsMath(bodyParser.parse(stage.body)) ||
    stage.data.selfCheck.some(
      (check) => holdsMath(answerParser.parse(check.question)) || holdsMath(answerParser.parse(check.answer)),
    )
  );
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{6,}/g) ?? []);

/**
 * A word that appears in one stage's prose and nowhere else: not in its frontmatter (title,
 * milestones, summary) and not in any other stage. Proves search reads body text.
 */
export function bodyOnlyWord(stageId: string): string {
  const target = stages.find((s) => s.id === stageId);
  if (!target) throw new Error(`no stage ${stageId} in ${contentDir}`);
  const elsewhere = new Set<string>();
  for (const s of stages) {
    for (const w of words(JSON.stringify(s.data))) elsewhere.add(w);
    if (s !== target) for (const w of words(s.body)) elsewhere.add(w);
  }
  // Prose only: leave out code, math and link targets, which search does not promise to match.
  const prose = target.body.replace(/```[\s\S]*?```|\$\$[\s\S]*?\$\$|\$[^$\n]*\$|`[^`]*`|\]\([^)]*\)/g, ' ');
  const candidates = [...words(prose)].filter((w) => !elsewhere.has(w)).sort((a, b) => b.length - a.length);
  const word = candidates[0];
  if (!word) throw new Error(`stage ${stageId} has no word of its own in its body`);
  return word;
}

/** The search index's own records (milestones, resources, self-checks), as the build writes them. */
const records = searchRecords(stages, [...resources.values()]);
const ofType = (type: HitType) => records.filter((r) => r.filters.type.includes(type));

/** Words in the titles of records, each with how many records hold it, most first, then A to Z. */
function titleWords(of: readonly SearchRecord[]): string[] {
  const count = new Map<string, number>();
  for (const r of of) for (const w of words(r.meta.title)) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([w]) => w);
}

/** A word in the titles of at least two milestones: a search for it has milestone hits to move between. */
export function milestoneWord(): string {
  const milestones = ofType('Milestone');
  const word = titleWords(milestones).find(
    (w) => milestones.filter((r) => words(r.meta.title).has(w)).length >= 2,
  );
  if (!word) throw new Error('no word is in the titles of two milestones');
  return word;
}

/**
 * A search that the type and phase filters can narrow: `term` names at least one resource and at
 * least one milestone (so keeping resources only drops hits), and no resource indexed under
 * `phase` (which has resources of its own) holds it, not even as a prefix, which is how Pagefind
 * also matches. Filtering to resources of that phase must find nothing.
 */
export function filterCase(): { term: string; phase: string } {
  const resourceRecords = ofType('Resource');
  const milestones = ofType('Milestone');
  for (const term of titleWords(resourceRecords)) {
    if (!milestones.some((r) => words(r.content).has(term))) continue;
    const stem = term.slice(0, Math.max(5, term.length - 3));
    const inPhase = (label: string) => resourceRecords.filter((r) => r.filters.phase.includes(label));
    const phase = phases.find(
      ({ label }) =>
        inPhase(label).length > 0 && !inPhase(label).some((r) => r.content.toLowerCase().includes(stem)),
    );
    if (phase) return { term, phase: phase.label };
  }
  throw new Error('no resource word is missing from the resources of some phase');
}

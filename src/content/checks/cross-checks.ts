import type { Resource, Stage } from '../schema.ts';
import type { Problem } from './problems.ts';
import type { StageSource } from './read-content.ts';
import { findCycle } from './graph.ts';
import { didYouMean } from './suggest.ts';

/** A stage whose frontmatter passed the schema. */
export type CheckedStage = Omit<StageSource, 'data'> & { data: Stage };

/** A resource that passed its schema, with its index in resources.yaml (an earlier one may have failed). */
export interface CheckedResource {
  index: number;
  data: Resource;
}

type Report = (file: string, field: string, message: string, hint: string) => void;

/**
 * Milestone ids and aliases are the keys of learners' saved progress (`<stage-id>/<milestone-id>`): a
 * duplicate would merge two milestones' ticks, and an alias that is also a live id, or the alias of two
 * milestones, would hand old progress to the wrong one.
 */
function checkMilestoneIds(stage: CheckedStage, report: Report) {
  const seen = new Map<string, number>();
  stage.data.milestones.forEach((m, i) => {
    const first = seen.get(m.id);
    if (first === undefined) seen.set(m.id, i);
    else
      report(
        stage.file,
        `milestones[${i}].id`,
        `duplicate milestone id "${m.id}" (also milestones[${first}])`,
        "give each milestone its own id, and keep it for good: learners' progress is stored under it",
      );
  });
  const aliases = new Map<string, number>();
  stage.data.milestones.forEach((m, i) =>
    m.aliases.forEach((alias, j) => {
      const field = `milestones[${i}].aliases[${j}]`;
      const live = seen.get(alias);
      const other = aliases.get(alias);
      if (live !== undefined)
        report(
          stage.file,
          field,
          `alias "${alias}" is the id of live milestone milestones[${live}]`,
          'an alias is an id no milestone uses any more: remove it from the aliases',
        );
      else if (other !== undefined && other !== i)
        report(
          stage.file,
          field,
          `alias "${alias}" is also an alias of milestones[${other}]`,
          'old progress can carry over to one milestone only: keep the alias on the one that replaced it',
        );
      aliases.set(alias, i);
    }),
  );
}

function checkResourceRefs(stage: CheckedStage, known: Set<string>, cited: Set<string>, report: Report) {
  const refs: [string, string][] = stage.data.resources.map((id, j) => [id, `resources[${j}]`]);
  stage.data.milestones.forEach((m, i) =>
    m.resources.forEach((id, j) => refs.push([id, `milestones[${i}].resources[${j}]`])),
  );
  for (const [id, field] of refs) {
    cited.add(id);
    if (!known.has(id))
      report(
        stage.file,
        field,
        `unknown resource "${id}"`,
        `${didYouMean(id, known)}use an id from content/resources.yaml, or add the resource there`,
      );
  }
}

function checkPrerequisites(stage: CheckedStage, stageIds: Set<string>, report: Report) {
  const others = [...stageIds].filter((id) => id !== stage.id);
  stage.data.prerequisites.forEach((id, j) => {
    const field = `prerequisites[${j}]`;
    if (id === stage.id)
      report(stage.file, field, 'a stage cannot require itself', 'remove it from its own prerequisites');
    else if (!stageIds.has(id))
      report(
        stage.file,
        field,
        `unknown stage "${id}"`,
        `${didYouMean(id, others)}name a stage by its file name in content/stages, without .mdx`,
      );
  });
}

/**
 * Checks that need more than one entry: unique ids and orders, references, prerequisite cycles, and
 * resources nobody cites. That last one needs every stage's references, so it is left out while some stage
 * is missing from `stages` (`allStages` false) because its frontmatter failed: it would accuse resources
 * that the broken stage cites.
 */
export function crossCheck(
  stages: CheckedStage[],
  resources: CheckedResource[],
  resourcesFile: string,
  allStages = true,
): Problem[] {
  const problems: Problem[] = [];
  const report =
    (severity: Problem['severity']): Report =>
    (file, field, message, hint) =>
      problems.push({ file, field, message, hint, severity });
  const error = report('error');

  const known = new Set<string>();
  resources.forEach(({ index, data: r }) => {
    if (known.has(r.id))
      error(
        resourcesFile,
        `[${index}].id`,
        `duplicate resource id "${r.id}"`,
        'give each resource its own id, or delete the repeated entry',
      );
    known.add(r.id);
  });

  const orders = new Map<number, string>();
  const freeOrder = Math.max(0, ...stages.map((s) => s.data.order)) + 1;
  const stageIds = new Set(stages.map((s) => s.id));
  const cited = new Set<string>();
  for (const stage of stages) {
    const other = orders.get(stage.data.order);
    if (other)
      error(
        stage.file,
        'order',
        `order ${stage.data.order} is also used by stage "${other}"`,
        `give every stage its own order number (${freeOrder} is free, or renumber the stages after it)`,
      );
    orders.set(stage.data.order, stage.id);
    checkPrerequisites(stage, stageIds, error);
    checkMilestoneIds(stage, error);
    checkResourceRefs(stage, known, cited, error);
  }

  // A stage requiring itself is reported above; leave it out here so it is not reported twice.
  const graph = new Map(stages.map((s) => [s.id, s.data.prerequisites.filter((id) => id !== s.id)]));
  const cycle = findCycle(graph);
  if (cycle) {
    const file = stages.find((s) => s.id === cycle[0])?.file ?? '(stages)';
    error(
      file,
      'prerequisites',
      `prerequisites form a cycle: ${cycle.join(' → ')}`,
      'remove the prerequisite that points back to an earlier stage of the cycle',
    );
  }

  resources.forEach(({ index, data: r }) => {
    if (allStages && !cited.has(r.id))
      report('warning')(
        resourcesFile,
        `[${index}].id`,
        `resource "${r.id}" is never cited, so no page shows it`,
        'add its id to the resources of a stage or a milestone, or delete it from resources.yaml',
      );
  });
  return problems;
}

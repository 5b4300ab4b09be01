import type { Resource, Stage } from '../content/schema.ts';
import type { Problem } from './problems.ts';
import type { StageSource } from './source.ts';
import { findCycle } from './graph.ts';

/** A stage whose frontmatter passed the schema. */
export type CheckedStage = Omit<StageSource, 'data'> & { data: Stage };

type Report = (file: string, field: string, message: string, hint: string) => void;

function checkMilestoneIds(stage: CheckedStage, report: Report) {
  const seen = new Map<string, number>();
  stage.data.milestones.forEach((m, i) => {
    const first = seen.get(m.id);
    if (first === undefined) seen.set(m.id, i);
    else
      report(stage.file, `milestones[${i}].id`, `duplicate milestone id "${m.id}" (also milestones[${first}])`,
        'give each milestone its own id; ids are permanent because progress is stored under them');
  });
  stage.data.milestones.forEach((m, i) =>
    m.aliases.forEach((alias, j) => {
      if (seen.has(alias))
        report(stage.file, `milestones[${i}].aliases[${j}]`, `alias "${alias}" is also a live milestone id`,
          'an alias is a former id; remove it or rename the live milestone');
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
      report(stage.file, field, `unknown resource "${id}"`, 'use an id from content/resources.yaml or add the resource there');
  }
}

/** Checks that need more than one entry: unique ids and orders, references, prerequisite cycles. */
export function crossCheck(stages: CheckedStage[], resources: Resource[], resourcesFile: string): Problem[] {
  const problems: Problem[] = [];
  const report =
    (severity: Problem['severity']): Report =>
    (file, field, message, hint) =>
      problems.push({ file, field, message, hint, severity });
  const error = report('error');

  const known = new Set<string>();
  resources.forEach((r, i) => {
    if (known.has(r.id))
      error(resourcesFile, `[${i}].id`, `duplicate resource id "${r.id}"`, 'each resource needs its own id');
    known.add(r.id);
  });

  const orders = new Map<number, string>();
  const stageIds = new Set(stages.map((s) => s.id));
  const cited = new Set<string>();
  for (const stage of stages) {
    const other = orders.get(stage.data.order);
    if (other)
      error(stage.file, 'order', `order ${stage.data.order} is also used by stage "${other}"`, 'give every stage its own order number');
    orders.set(stage.data.order, stage.id);
    stage.data.prerequisites.forEach((id, j) => {
      if (!stageIds.has(id) || id === stage.id)
        error(stage.file, `prerequisites[${j}]`, id === stage.id ? 'a stage cannot require itself' : `unknown stage "${id}"`,
          'name another stage by its file name without .mdx');
    });
    checkMilestoneIds(stage, error);
    checkResourceRefs(stage, known, cited, error);
  }

  const cycle = findCycle(new Map(stages.map((s) => [s.id, s.data.prerequisites])));
  if (cycle) {
    const file = stages.find((s) => s.id === cycle[0])?.file ?? '(stages)';
    error(file, 'prerequisites', `prerequisites form a cycle: ${cycle.join(' → ')}`, 'remove one prerequisite from the cycle');
  }

  resources.forEach((r, i) => {
    if (!cited.has(r.id))
      report('warning')(resourcesFile, `[${i}].id`, `resource "${r.id}" is never cited`, 'cite it from a stage or remove it');
  });
  return problems;
}

import {
  milestoneSchema,
  resourceSchema,
  selfCheckSchema,
  stageSchema,
  type Resource,
} from '../schema.ts';
import { checkBodies, type OutlinedBody } from './body-checks.ts';
import { crossCheck, type CheckedResource, type CheckedStage } from './cross-checks.ts';
import { placeholderWarnings } from './placeholders.ts';
import type { Problem } from './problems.ts';
import { schemaProblems, type KnownFields } from './schema-problems.ts';
import type { ContentSource } from './read-content.ts';

const fieldsOf = (schema: { shape: object }) => Object.keys(schema.shape);

/** The fields of a stage's frontmatter, of a milestone in it, or of a self-check question. */
const stageFields: KnownFields = (path) => {
  const list = path[path.length - 2];
  if (list === 'milestones') return fieldsOf(milestoneSchema);
  if (list === 'selfCheck') return fieldsOf(selfCheckSchema);
  return fieldsOf(stageSchema);
};

/** The content that passed its schema, with every problem found. */
export interface CheckedContent {
  problems: Problem[];
  stages: CheckedStage[];
  resources: Resource[];
  /** Parsed stage bodies, for the checks on the built pages. */
  bodies: OutlinedBody[];
}

/**
 * The checks on entries: every schema, the cross-checks between entries, and placeholder text. They
 * are quick, so a build runs them before anything else.
 */
export function checkEntries(source: ContentSource): Omit<CheckedContent, 'bodies'> {
  const problems: Problem[] = source.parseErrors.map((p) => ({ ...p, severity: 'error' }));
  const stages: CheckedStage[] = [];
  for (const stage of source.stages) {
    const parsed = stageSchema.safeParse(stage.data);
    if (parsed.success) stages.push({ ...stage, data: parsed.data });
    else problems.push(...schemaProblems(stage.file, parsed.error, stage.data, stageFields));
  }
  const resources: CheckedResource[] = [];
  if (!Array.isArray(source.resources)) {
    problems.push({
      file: source.resourcesFile,
      field: '(root)',
      message: 'must be a YAML list of resources',
      hint: 'start each resource with "- id: ..."',
      severity: 'error',
    });
  } else {
    source.resources.forEach((raw: unknown, i: number) => {
      const parsed = resourceSchema.safeParse(raw);
      if (parsed.success) resources.push({ index: i, data: parsed.data });
      else
        problems.push(
          ...schemaProblems(source.resourcesFile, parsed.error, raw, () => fieldsOf(resourceSchema), [i]),
        );
    });
  }
  const allStages = stages.length === source.stages.length && source.parseErrors.length === 0;
  problems.push(...crossCheck(stages, resources, source.resourcesFile, allStages));
  problems.push(...source.stages.flatMap(placeholderWarnings));
  return { problems, stages, resources: resources.map((r) => r.data) };
}

/**
 * Checks the whole content folder before anything is built: the entries, then the bodies (even those
 * whose frontmatter failed, so one build reports every mistake). Links and ids are checked later, on
 * the built pages (rendered-pages.ts).
 */
export function checkContent(source: ContentSource): CheckedContent {
  const entries = checkEntries(source);
  const bodies = checkBodies(source.stages);
  return { ...entries, problems: [...entries.problems, ...bodies.problems], bodies: bodies.bodies };
}

import { fieldPath, type Problem } from './problems.ts';
import type { StageSource } from './read-content.ts';

/** The marker `npm run new:stage` leaves wherever writing is still to be done. */
const MARKER = 'TODO';

function stringFields(value: unknown, path: PropertyKey[], out: [string, string][]) {
  if (typeof value === 'string') out.push([fieldPath(path), value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringFields(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) stringFields(v, [...path, key], out);
}

/**
 * Warns, without failing, about placeholder text left in a stage: a fresh scaffold must build so it can be
 * previewed, but the warnings list what is left to write before it ships.
 */
export function placeholderWarnings(stage: StageSource): Problem[] {
  const warn = (field: string, message: string): Problem => ({
    file: stage.file,
    field,
    message,
    hint: `replace the ${MARKER} with the real text before publishing`,
    severity: 'warning',
  });
  const fields: [string, string][] = [];
  stringFields(stage.data, [], fields);
  const problems = fields
    .filter(([, text]) => text.includes(MARKER))
    .map(([field]) => warn(field, 'still holds placeholder text'));
  const lines = stage.body.split('\n');
  const first = lines.findIndex((line) => line.includes(MARKER));
  if (first >= 0) {
    const count = lines.filter((line) => line.includes(MARKER)).length;
    const where =
      count > 1 ? `${count} lines hold placeholder text, the first here` : 'still holds placeholder text';
    problems.push(warn(`body (line ${stage.bodyLine + first})`, where));
  }
  return problems;
}

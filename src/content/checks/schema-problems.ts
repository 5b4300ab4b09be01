import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** The fields an object may have, given its path in the file; used to suggest a misspelt field. */
export type KnownFields = (path: readonly PropertyKey[]) => readonly string[];

const SCHEMA_HINT = 'see the field list in CONTRIBUTING.md (or src/content/schema.ts)';

const typeNames: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a set of "name: value" fields',
  boolean: 'true or false',
  null: 'empty',
};
const typeName = (name: string) => typeNames[name] ?? name;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/**
 * Says what is wrong in a contributor's words. Messages written in the schema (such as "must be
 * kebab-case") are kept; zod's generic ones ("Invalid input: expected string, received undefined") are
 * rewritten, and a value outside a fixed list is quoted so the contributor sees what they typed.
 */
function describe(issue: Issue, data: unknown): { message: string; hint: string } {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined)
        return { message: 'is missing', hint: 'add it, as the field list in CONTRIBUTING.md shows' };
      const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      return {
        message: `must be ${typeName(issue.expected)}, not ${typeName(received)}`,
        hint: SCHEMA_HINT,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return {
        message: `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`,
        hint: `${didYouMean(String(value), allowed)}use one of the listed values, spelt exactly`,
      };
    }
    case 'too_small':
    case 'too_big': {
      if (!/^Too (small|big):/.test(issue.message)) return { message: issue.message, hint: SCHEMA_HINT };
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const limit = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = { string: 'characters', array: 'items' }[issue.origin as string];
      return {
        message: unit ? `must have ${limit} ${bound} ${unit}` : `must be ${limit} ${bound}`,
        hint: SCHEMA_HINT,
      };
    }
    case 'invalid_format':
      if (issue.format === 'url')
        return {
          message: `${JSON.stringify(value)} is not a web address`,
          hint: 'write the full https:// URL',
        };
      return { message: issue.message, hint: SCHEMA_HINT };
    default:
      return { message: issue.message, hint: SCHEMA_HINT };
  }
}

/** One problem per schema issue, and one per unknown field (zod groups those in one issue). */
export function schemaProblems(
  file: string,
  error: z.ZodError,
  data: unknown,
  knownFields: KnownFields,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const at = (path: readonly PropertyKey[], message: string, hint: string): Problem => ({
      file,
      field: fieldPath([...prefix, ...path]),
      message,
      hint,
      severity: 'error',
    });
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(issue.path);
      return issue.keys.map((key) =>
        at([...issue.path, key], 'is not a known field', `${didYouMean(key, known)}${SCHEMA_HINT}`),
      );
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type')
      return [
        at([], 'must be a set of "name: value" fields', 'copy the complete example in CONTRIBUTING.md'),
      ];
    const { message, hint } = describe(issue, data);
    return [at(issue.path, message, hint)];
  });
}

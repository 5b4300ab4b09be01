/** A content mistake, located precisely enough for a contributor to fix it. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** Field path inside the file, e.g. `milestones[2].hours`. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** Warnings are reported but do not fail the build. */
  severity: 'error' | 'warning';
}

/** `file: field: what is wrong; how to fix` */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}; ${p.hint}`;
}

/** Turns a zod issue path into `milestones[2].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(root)';
}

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/checks/read-content.ts';
import { validateContent } from '../../src/content/checks/check-content.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];

/** A temporary copy of the real content folder, so the new stage is checked against real neighbours. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlr-new-stage-'));
  temps.push(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

const newStage = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/new-stage.mjs'), ...args, '--content', content], {
    encoding: 'utf8',
  });

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run new:stage', () => {
  it('writes a stage that passes every check, with warnings only for its TODOs', () => {
    const content = contentCopy();
    const result = newStage(content, 'statistics-basics');
    expect(result.status).toBe(0);
    const text = readFileSync(join(content, 'stages/statistics-basics.mdx'), 'utf8');
    const orders = readContent(content).stages.map((s) => (s.data as { order: number }).order);
    expect(text).toContain(`order: ${Math.max(...orders)}\n`);
    expect(text).toContain('title: Statistics basics\n');
    const problems = validateContent(readContent(content));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.every((p) => p.file.endsWith('statistics-basics.mdx'))).toBe(true);
    expect(problems.map((p) => p.message)).toContain('still holds placeholder text');
  });

  it('starts at order 1 in an empty roadmap', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'mlr-new-stage-')), 'content');
    temps.push(dirname(content));
    mkdirSync(join(content, 'stages'), { recursive: true });
    writeFileSync(join(content, 'resources.yaml'), '[]\n');
    expect(newStage(content, 'first').status).toBe(0);
    expect(readFileSync(join(content, 'stages/first.mdx'), 'utf8')).toContain('order: 1\n');
    expect(validateContent(readContent(content)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses an id that is not kebab-case', () => {
    const result = newStage(contentCopy(), 'Model_Serving');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"Model_Serving" is not a valid stage id; use kebab-case');
  });

  it('refuses to overwrite an existing stage', () => {
    const content = contentCopy();
    const before = readFileSync(join(content, 'stages/mlops.mdx'), 'utf8');
    const result = newStage(content, 'mlops');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/mlops\.mdx already exists/);
    expect(readFileSync(join(content, 'stages/mlops.mdx'), 'utf8')).toBe(before);
  });

  it('explains how to call it when the id is missing', () => {
    const result = newStage(contentCopy());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: npm run new:stage -- <stage-id>');
  });
});

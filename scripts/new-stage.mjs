#!/usr/bin/env node
// `npm run new:stage -- <stage-id> [--content <dir>]`: writes <dir>/stages/<stage-id>.mdx, a stage that
// already passes every content check, with TODO markers where the writing goes (the build warns about
// them until they are gone). --content defaults to ./content; the tests point it at a temporary folder.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';

// The same rule as `kebabId` in src/content/schema.ts (plain JavaScript cannot import it on Node 22).
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message) {
  console.error(`new:stage: ${message}`);
  process.exit(1);
}

/** The frontmatter of every existing stage, to find the next free order and a sensible phase. */
function existingStages(stagesDir) {
  return readdirSync(stagesDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(stagesDir, name), 'utf8'));
      try {
        const data = match ? yaml.load(match[1]) : undefined;
        return data && typeof data === 'object' && Number.isInteger(data.order) ? [data] : [];
      } catch {
        return [];
      }
    });
}

function template(id, order, phase) {
  const title = id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
  return `---
title: ${title}
order: ${order}
# One of: foundations, core, engineering, career.
phase: ${phase}
summary: TODO one or two sentences on what this stage teaches, shown on the home page and in search results.
outcomes:
  - TODO something a learner can do after this stage
prerequisites: []
resources: []
milestones:
  # An id is permanent: progress is saved in the browser under ${id}/<id>. To rename one later, keep the
  # old id in \`aliases\` (see CONTRIBUTING.md).
  - id: first-milestone
    title: TODO a task the learner can tick off when done
    hours: 2
    # One of: concept, practice, project, checkpoint.
    kind: practice
selfCheck:
  - question: TODO a question the learner should be able to answer?
    answer: TODO the answer, in Markdown; inline math such as $a^2$ works.
---

## Why it matters

TODO why an ML engineer needs this, in two or three sentences.

## A worked example

TODO one concrete example, worked through step by step.

## Common mistakes

TODO the mistakes people make here, and how to avoid them.
`;
}

const { values, positionals } = parseArgs({
  options: { content: { type: 'string', default: 'content' } },
  allowPositionals: true,
});
const [id, ...extra] = positionals;
if (!id || extra.length > 0)
  fail('usage: npm run new:stage -- <stage-id>   (for example: npm run new:stage -- statistics)');
if (!KEBAB.test(id))
  fail(
    `"${id}" is not a valid stage id; use kebab-case (lowercase words joined by hyphens), like "model-serving"`,
  );

const stagesDir = join(values.content, 'stages');
const file = join(stagesDir, `${id}.mdx`);
const near = relative(process.cwd(), file);
const shown = near.startsWith('..') ? resolve(file) : near;
if (!existsSync(stagesDir))
  fail(`no folder ${stagesDir}; run this from the project root, or pass --content <dir>`);
if (existsSync(file)) fail(`${shown} already exists; choose another id, or edit that file`);

const stages = existingStages(stagesDir);
const last = stages.reduce((a, b) => (b.order > a.order ? b : a), { order: 0, phase: 'foundations' });
writeFileSync(file, template(id, last.order + 1, last.phase ?? 'foundations'), { flag: 'wx' });
console.log(`Created ${shown} (order ${last.order + 1}, phase ${last.phase ?? 'foundations'}).`);
console.log('Next: replace every TODO, set phase and prerequisites, then preview with npm run dev.');

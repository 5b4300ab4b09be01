/**
 * A throwaway copy of the project with N times the real stages, for `npm run bench` to build.
 *
 * Synthetic stages are clones of the real ones, so they cost what real content costs (prose,
 * formulas, code, milestones). Each clone gets a new id, order, title and milestone ids, and points
 * its prerequisites and stage links at the clones of the same batch, so the content checks pass.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from '../../src/content/content-dir.ts';

/** Top-level entries never copied: installs, builds, caches, test output, git. */
const SKIP = /^(?:node_modules|dist|dist-.*|\.astro|\.git|\.bench|test-results|playwright-report)$/;
/** Caches that must stay per copy, so every build starts cold (Astro keeps its data store in node_modules/.astro). */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project to `to`. Its `node_modules` is a real folder of links to the project's
 * packages rather than one link, so that Astro's and Vite's caches inside it stay in the copy.
 */
export function copyProject(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (path) => !SKIP.test(relative(from, path).split(sep)[0] ?? ''),
  });
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(from, 'node_modules', name), join(to, 'node_modules', name));
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

interface StageFile {
  id: string;
  data: {
    title: string;
    order: number;
    prerequisites?: string[];
    milestones: { id: string; aliases?: string[] }[];
  };
  body: string;
}

function readStages(dir: string): StageFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return {
        id: name.slice(0, -4),
        data: yaml.load(match[1]!) as StageFile['data'],
        body: text.slice(match[0].length),
      };
    });
}

/** The number of stages in a project's content. */
export function countStages(root: string): number {
  return readStages(join(root, contentDir, 'stages')).length;
}

/**
 * Grows the copy at `root` to `factor` times its stages: the real ones stay, and batches
 * 1 … factor-1 add a clone of each. Returns the number of stages written.
 */
export function addSyntheticStages(root: string, factor: number): number {
  const dir = join(root, contentDir, 'stages');
  const real = readStages(dir);
  const ids = new Set(real.map((s) => s.id));
  const span = Math.max(...real.map((s) => s.data.order));
  let written = 0;
  for (let batch = 1; batch < factor; batch++) {
    const rename = (id: string) => `${id}-x${batch}`;
    for (const stage of real) {
      const data = structuredClone(stage.data);
      data.title = `${data.title} (copy ${batch})`;
      data.order = batch * span + data.order;
      data.prerequisites = (data.prerequisites ?? []).map(rename);
      data.milestones = data.milestones.map((m) => ({
        ...m,
        id: rename(m.id),
        ...(m.aliases ? { aliases: m.aliases.map(rename) } : {}),
      }));
      // Links to sibling stages (`](../mlops/)`) go to the clones of the same batch, and links to a
      // milestone of the page itself (`](#rag-app-project)`) to its renamed copy.
      const milestones = new Set(stage.data.milestones.map((m) => m.id));
      const body = stage.body
        .replace(/\]\(\.\.\/([a-z0-9-]+)\//g, (link, id: string) =>
          ids.has(id) ? `](../${rename(id)}/` : link,
        )
        .replace(/\]\(#([a-z0-9-]+)\)/g, (link, id: string) =>
          milestones.has(id) ? `](#${rename(id)})` : link,
        );
      const frontmatter = yaml.dump(data, { lineWidth: -1 });
      writeFileSync(join(dir, `${rename(stage.id)}.mdx`), `---\n${frontmatter}---\n${body}`);
      written++;
    }
  }
  return real.length + written;
}
